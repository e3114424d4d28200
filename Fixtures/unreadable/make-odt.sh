#!/bin/sh
# Writes Kế hoạch 45 as an OpenDocument text (LibreOffice's .odt), saved under a .docx name as well
# (as files get renamed): vanban names what it is instead of reading it as a damaged Word file.
#   sh Fixtures/unreadable/make-odt.sh        (needs pandoc)
set -e
cd "$(dirname "$0")/../.."
swift run -c release vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format markdown > /tmp/ke-hoach-45.md
pandoc -f commonmark -t odt /tmp/ke-hoach-45.md -o Fixtures/unreadable/ke-hoach-45-kh-ubnd-odt.docx
