#!/bin/sh
# Writes fixtures as an OCR of a scanned document reads it: a Word or Writer fixture printed to PDF by
# LibreOffice (7.4), rasterised at 300 dpi in grey (poppler's pdftoppm 22.12), each page read by
# tesseract 5.3 with its Vietnamese model (`-l vie`, page segmentation 3). The header's and the
# signature's two columns come out row by row, a space apart (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …`,
# `- Sở Nội vụ; KT. CHỦ TỊCH`), often a blank line between rows; or the right column's lines first
# (the national name over the issuer), or a national name broken over two lines beside the issuer's
# (`TỈNH … VIỆT NAM`). Letters are misread here and there (`KT. CHỦ. TỊCH`, `l)` for
# `I.`). None of these tools is needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
for name in docx/ke-hoach-33-kh-ubnd-ban-word.docx:ke-hoach-33-kh-ubnd-ocr docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx:ke-hoach-112-kh-ubnd-ocr \
        docx/bao-cao-215-bc-ubnd-chu-thich-word.docx:bao-cao-215-bc-ubnd-ocr odt/ke-hoach-66-kh-ubnd-danh-so-tu-dong.odt:ke-hoach-66-kh-ubnd-ocr; do
    file=${name%%:*}
    base=$(basename "${file%.*}")
    soffice --headless --convert-to pdf --outdir "$work" "Fixtures/$file" > /dev/null
    pdftoppm -r 300 -gray -png "$work/$base.pdf" "$work/page"
    : > "Fixtures/text/${name##*:}.txt"
    for page in "$work"/page*.png; do
        tesseract "$page" - -l vie --psm 3 2> /dev/null >> "Fixtures/text/${name##*:}.txt"
    done
    rm -f "$work"/page*.png
done
rm -rf "$work"
