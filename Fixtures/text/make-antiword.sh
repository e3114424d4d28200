#!/bin/sh
# Writes a Word 97 fixture as antiword (0.37, `antiword -m UTF-8.txt`) writes its text: paragraphs
# filled to 76 characters, tables drawn between bars in padded columns (`|STT   |Nội dung công   |`),
# a cell's text wrapped onto the lines below it with the other cells empty, a group's title one
# cell across the row; text deleted with revision marks kept. antiword is not needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
antiword -m UTF-8.txt Fixtures/doc/ke-hoach-33-kh-ubnd-ban-word-libreoffice.doc > Fixtures/text/ke-hoach-33-kh-ubnd-antiword.txt
