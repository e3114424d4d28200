#!/usr/bin/env python3
"""Writes Kế hoạch 45 as Word's "Save as Plain Text" (UTF-8) writes it: a byte order mark, CRLF line
ends, one paragraph per line with no blank lines between, and every table row on one line with its
cells separated by tabs — the header's two columns, the data table, Nơi nhận beside the signature.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format text \
    | python3 Fixtures/text/make-ke-hoach-45-tab.py > Fixtures/text/ke-hoach-45-kh-ubnd-tab.txt
"""
import sys
from itertools import zip_longest

blocks = [b.split("\n") for b in sys.stdin.read().strip("\n").split("\n\n")]
# The header: agency, national name, number, place and date (the renderer's first four blocks).
agency, national, number, date = blocks[:4]
rows = [f"{a}\t{n}" for a, n in zip_longest(agency, national, fillvalue="")]
rows.append(f"{number[0]}\t{date[0]}")
out = rows
rest = blocks[4:]
k = 0
while k < len(rest):
    block = rest[k]
    if block[0].startswith("Nơi nhận") and k + 1 < len(rest):
        # Nơi nhận and the signature side by side, as in the signature table.
        out += [f"{a}\t{s}" for a, s in zip_longest(block, rest[k + 1], fillvalue="")]
        k += 2
        continue
    for line in block:
        out.append(line[:-2].replace(" | ", "\t") if line.endswith(" |") else line)
    k += 1
sys.stdout.buffer.write("\ufeff".encode() + "\r\n".join(out).encode() + b"\r\n")
