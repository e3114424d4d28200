#!/bin/sh
# Writes fixtures as pandoc (2.17) writes a Word file's text: plain text and Markdown, paragraphs
# wrapped at 72 characters, the header, signature and data tables drawn as grid and multiline
# tables, Markdown's backslash escapes (`1\.`, `a\)`, `\-`); and GFM, whose tables of several
# paragraphs a cell are raw HTML. The Word files are the fixtures as vanban writes them (and one
# Word wrote, Kế hoạch 33); pandoc is not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
vanban=${VANBAN:-.build/release/vanban}
tmp=$(mktemp -d)
$vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format docx > "$tmp/kh45.docx"
pandoc "$tmp/kh45.docx" -t plain -o Fixtures/text/ke-hoach-45-kh-ubnd-pandoc-plain.txt
# GFM: a table whose cells hold more than one paragraph (the header's, the signature's) as raw HTML.
pandoc "$tmp/kh45.docx" -t gfm -o Fixtures/text/ke-hoach-45-kh-ubnd-pandoc-gfm.md
pandoc Fixtures/docx/ke-hoach-33-kh-ubnd-ban-word.docx -t gfm -o Fixtures/text/ke-hoach-33-kh-ubnd-pandoc-gfm.md
# A Word file whose header and signature cells break their lines (w:br) inside one paragraph: Markdown
# ends such a line with a backslash, plain text only with the line's end.
pandoc Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx -t markdown -o Fixtures/text/ke-hoach-112-kh-ubnd-pandoc.md
pandoc Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx -t plain -o Fixtures/text/ke-hoach-112-kh-ubnd-pandoc-plain.txt
# GFM's footnotes (`[^1]` in the text, `[^1]: …` at the end) of a Word file's footnotes.
pandoc Fixtures/docx/bao-cao-215-bc-ubnd-chu-thich-word.docx -t gfm -o Fixtures/text/bao-cao-215-bc-ubnd-pandoc-gfm.md
$vanban parse Fixtures/pipe-text/quyet-dinh-52-qd-ubnd-kem-quy-che.txt --format docx > "$tmp/qd52.docx"
pandoc "$tmp/qd52.docx" -t markdown -o Fixtures/text/quyet-dinh-52-qd-ubnd-pandoc.md
rm -r "$tmp"
# A Word file set in two fonts (VNI-Times beside Unicode): pandoc drops the fonts, its header and
# signature tables are raw HTML.
pandoc Fixtures/docx/cong-van-19-ubnd-font-hon-hop.docx -t gfm -o Fixtures/text/cong-van-19-ubnd-font-hon-hop-pandoc-gfm.md
# A Word file set in VNI-Times throughout, as plain text: its letters come out as VNI read as Latin-1.
pandoc Fixtures/docx/ke-hoach-45-kh-ubnd-vni-times.docx -t plain -o Fixtures/text/ke-hoach-45-kh-ubnd-vni-times-pandoc-plain.txt
# A site's page through GFM (`-f html`): its wrappers kept as raw HTML (`<div class="table-scroll-wrapper">`,
# `</div>`), styled spans around a line's text, bold spans holding a page's no-break spaces at their
# edges (`**GIAI ĐOẠN 2026 ** - **2030**`), the appendix's label closed at the next line's start
# (`**Phụ lục  ` / `***(Kèm theo …)*`), and its tables raw HTML.
pandoc -f html -t gfm --wrap=none Fixtures/html/nghi-quyet-18-2025-nq-hdnd-trang-bao-bang.html -o Fixtures/text/nghi-quyet-18-2025-nq-hdnd-pandoc-gfm.md
# The same page through pandoc's own Markdown: bracketed spans (`[**NGHỊ QUYẾT**]{style="…"}`),
# fenced divs (`::: table-scroll-wrapper`), the header's and the signature's grid tables with a bold
# span over a cell's lines (`**HỘI ĐỒNG NHÂN DÂN\` … `\-\-\-**`, `***Nơi nhận:\` / `***- …`).
pandoc -f html -t markdown --wrap=none Fixtures/html/nghi-quyet-18-2025-nq-hdnd-trang-bao-bang.html -o Fixtures/text/nghi-quyet-18-2025-nq-hdnd-pandoc.md
# And through pandoc's plain text: the same grid tables without marks, a superscript as `^(…)`.
pandoc -f html -t plain --wrap=none Fixtures/html/nghi-quyet-18-2025-nq-hdnd-trang-bao-bang.html -o Fixtures/text/nghi-quyet-18-2025-nq-hdnd-pandoc-plain.txt
# A government portal's page through pandoc's Markdown: the rules under the agency and the motto are
# bold superscripts (`**^\_\_\_\_^**`), which had stood in the issuer (`THỦ TƯỚNG CHÍNH PHỦ ^____^`).
pandoc -f html -t markdown --wrap=none Fixtures/html/quyet-dinh-19-2026-qd-ttg-trang-chinh-phu.html -o Fixtures/text/quyet-dinh-19-2026-qd-ttg-pandoc.md
# A page whose signature cells pandoc's Markdown writes as a bracketed span over the cell's lines
# (`[***\` / `Nơi nhận:\` / `***- Ban …;\` … `~PL~.]{style="…"}`) and as bold closed on a line of its
# own (`**TM. CHÍNH PHỦ\` … `**` / `**Nguyễn Văn An**`), as the corpus's NĐ 351 and QĐ 51: the
# signature had been lost to the closing.
pandoc -f html -t markdown --wrap=none Fixtures/html/nghi-dinh-08-2026-nd-cp-trang-chu-ky.html -o Fixtures/text/nghi-dinh-08-2026-nd-cp-pandoc.md
# A page whose form's tables have no header row of their own (`<td>STT</td>` …), each cell on one
# line: pandoc writes simple tables without a header (a dash rule above and below, a row a line),
# empty cells after the first (`1\.` alone); and a bold no-break space (`** **`) as the last line, as
# the corpus's TT 47: the tables had been lost to text, the document reported cut short (I01).
pandoc -f html -t markdown --wrap=none Fixtures/html/thong-tu-12-2026-tt-nhnn-trang-mau-bieu.html -o Fixtures/text/thong-tu-12-2026-tt-nhnn-pandoc.md
pandoc -f html -t plain --wrap=none Fixtures/html/thong-tu-12-2026-tt-nhnn-trang-mau-bieu.html -o Fixtures/text/thong-tu-12-2026-tt-nhnn-pandoc-plain.txt
# Pages through pandoc's Markdown and GFM as pandoc writes them by default: every paragraph wrapped
# at 72 characters, and with it the marks around its text (spans, bold, italics over lines). pandoc
# 3.9 from PyPI (`pip install pypandoc-binary`; PANDOC3 names its binary), and TT 12 through 2.17.
pandoc3=${PANDOC3:-pandoc}
$pandoc3 -f html -t markdown Fixtures/html/nghi-quyet-18-2025-nq-hdnd-trang-bao-bang.html -o Fixtures/text/nghi-quyet-18-2025-nq-hdnd-pandoc3.md
$pandoc3 -f html -t gfm Fixtures/html/nghi-quyet-18-2025-nq-hdnd-trang-bao-bang.html -o Fixtures/text/nghi-quyet-18-2025-nq-hdnd-pandoc3-gfm.md
$pandoc3 -f html -t markdown Fixtures/html/nghi-dinh-08-2026-nd-cp-trang-chu-ky.html -o Fixtures/text/nghi-dinh-08-2026-nd-cp-pandoc3.md
$pandoc3 -f html -t gfm Fixtures/html/quyet-dinh-25-2024-qd-ubnd-sua-doi-ngoac-cung-dong.html -o Fixtures/text/quyet-dinh-25-2024-qd-ubnd-pandoc3-gfm.md
pandoc -f html -t markdown Fixtures/html/thong-tu-12-2026-tt-nhnn-trang-mau-bieu.html -o Fixtures/text/thong-tu-12-2026-tt-nhnn-pandoc-wrapped.md
# A page shaped as the corpus's NĐ 351 (a tooltip's empty span whose attributes wrap, wrappers' tags
# over two lines, `<b><span><b>Điều 1. …` over lines, spans side by side, a signer's name the cell wraps,
# an appendix table whose units' powers GFM's raw HTML wraps onto a line of their own: `8` / `m<sup>2</sup>.`,
# and a table of two header rows without an index column, which GFM writes as raw HTML with its spans).
$pandoc3 -f html -t markdown Fixtures/html/nghi-dinh-09-2026-nd-cp-trang-mau-kieu.html -o Fixtures/text/nghi-dinh-09-2026-nd-cp-pandoc3.md
$pandoc3 -f html -t gfm Fixtures/html/nghi-dinh-09-2026-nd-cp-trang-mau-kieu.html -o Fixtures/text/nghi-dinh-09-2026-nd-cp-pandoc3-gfm.md
# A page whose notes open with a link back and a no-break space (`[29]&nbsp;Bộ …`, as the corpus's QĐ 42):
# pandoc keeps the note's first word on the link's line, the rest of the paragraph wrapped below it.
$pandoc3 -f html -t markdown Fixtures/html/quyet-dinh-44-2026-qd-ttg-trang-chu-thich.html -o Fixtures/text/quyet-dinh-44-2026-qd-ttg-pandoc3.md
# GFM and CommonMark have no paragraph tell of pandoc's own: the line the link's target fills to the
# width (`[\[29\]](https://…) Bộ`) is read as full, as written.
$pandoc3 -f html -t gfm Fixtures/html/quyet-dinh-44-2026-qd-ttg-trang-chu-thich.html -o Fixtures/text/quyet-dinh-44-2026-qd-ttg-pandoc3-gfm.md
$pandoc3 -f html -t commonmark Fixtures/html/quyet-dinh-44-2026-qd-ttg-trang-chu-thich.html -o Fixtures/text/quyet-dinh-44-2026-qd-ttg-pandoc3-commonmark.md
# A page whose recipients are a styled span under their bold label, in the signature's grid cell
# (`***\` / `Nơi nhận:*\**` / `[- Bộ …;\` … `KGVX.]{style="…"}`).
$pandoc3 -f html -t markdown Fixtures/html/ke-hoach-145-kh-ubnd-trang-van-ban.html -o Fixtures/text/ke-hoach-145-kh-ubnd-pandoc3.md
# A page whose bases link the laws they cite: a link's text wrapped (`[Luật Cán bộ, công` / `chức](…)`).
$pandoc3 -f html -t gfm Fixtures/html/thong-tu-09-2026-tt-bnv-trang-lien-ket.html -o Fixtures/text/thong-tu-09-2026-tt-bnv-pandoc3-gfm.md
