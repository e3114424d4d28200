#!/bin/sh
# Writes fixtures as the text browsers write a document's page by default: `lynx -dump` (2.9) and
# `elinks -dump` (0.16), 100 columns, each link's number in brackets before its text
# (`Căn cứ [1]Luật …`) and a `References` list of the links' targets at the end (elinks heads it
# `Visible links`). Neither browser is needed to run the tests.
set -e
cd "$(dirname "$0")/../.."
page=Fixtures/html/thong-tu-09-2026-tt-bnv-trang-lien-ket.html
lynx -dump -width=100 -display_charset=utf-8 "$page" > Fixtures/text/thong-tu-09-2026-tt-bnv-lynx.txt
elinks -dump -dump-width 100 -dump-charset utf-8 "$page" > Fixtures/text/thong-tu-09-2026-tt-bnv-elinks.txt
