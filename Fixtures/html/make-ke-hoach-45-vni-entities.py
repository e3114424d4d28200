#!/usr/bin/env python3
"""Writes Kế hoạch 45 as an old site serves a document typed in a VNI-Times font: the page's text
in VNI letters (vnimap.py) with every letter outside ASCII written as a character reference
(`CO&#196;NG HO&#216;A`), under `<font face="VNI-Times">`. No byte of the page is VNI; only the
text that the references make is.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format html \
    | python3 Fixtures/html/make-ke-hoach-45-vni-entities.py Fixtures/html

writes ke-hoach-45-kh-ubnd-vni-entities.html.
"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/text")
from vnimap import spell  # noqa: E402


def references(text):
    return "".join(c if ord(c) < 0x80 else f"&#{ord(c)};" for c in text)


def main():
    folder = sys.argv[1]
    page = sys.stdin.read()
    head, body = page.split("<body>", 1)
    body, tail = body.rsplit("</body>", 1)
    # Text between tags only: tags and their attributes stay as they are.
    body = re.sub(r">([^<]+)<", lambda m: ">" + references(spell(m.group(1))) + "<", ">" + body + "<")[1:-1]
    head = re.sub(r"<title>([^<]*)</title>", lambda m: "<title>" + references(spell(m.group(1))) + "</title>", head)
    head = head.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    with open(f"{folder}/ke-hoach-45-kh-ubnd-vni-entities.html", "w", encoding="ascii") as f:
        f.write(head + '<body>\n<font face="VNI-Times">' + body + "</font>\n</body>" + tail)


main()
