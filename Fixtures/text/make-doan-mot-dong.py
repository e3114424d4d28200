#!/usr/bin/env python3
"""Writes a document as a Word file's text export gives one: each paragraph on one line, no blank
line between them; here with the proposal ending in a comma before `QUYẾT ĐỊNH:`, as many
decisions write it (the corpus's inline-pipe/quyet-dinh-39-2009-qd-ubnd-hau-giang-dan-so.txt).

  vanban parse Fixtures/pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt --format text \\
    | python3 Fixtures/text/make-doan-mot-dong.py > Fixtures/text/quyet-dinh-318-qd-ubnd-doan-mot-dong.txt
"""
import sys

lines = [l for l in sys.stdin.read().splitlines() if l.strip()]
out = []
for k, line in enumerate(lines):
    if k + 1 < len(lines) and lines[k + 1] == "QUYẾT ĐỊNH:" and line.endswith("."):
        line = line[:-1] + ","
    out.append(line)
sys.stdout.write("\n".join(out) + "\n")
