#!/bin/sh
# Writes a Word fixture as LibreOffice (7.4) exports it as text ("Text (encoded)", UTF-8): every
# paragraph on a line of its own, no blank line between, a table's cells one a line (an empty one
# an empty line), Word's list numbers below the first level and footnotes left out. LibreOffice is
# not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$tmp" Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx > /dev/null
mv "$tmp/ke-hoach-112-kh-ubnd-bang-bay-cot.txt" Fixtures/text/ke-hoach-112-kh-ubnd-libreoffice-txt.txt
rm -r "$tmp"
