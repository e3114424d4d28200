#!/usr/bin/env python3
"""Writes a document's blank-line text as `pandoc -t plain` and `fmt` write plain text: every
paragraph wrapped at a width (72 by default), a blank line between paragraphs, table rows kept.

  vanban parse Fixtures/pipe-text/quyet-dinh-52-qd-ubnd-kem-quy-che.txt --format text \
    | python3 Fixtures/text/make-wrapped.py 72 > Fixtures/text/quyet-dinh-52-qd-ubnd-bo-dong-72.txt
"""
import sys
import textwrap

width = int(sys.argv[1]) if len(sys.argv) > 1 else 72
blocks = []
for block in sys.stdin.read().strip("\n").split("\n\n"):
    lines = []
    for line in block.split("\n"):
        if line.endswith(" |") or len(line) <= width:
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    blocks.append("\n".join(lines))
sys.stdout.write("\n\n".join(blocks) + "\n")
