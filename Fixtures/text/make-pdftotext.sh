#!/bin/sh
# Fixtures as a PDF's text: LibreOffice writes the PDF (Debian: libreoffice-writer-nogui), poppler's
# pdftotext (Debian: poppler-utils) reads it, with -layout and without. Kế hoạch 112 from its .docx;
# Kế hoạch 45 and 29 from their pipe-text, through vanban's own Word output (its header table in two
# equal columns, so the quốc hiệu and the date wrap in the right one).
#   swift build -c release && sh Fixtures/text/make-pdftotext.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
cp Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx "$work/ke-hoach-112-kh-ubnd.docx"
cp Fixtures/docx/ke-hoach-33-kh-ubnd-ban-word.docx "$work/ke-hoach-33-kh-ubnd.docx"
for name in ke-hoach-45-kh-ubnd-moi-cap-do ke-hoach-29-kh-ubnd-dau-trang-xuong-dong ke-hoach-88-kh-ubnd-bang-nhom; do
  .build/release/vanban parse --format docx "Fixtures/pipe-text/$name.txt" > "$work/$(echo $name | cut -d- -f1-5).docx"
done
soffice --headless --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null
for pdf in "$work"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "Fixtures/text/$name-pdftotext-layout.txt"
  pdftotext "$pdf" "Fixtures/text/$name-pdftotext.txt"
done
rm -rf "$work"
