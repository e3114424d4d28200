#!/bin/sh
# Writes fixtures as pandoc (2.17) writes a Word file's text: plain text and Markdown, paragraphs
# wrapped at 72 characters, the header, signature and data tables drawn as grid and multiline
# tables, Markdown's backslash escapes (`1\.`, `a\)`, `\-`). The Word files are the fixtures as
# vanban writes them; pandoc is not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
vanban=${VANBAN:-.build/release/vanban}
tmp=$(mktemp -d)
$vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format docx > "$tmp/kh45.docx"
pandoc "$tmp/kh45.docx" -t plain -o Fixtures/text/ke-hoach-45-kh-ubnd-pandoc-plain.txt
$vanban parse Fixtures/pipe-text/quyet-dinh-52-qd-ubnd-kem-quy-che.txt --format docx > "$tmp/qd52.docx"
pandoc "$tmp/qd52.docx" -t markdown -o Fixtures/text/quyet-dinh-52-qd-ubnd-pandoc.md
rm -r "$tmp"
