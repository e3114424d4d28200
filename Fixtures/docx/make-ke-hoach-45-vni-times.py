#!/usr/bin/env python3
"""Writes ke-hoach-45-kh-ubnd-vni-times.docx: Kế hoạch 45 as a Word file typed in the VNI-Times font,
as older offices still keep them — every run's letters in VNI (Windows) bytes, which Word stores as
the Latin-1 letters they are (`Coäng hoøa`), and the run's font named VNI-Times. The document is the
fixture as vanban writes it to Word:

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format docx > /tmp/kh45.docx
  python3 Fixtures/docx/make-ke-hoach-45-vni-times.py /tmp/kh45.docx
"""
import html
import os
import re
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "text"))
from vnimap import spell  # noqa: E402
from wordml import esc, write  # noqa: E402

FONT = '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times" w:cs="VNI-Times"/>'


def retype(xml):
    xml = re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)", lambda m: m.group(1) + esc(spell(html.unescape(m.group(2)))) + m.group(3), xml)
    xml = xml.replace("<w:r><w:rPr>", "<w:r><w:rPr>" + FONT)
    return re.sub(r"<w:r>(?!<w:rPr>)", "<w:r><w:rPr>" + FONT + "</w:rPr>", xml)


with zipfile.ZipFile(sys.argv[1]) as z:
    parts = [(n, z.read(n).decode("utf-8")) for n in z.namelist() if n.startswith("word/")]
write(os.path.join(here, "ke-hoach-45-kh-ubnd-vni-times.docx"), [(n, retype(x) if n == "word/document.xml" else x) for n, x in parts])
