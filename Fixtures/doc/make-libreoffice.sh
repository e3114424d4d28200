#!/bin/sh
# Word 97 files as LibreOffice writes them (Debian: libreoffice-writer-nogui), from the .docx fixtures:
# a second writer beside the spec-written fixtures of this folder.
#   sh Fixtures/doc/make-libreoffice.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
for name in cong-van-19-ubnd-font-hon-hop ke-hoach-45-kh-ubnd-vni-times ke-hoach-33-kh-ubnd-ban-word cong-van-215-ubnd-kt-hop-van-ban cong-van-215-ubnd-kt-kinh-gui-hop-van-ban ke-hoach-112-kh-ubnd-bang-bay-cot ke-hoach-120-kh-ubnd-bang-long-bang; do
  cp "Fixtures/docx/$name.docx" "$work/$name-libreoffice.docx"
done
soffice --headless --convert-to doc --outdir Fixtures/doc "$work"/*.docx
rm -rf "$work"
# And as RTF, served under a .doc name as sites serve it.
work=$(mktemp -d)
for name in cong-van-19-ubnd-font-hon-hop ke-hoach-112-kh-ubnd-bang-bay-cot ke-hoach-120-kh-ubnd-bang-long-bang; do
  cp "Fixtures/docx/$name.docx" "$work/$name-libreoffice-rtf.docx"
done
soffice --headless --convert-to rtf --outdir "$work" "$work"/*.docx
for f in "$work"/*.rtf; do mv "$f" "Fixtures/doc/$(basename "$f" .rtf).doc"; done
rm -rf "$work"
