#!/bin/sh
# A .docx fixture as a PDF's text: LibreOffice writes the PDF (Debian: libreoffice-writer-nogui),
# poppler's pdftotext (Debian: poppler-utils) reads it, with -layout and without.
#   sh Fixtures/text/make-pdftotext.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
name=ke-hoach-112-kh-ubnd-bang-bay-cot
soffice --headless --convert-to pdf --outdir "$work" "Fixtures/docx/$name.docx" >/dev/null
pdftotext -layout "$work/$name.pdf" Fixtures/text/ke-hoach-112-kh-ubnd-pdftotext-layout.txt
pdftotext "$work/$name.pdf" Fixtures/text/ke-hoach-112-kh-ubnd-pdftotext.txt
rm -rf "$work"
