import Testing
import VanBanMarkup
import VanBanModel
import VanBanReader

/// The header, the signature and the recipients however they are laid out: as paragraphs of their
/// own, not in a layout table (web pages and Word files do both); the signature after the recipients,
/// before them, or alone as a law is signed; or flattened into one table cell.
@Suite struct LayoutTests {
    func parse(_ ending: String) throws -> Document {
        let header = "<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH THÁI NGUYÊN</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
            + "<p>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td><p>Số: 15/KH-UBND</p></td><td><p>Thái Nguyên, ngày 05 tháng 3 năm 2025</p></td></tr></table>"
        let html = "<html><body>\(header)<p>KẾ HOẠCH</p><p>Phòng, chống thiên tai năm 2025</p><p>I. MỤC ĐÍCH</p>"
            + "<p>1. Chủ động phòng ngừa, ứng phó kịp thời.</p>\(ending)</body></html>"
        return try DocumentReader.read(Array(html.utf8), path: "ke-hoach.html")
    }

    @Test func afterTheRecipients() throws {
        let doc = try parse("<p>Nơi nhận:</p><p>- Sở Nội vụ;</p><p>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN</p><p>KT. CHỦ TỊCH</p>"
            + "<p>PHÓ CHỦ TỊCH</p><p>(Đã ký)</p><p>Nguyễn Văn Bình</p>")
        #expect(doc.recipients == ["- Sở Nội vụ;", "- Lưu: VT."])
        let s = try #require(doc.signature)
        #expect(s.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"])
        #expect(s.position == "PHÓ CHỦ TỊCH")
        #expect(s.name == "Nguyễn Văn Bình")
        // The name line ends the document without a stop: that is a signature, not a cut.
        #expect(!doc.diagnostics.contains { $0.rule == "I01" })
    }

    @Test func beforeTheRecipients() throws {
        let doc = try parse("<p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Quang Tiến</p><p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p>")
        #expect(doc.signature?.name == "Lê Quang Tiến")
        #expect(doc.signature?.position == "CHỦ TỊCH")
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT."])
    }

    @Test func aPositionAndANameAtTheEnd() throws {
        let doc = try parse("<p>CHỦ TỊCH QUỐC HỘI</p><p>Trần Thanh Mẫn</p>")
        #expect(doc.signature?.position == "CHỦ TỊCH QUỐC HỘI")
        #expect(doc.signature?.name == "Trần Thanh Mẫn")
    }

    /// A position line and a name in the middle of the body are text, not a signature.
    @Test func aPositionAndANameMidBodyStayText() throws {
        let doc = try parse("<p>GIÁM ĐỐC SỞ Y TẾ</p><p>Nguyễn Văn An</p><p>2. Tổ chức diễn tập.</p>")
        #expect(doc.signature == nil)
    }

    /// A pipe-text signature table flattened into one cell (sites and PDF exports do it): the cell is
    /// split where the signature begins.
    @Test func recipientsAndSignatureInOnePipeTextCell() throws {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            + "Số: 1234/UBND-VX\nV/v an toàn thực phẩm\n|\nNinh Bình, ngày 02 tháng 4 năm 2024\n|\n"
            + "1. Giao Sở Y tế chủ trì thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Thị Hà\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "cong-van.txt")
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT, VX."])
        #expect(doc.signature?.authorityLines == ["TL. CHỦ TỊCH"])
        #expect(doc.signature?.position == "CHÁNH VĂN PHÒNG" && doc.signature?.name == "Nguyễn Thị Hà")
    }

    /// The other order in one cell of a page's table: the signature, then `Nơi nhận`.
    @Test func signatureThenRecipientsInOneHTMLCell() throws {
        let doc = try parse("<table><tr><td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Quang Tiến</p><p>Nơi nhận:</p>"
            + "<p>- Như trên;</p><p>- Lưu: VT.</p></td></tr></table>")
        #expect(doc.signature?.authorityLines == ["TM. ỦY BAN NHÂN DÂN"])
        #expect(doc.signature?.name == "Lê Quang Tiến")
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT."])
    }

    static let headerLines = ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 15/KH-UBND", "Thái Nguyên, ngày 05 tháng 3 năm 2025",
        "KẾ HOẠCH", "Phòng, chống thiên tai năm 2025", "I. MỤC ĐÍCH", "1. Chủ động phòng ngừa, ứng phó kịp thời./."]

    func expectHeader(_ doc: Document) {
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")
        #expect(doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.number == "15/KH-UBND" && doc.header.place == "Thái Nguyên" && doc.header.date == "2025-03-05")
        #expect(doc.header.type == "KẾ HOẠCH" && doc.header.title == "Phòng, chống thiên tai năm 2025")
        #expect(doc.body.map(\.label) == ["I"] && doc.preamble.isEmpty)
    }

    /// A header printed as paragraphs, with no layout table, on a page and in a Word file.
    @Test func headerAsParagraphsOnAPage() throws {
        let html = "<html><body>" + Self.headerLines.map { "<p>\($0)</p>" }.joined() + "</body></html>"
        expectHeader(try DocumentReader.read(Array(html.utf8), path: "ke-hoach.html"))
    }

    /// The whole text in one block, its lines split by `<br>` (pages made from a text copy).
    @Test func headerAsLinesOfOneBlock() throws {
        let html = "<html><body><div class=\"noi-dung\">" + Self.headerLines.joined(separator: "<br>\n") + "</div></body></html>"
        expectHeader(try DocumentReader.read(Array(html.utf8), path: "ke-hoach.html"))
    }

    @Test func headerAsParagraphsInAWordFile() throws {
        let body = Self.headerLines.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        expectHeader(try DocumentReader.read(DocxWriter.package(documentXML: xml), path: "ke-hoach.docx"))
    }
}
