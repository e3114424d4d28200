#!/bin/sh
# Pages as LibreOffice saves a Word file as HTML (Debian: libreoffice-writer-nogui): a run in a
# legacy font as `<font face="VNI-Times, serif">` around its text, Unicode around the rest.
#   sh Fixtures/html/make-libreoffice.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
for name in cong-van-19-ubnd-font-hon-hop ke-hoach-45-kh-ubnd-vni-times; do
  cp "Fixtures/docx/$name.docx" "$work/$name-libreoffice-html.docx"
done
soffice --headless --convert-to html --outdir Fixtures/html "$work"/*.docx
rm -rf "$work"
