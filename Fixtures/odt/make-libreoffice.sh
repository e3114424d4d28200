#!/bin/sh
# OpenDocument texts as LibreOffice writes them (Debian: libreoffice-writer-nogui), from the .docx
# fixtures: Writer's own format beside Word's. (LibreOffice drops Kế hoạch 33's list numbers when it
# opens the .docx, so that one reads as its .docx but for them.)
#   sh Fixtures/odt/make-libreoffice.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
for name in cong-van-19-ubnd-font-hon-hop ke-hoach-45-kh-ubnd-vni-times ke-hoach-33-kh-ubnd-ban-word cong-van-215-ubnd-kt-hop-van-ban cong-van-215-ubnd-kt-kinh-gui-hop-van-ban ke-hoach-112-kh-ubnd-bang-bay-cot ke-hoach-120-kh-ubnd-bang-long-bang; do
  cp "Fixtures/docx/$name.docx" "$work/$name-libreoffice-odt.docx"
done
soffice --headless --convert-to odt --outdir Fixtures/odt "$work"/*.docx
rm -rf "$work"
# And saved again as flat XML (.fodt), where LibreOffice keeps a deletion's text in place between the
# marks of the change, not in text:tracked-changes.
work=$(mktemp -d)
for name in ke-hoach-33-kh-ubnd-ban-word cong-van-19-ubnd-font-hon-hop; do
  cp "Fixtures/odt/$name-libreoffice-odt.odt" "$work/$name-libreoffice-fodt.odt"
done
soffice --headless --convert-to fodt --outdir Fixtures/odt "$work"/*.odt
rm -rf "$work"
