#!/bin/sh
# Writes fixtures as html2text (2025.4.15, pip install html2text; --body-width=0) writes a document's
# page as Markdown: tables without pipes at their edges under `---|---`, a cell's line breaks as
# lines of their own ending in two spaces, paragraphs inside a cell run together with spaces between
# their bold spans (`**KT. THỦ TƯỚNG** **PHÓ THỦ TƯỚNG**`), `_italics_`, nested bold as `****`, and
# spans (rowspan, colspan) dropped. html2text is not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
for name in quyet-dinh-19-2026-qd-ttg-trang-chinh-phu:quyet-dinh-19-2026-qd-ttg-html2text \
        ke-hoach-208-kh-ubnd-bang-gop-dong:ke-hoach-208-kh-ubnd-html2text \
        ke-hoach-174-kh-ubnd-trang-gop-cot:ke-hoach-174-kh-ubnd-html2text; do
    html2text --body-width=0 "Fixtures/html/${name%%:*}.html" > "Fixtures/text/${name##*:}.md"
done
