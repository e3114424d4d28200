#!/bin/sh
# Writes fixtures as markitdown (0.1.9, pip install 'markitdown[docx]') writes a Word file: mammoth's
# HTML through markdownify. The header and signature tables are GFM tables whose cells hold their
# paragraphs apart by two spaces (`**TM. ỦY BAN NHÂN DÂN**  **CHỦ TỊCH**  **Hoàng Văn Minh**`); a
# footnote's mark is a link (`[[1]](#footnote-2)`) and the notes a list at the end, each item's last
# paragraph closed by a link back (`[↑](#footnote-ref-2)`); Word's list numbers become Markdown's
# `1.`, a nested list's letters too (indented under the item), a list after a bullet list (`* `)
# starting again at `1.`; a table nested in a cell is written inline, as rows of pipes inside the cell. markitdown is
# not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
markitdown Fixtures/docx/bao-cao-215-bc-ubnd-chu-thich-word.docx > Fixtures/text/bao-cao-215-bc-ubnd-markitdown.md
# The nested table it writes inline gives ragged rows: that one stands with the robustness inputs.
markitdown Fixtures/docx/ke-hoach-120-kh-ubnd-bang-long-bang.docx > Fixtures/robustness/ke-hoach-120-kh-ubnd-markitdown.md
# Kế hoạch 33: lettered points nested under a clause, dash items as `* ` bullets.
markitdown Fixtures/docx/ke-hoach-33-kh-ubnd-ban-word.docx > Fixtures/text/ke-hoach-33-kh-ubnd-markitdown.md
# Công văn 19: a Word file set in two fonts (VNI-Times beside Unicode); markitdown drops the fonts.
markitdown Fixtures/docx/cong-van-19-ubnd-font-hon-hop.docx > Fixtures/text/cong-van-19-ubnd-font-hon-hop-markitdown.md
# Kế hoạch 174's page: a header of two rows, three cells spanning columns (markdownify writes an
# empty header row, each span's cells as empty cells after it, the second row's names one after another).
markitdown Fixtures/html/ke-hoach-174-kh-ubnd-trang-gop-cot.html > Fixtures/text/ke-hoach-174-kh-ubnd-markitdown.md
# Kế hoạch 208's page: a group's name spanning rows (markdownify leaves it out of the rows below its first).
markitdown Fixtures/html/ke-hoach-208-kh-ubnd-bang-gop-dong.html > Fixtures/text/ke-hoach-208-kh-ubnd-markitdown.md
