#!/usr/bin/env python3
"""Writes fixtures as a scraper takes a page's text with BeautifulSoup (4.15, `get_text("\\n")`): every
text node on a line of its own, so a paragraph comes apart at each inline tag (`Căn cứ` / `Luật …`
at a link, `2026` / `-` / `2030` at a span, a stop alone after a link, `&nbsp;` alone between two
pieces), a cell's lines at each `<br>`, blank lines between block elements. BeautifulSoup is not
needed to run the tests."""
import os
from bs4 import BeautifulSoup

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
for page, text in [("thong-tu-09-2026-tt-bnv-trang-lien-ket", "thong-tu-09-2026-tt-bnv-beautifulsoup")]:
    with open(os.path.join(root, "Fixtures/html", page + ".html"), "rb") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    with open(os.path.join(root, "Fixtures/text", text + ".txt"), "w", encoding="utf-8") as f:
        f.write(soup.get_text("\n") + "\n")
