#!/bin/sh
# Pages as LibreOffice saves a Word file as HTML (Debian: libreoffice-writer-nogui): a run in a
# legacy font as `<font face="VNI-Times, serif">` around its text, Unicode around the rest.
# A report with Word's own footnotes (Báo cáo 215) is saved the same way: each reference an
# `<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a>`, each note a `<div id="sdfootnote1">`
# after the text opening with its number linked back. pandoc (2.17) writes the same report as HTML
# with its notes as a list (`<li id="fn1">`, `<a href="#fn1" class="footnote-ref">`).
# A Kế hoạch numbered by Writer's list styles (Fixtures/odt/ke-hoach-66-…) is saved as lists the
# browser numbers (`<ol type="I">`, `<ol>`, `<ol type="a">`, `<ul>`, `start`, `value`), and pandoc
# writes Kế hoạch 33's Word numbering the same way (`<ol type="1">`, `<ol type="a">`, `<ul>`).
# Headings numbered by Writer's outline (Quyết định 27's `Chương I`, `Điều 1.`) are saved with their
# numbers as text but glued to the heading (`Điều 1.Phạm vi …`, `Chương IIQUY ĐỊNH CHUNG`, the
# chapters counted on from the Quyết định's own articles). Kế hoạch 45's .odt (pandoc's) has a page
# footer, saved as `<div title="footer">` with its page number after the text.
#   sh Fixtures/html/make-libreoffice.sh
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
for name in cong-van-19-ubnd-font-hon-hop ke-hoach-45-kh-ubnd-vni-times bao-cao-215-bc-ubnd-chu-thich-word; do
  cp "Fixtures/docx/$name.docx" "$work/$name-libreoffice-html.docx"
done
cp Fixtures/odt/ke-hoach-66-kh-ubnd-danh-so-tu-dong.odt "$work/ke-hoach-66-kh-ubnd-danh-so-tu-dong-libreoffice-html.odt"
cp Fixtures/odt/quyet-dinh-27-qd-ubnd-chuong-dieu.odt "$work/quyet-dinh-27-qd-ubnd-chuong-dieu-libreoffice-html.odt"
cp Fixtures/odt/ke-hoach-45-kh-ubnd-pandoc.odt "$work/ke-hoach-45-kh-ubnd-pandoc-libreoffice-html.odt"
soffice --headless --convert-to html --outdir Fixtures/html "$work"/*.docx "$work"/*.odt
rm -rf "$work"
pandoc Fixtures/docx/bao-cao-215-bc-ubnd-chu-thich-word.docx -s --metadata pagetitle="Báo cáo 215" \
  -o Fixtures/html/bao-cao-215-bc-ubnd-chu-thich-word-pandoc.html
pandoc Fixtures/docx/ke-hoach-33-kh-ubnd-ban-word.docx -s --metadata pagetitle="Kế hoạch 33" \
  -o Fixtures/html/ke-hoach-33-kh-ubnd-ban-word-pandoc.html
