"""Fixtures as docx2txt (the Python package, 0.8) writes a Word file's text: every paragraph, a table
cell's too, after a blank line; an empty paragraph as two more blank lines; the table's cells one
after another. Needs: pip install docx2txt. Run from the repository's root."""
import docx2txt

for name, docx in [("ke-hoach-112-kh-ubnd-docx2txt.txt", "Fixtures/docx/ke-hoach-112-kh-ubnd-bang-bay-cot.docx"),
                   ("ke-hoach-33-kh-ubnd-docx2txt.txt", "Fixtures/docx/ke-hoach-33-kh-ubnd-ban-word.docx")]:
    with open("Fixtures/text/" + name, "w", encoding="utf-8") as out:
        out.write(docx2txt.process(docx))
