#!/usr/bin/env python3
"""Checks the layout rules that review alone would let drift (docs/ARCHITECTURE.md, "Layout"):
- no include cycle between the folders of server/;
- no SQL and no Database::run/runSync in server/api/ and server/pipeline/ (they go through the application layer);
- the console (ui/) includes no server header but the live event catalogue (it talks to the server over HTTP).
Prints each violation and exits 1 when there is any."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
INCLUDE = re.compile(r'#include "([^"]+)"')
SQL = re.compile(r'\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|Database::run|->run(Sync)?<|\.run(Sync)?<')


def sources(folder):
    for directory, _, files in os.walk(os.path.join(ROOT, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                yield os.path.join(directory, name)


def server_folder_graph():
    server = os.path.join(ROOT, "server")
    folders = {d for d in os.listdir(server) if os.path.isdir(os.path.join(server, d))}
    graph = {f: set() for f in folders}
    for path in sources("server"):
        parts = os.path.relpath(path, server).split(os.sep)
        if len(parts) < 2:
            continue  # the composition root may include everything
        for include in INCLUDE.findall(open(path, encoding="utf-8").read()):
            target = include.split("/")[0]
            if target in folders and target != parts[0]:
                graph[parts[0]].add(target)
    return graph


def cycles(graph):
    found, state, stack = [], {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        state[node] = "done"
        stack.pop()

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def main():
    problems = []
    for cycle in cycles(server_folder_graph()):
        problems.append("include cycle between server folders: " + " -> ".join(cycle))
    for folder in ("server/api", "server/pipeline"):
        for path in sources(folder):
            for number, line in enumerate(open(path, encoding="utf-8"), 1):
                if SQL.search(line):
                    problems.append(f"{os.path.relpath(path, ROOT)}:{number}: SQL or a database job outside the "
                                    "application layer")
    for path in sources("ui"):
        for include in INCLUDE.findall(open(path, encoding="utf-8").read()):
            top = include.split("/")[0]
            if os.path.isdir(os.path.join(ROOT, "server", top)) and top != "events":
                problems.append(f"{os.path.relpath(path, ROOT)}: includes the server's {include}")
    for problem in problems:
        print(problem)
    print(f"layout: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
