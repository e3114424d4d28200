"""Fixtures as mammoth (the Python package, 1.x) writes a Word file as Markdown: `__bold__`, a line
break as two trailing spaces, Markdown's escapes (`\-`, `1\.`), a table's cells one a paragraph with
its empty cells left out. Needs: pip install mammoth. Run from the repository's root."""
import mammoth

for name, docx in [("ke-hoach-112-kh-ubnd-mammoth.md", "Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx")]:
    with open(docx, "rb") as f, open("Fixtures/text/" + name, "w", encoding="utf-8") as out:
        out.write(mammoth.convert_to_markdown(f).value)
