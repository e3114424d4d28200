/// Packages a `content.xml` (see `DocumentRenderer`'s `odf` style) as an OpenDocument text (.odt):
/// the `mimetype` member first and stored, as ODF asks, the manifest, and a style part that sets the
/// text in Times New Roman 14 pt on A4 with Decree 30's margins (PL I, Phần I, I.3–I.4), as
/// `DocxWriter` does for a Word file. The same document gives the same bytes.
public enum OdtWriter {
    public static func package(contentXML: String) -> [UInt8] {
        DocxWriter.zip([
            ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
            ("content.xml", Array(contentXML.utf8)),
            ("styles.xml", Array(styles.utf8)),
            ("META-INF/manifest.xml", Array(manifest.utf8)),
        ])
    }

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">\
        <office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/></office:font-face-decls>\
        <office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>\
        <style:style style:name="Standard" style:family="paragraph"/></office:styles>\
        <office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" \
        fo:margin-top="20mm" fo:margin-bottom="20mm" fo:margin-left="30mm" fo:margin-right="15mm"/></style:page-layout></office:automatic-styles>\
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>\
        </office:document-styles>
        """

    private static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
        <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
        </manifest:manifest>
        """
}
