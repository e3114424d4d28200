#!/bin/sh
# Writes fixtures as `w3m -dump` (0.5.3, 100 columns) writes a document's page: a bordered table
# drawn in box characters (`┌──┬──┐`, `│`, `├──┼──┤`), a cell spanning rows standing in the middle
# of its rows (their borders stop at it: `├──┤số      ├───`), a borderless table laid out in columns
# of spaces (the signature beside the recipients, the position centred over its column or standing
# above `Nơi nhận:`), a superscript rule as `^____`, and lines
# and cells wrapped at a slash as well as at spaces (`Quý I/` / `2026`, `Tháng 4` / `/2026`); a word
# processor's page (Google Docs) with its header's and signature's rows a blank line apart.
# w3m is not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
for name in ke-hoach-145-kh-ubnd-trang-van-ban:ke-hoach-145-kh-ubnd-w3m ke-hoach-208-kh-ubnd-bang-gop-dong:ke-hoach-208-kh-ubnd-w3m \
        quyet-dinh-19-2026-qd-ttg-trang-chinh-phu:quyet-dinh-19-2026-qd-ttg-w3m \
        ke-hoach-18-kh-ubnd-google-docs:ke-hoach-18-kh-ubnd-google-docs-w3m; do
    w3m -dump -cols 100 -O UTF-8 -T text/html "Fixtures/html/${name%%:*}.html" > "Fixtures/text/${name##*:}.txt"
done
