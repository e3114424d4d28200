#!/usr/bin/env python3
"""A spreadsheet (an OpenDocument .ods, as written from the ODF 1.3 spec), saved under a .docx name
as files get renamed: an OpenDocument package that is not a text, which vanban names instead of
reading it as a damaged Word file.
    python3 Fixtures/unreadable/make-ods.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Nhiệm vụ">
<table:table-row><table:table-cell><text:p>TT</text:p></table:table-cell><table:table-cell><text:p>Nhiệm vụ</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>Số hóa hồ sơ</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
"""
with zipfile.ZipFile(os.path.join(HERE, "bang-tinh-ods.docx"), "w") as z:
    for name, data, method in [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                               ("content.xml", CONTENT, zipfile.ZIP_DEFLATED)]:
        info = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 8, 0, 0))
        info.compress_type = method
        z.writestr(info, data)
