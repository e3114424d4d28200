#!/bin/sh
# Quyết định 25's page (Fixtures/html/make-quyet-dinh-25-luoi-lech.py: rows over another grid than
# the header's) as LibreOffice opens it and saves it as Word, OpenDocument and Word 97 files (Debian:
# libreoffice-writer-nogui), each keeping the page's grid.
#   sh Fixtures/doc/make-luoi-lech.sh
set -e
cd "$(dirname "$0")/../.."
# Each named for its writer and form: the goldens are named by the file's name alone.
name=quyet-dinh-25-2025-qd-ubnd-luoi-lech
work=$(mktemp -d)
for form in docx odt doc; do
  mkdir "$work/$form"
  cp "Fixtures/html/$name.html" "$work/$form/$name-libreoffice$([ $form = doc ] || echo -$form).html"
done
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir Fixtures/docx "$work"/docx/*.html
soffice --headless --convert-to odt --outdir Fixtures/odt "$work"/odt/*.html
soffice --headless --convert-to 'doc:MS Word 97' --outdir Fixtures/doc "$work"/doc/*.html
rm -rf "$work"
