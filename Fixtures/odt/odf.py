"""What the OpenDocument fixture scripts share: the namespaces of ODF 1.3 and a package writer that
puts the mimetype first and stored, as ODF asks, with fixed dates so the bytes do not change."""
import zipfile

NS = (' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
      ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
      ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
      ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
      ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
      ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
      ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
      ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
      ' xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def write(path, content, styles, date=(2025, 1, 1, 8, 0, 0)):
    """An .odt of content.xml and styles.xml."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED), ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)]:
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = method
            z.writestr(info, data)
