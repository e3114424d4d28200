#!/bin/sh
# Kế hoạch 45 as pandoc writes an OpenDocument text from Markdown (vanban's own Markdown of the
# pipe-text fixture): a second writer, whose lists are text:list elements numbered by list styles.
#   swift build -c release && sh Fixtures/odt/make-pandoc.sh        (needs pandoc)
set -e
cd "$(dirname "$0")/../.."
.build/release/vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format markdown > /tmp/ke-hoach-45.md
pandoc -f gfm -t odt /tmp/ke-hoach-45.md -o Fixtures/odt/ke-hoach-45-kh-ubnd-pandoc.odt
