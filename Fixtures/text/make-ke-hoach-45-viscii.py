#!/usr/bin/env python3
"""Writes Kế hoạch 45 as a file saved in VISCII (RFC 1456), the 8-bit Vietnamese standard of the
1990s that gives every letter one byte (80–FF and six control positions), CRLF.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format text \
    | python3 Fixtures/text/make-ke-hoach-45-viscii.py Fixtures/text

writes ke-hoach-45-kh-ubnd-viscii.txt. Python has no VISCII codec: the system's iconv (glibc) writes
the bytes. VISCII has no curly quotation marks: “ ” are typed as ".
"""
import subprocess
import sys


def main():
    folder = sys.argv[1]
    text = sys.stdin.read().replace("“", '"').replace("”", '"').replace("\n", "\r\n")
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "VISCII"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    with open(f"{folder}/ke-hoach-45-kh-ubnd-viscii.txt", "wb") as f:
        f.write(data)


main()
