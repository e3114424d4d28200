internal import CZlib

/// Packages a `word/document.xml` (see `DocumentRenderer`'s `wordML` style) as a .docx: a zip
/// archive of stored members with the content types and relationships Word needs, and a style part
/// that sets the text in Times New Roman 14 pt, as Decree 30 asks (PL I, Phần I, I.4). The bytes
/// depend on the input only (fixed member order and time stamps), so the same document gives the
/// same file.
public enum DocxWriter {
    /// - Parameters:
    ///   - footnotesXML: the footnotes part (`DocumentRenderer.renderWord`), related to the document.
    ///   - parts: further parts by name (`word/numbering.xml` …), stored as given; one named like a
    ///     standard part (`word/styles.xml`) replaces it.
    public static func package(documentXML: String, footnotesXML: String? = nil, parts: [(name: String, xml: String)] = []) -> [UInt8] {
        var standard: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array((footnotesXML == nil ? contentTypes : contentTypes.replacing("</Types>", with: footnotesType + "</Types>")).utf8)),
            ("_rels/.rels", Array(relationships.utf8)),
            ("word/_rels/document.xml.rels", Array((footnotesXML == nil ? documentRelationships : documentRelationships.replacing("</Relationships>", with: footnotesRelationship + "</Relationships>")).utf8)),
            ("word/document.xml", Array(documentXML.utf8)),
            ("word/styles.xml", Array(styles.utf8)),
        ]
        if let footnotesXML { standard.append(("word/footnotes.xml", Array(footnotesXML.utf8))) }
        let members = standard.filter { s in !parts.contains { $0.name == s.0 } } + parts.map { ($0.name, Array($0.xml.utf8)) }
        return zip(members)
    }

    /// A zip archive of stored members, in the order given, with fixed time stamps.
    static func zip(_ members: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in members {
            let offset = out.count
            let crc = data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            let nameBytes = Array(name.utf8)
            // Local header: version 2.0, UTF-8 names, stored, 1980-01-01 00:00.
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
            out += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            out += nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
            directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count))
            directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
        }
        let directoryOffset = out.count
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
        out += le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
        return out
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        </Types>
        """

    private static let footnotesType = "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
    private static let footnotesRelationship = "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>\
        <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>
        """

    private static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}
