#!/usr/bin/env python3
"""A stand-in for WAHA on loopback, for scripts/screenshots: the session is WORKING and every reply is accepted, so
the demo server's replies show as sent and its health as green. Nothing reaches WhatsApp.

    fake-waha.py PORT
"""
import itertools
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNTER = itertools.count(1)


class Handler(BaseHTTPRequestHandler):
    def answer(self, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(200 if self.command == "GET" else 201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/api/sessions/"):
            return self.answer({"name": "default", "status": "WORKING", "engine": {"engine": "NOWEB"},
                                "me": {"id": "221770000000@c.us", "pushName": "Paroisse Sainte-Anne"}})
        self.answer({})

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path in ("/api/sendText", "/api/sendFile"):  # NOWEB: the raw message, its id under "key"
            return self.answer({"key": {"remoteJid": "", "fromMe": True, "id": "3EBFAKE%08d" % next(COUNTER)}})
        self.answer({})

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
