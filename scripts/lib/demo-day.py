#!/usr/bin/env python3
"""Posts a scripted day of WhatsApp conversations to a Concierge server, as WAHA would (NOWEB webhook bodies).

Used by scripts/screenshots to fill a demo server: parents asking about mass times, catechism with a parent code,
one asking for a person; in French and some English. All people and numbers are fictional (the demo parish).

    demo-day.py BASE_URL WEBHOOK_TOKEN
"""
import json
import sys
import time
import urllib.request

# (phone, push name, messages...): each message is posted in turn; the server answers through the (absent) WAHA.
DAY = [
    ("221771234567", "Awa Ndiaye", ["Bonjour, quels sont les horaires des messes dimanche ?",
                                    "Merci beaucoup, et en semaine ?"]),
    ("221775550101", "Moussa Diop", ["Bonjour, je voudrais savoir si mon fils Paul est bien inscrit au caté",
                                     "Mon code parent est SA-4821"]),
    ("221789990011", "Jean-Baptiste Mendy", ["Quels documents faut-il pour un baptême ?"]),
    ("221706543210", "Marie-Thérèse Faye", ["Bonjour, je voudrais parler à quelqu'un du secrétariat s'il vous plaît",
                                            "C'est pour une demande de messe pour mon défunt mari"]),
    ("221784441122", "Grace Sambou", ["Hello, what time is Sunday mass?"]),
    ("221763337788", "Fatou Sarr", ["Le secrétariat est ouvert le samedi ?"]),
    ("221779876543", "Peter Gomis", ["I need my son's catechism certificate", "My parent code is SA-7705"]),
    ("221701112233", "Ousmane Ba", ["Bonjour mon père, comment inscrire mon enfant au catéchisme ?"]),
]


def body(phone, name, text, serial, when):
    message_id = "3EBDEMO%06d%s" % (serial, phone[-4:])
    chat = phone + "@c.us"
    return {
        "id": "evt_demo_%06d" % serial, "timestamp": when * 1000, "event": "message", "session": "default",
        "metadata": {}, "me": {"id": "221770000000@c.us", "pushName": "Paroisse Sainte-Anne"},
        "payload": {
            "id": "false_%s_%s" % (chat, message_id), "timestamp": when, "from": chat, "fromMe": False,
            "source": "app", "body": text, "hasMedia": False, "media": None, "ack": 2, "ackName": "DEVICE",
            "vCards": [], "replyTo": None,
            "_data": {"key": {"remoteJid": phone + "@s.whatsapp.net", "fromMe": False, "id": message_id},
                      "pushName": name, "message": {"conversation": text}}},
        "engine": "NOWEB",
        "environment": {"version": "2026.2.1", "engine": "NOWEB", "tier": "CORE", "browser": None,
                        "platform": "linux/x64", "worker": {"id": None}},
    }


def post(base_url, token, payload):
    request = urllib.request.Request(base_url + "/api/v1/webhook", data=json.dumps(payload).encode("utf-8"),
                                     headers={"Content-Type": "application/json", "X-Waha-Token": token})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.status


def main():
    base_url, token = sys.argv[1].rstrip("/"), sys.argv[2].strip()
    now = int(time.time())
    serial = 0
    for turn in range(max(len(messages) for _, _, messages in DAY)):
        for phone, name, messages in DAY:
            if turn < len(messages):
                serial += 1
                status = post(base_url, token, body(phone, name, messages[turn], serial, now - 3600 + serial * 60))
                if status // 100 != 2:
                    sys.exit("webhook refused (%d) for %s" % (status, phone))
        time.sleep(1.5)  # let the assistant answer before the parent writes again
    print("posted %d messages from %d parents" % (serial, len(DAY)))


if __name__ == "__main__":
    main()
