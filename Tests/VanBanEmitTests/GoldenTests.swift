import Testing
import VanBanEmit
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport
import VanBanValidate

/// Each fixture in `Fixtures/<form>/` against its golden JSON in `Fixtures/expected/`.
/// `UPDATE_GOLDENS=1 swift test` rewrites the goldens; review the diff before committing.
struct Fixture: Sendable, CustomTestStringConvertible {
    let form: String
    let file: String
    var name: String { String(file.prefix { $0 != "." }) }
    var testDescription: String { "\(form)/\(name)" }
    var relativePath: String { "Fixtures/\(form)/\(file)" }
    var inputPath: String { TestFiles.root + "/" + relativePath }
    var goldenPath: String { TestFiles.fixtures + "/expected/\(name).json" }

    /// Documents we wrote, in each form folder.
    static let documents: [Fixture] = ["pipe-text", "text", "html", "docx", "doc", "odt"].flatMap(files)
    /// Every fixture with a golden: the documents and the robustness inputs (ragged, damaged).
    static let all: [Fixture] = documents + files("robustness")

    static func files(_ form: String) -> [Fixture] {
        [".txt", ".md", ".html", ".docx", ".doc", ".odt", ".fodt"].flatMap { TestFiles.list(TestFiles.fixtures + "/" + form, suffix: $0) }
            .sorted().map { Fixture(form: form, file: $0) }
    }
}

@Suite struct GoldenTests {
    @Test func fixturesExist() {
        #expect(Fixture.all.count >= 6)
    }

    @Test(arguments: Fixture.all)
    func matchesGolden(_ fixture: Fixture) throws {
        let doc = try TestFiles.parse(fixture.inputPath, name: fixture.relativePath)
        let json = JSONEmitter.encode(doc)
        if TestFiles.env("UPDATE_GOLDENS") == "1" {
            TestFiles.write(fixture.goldenPath, json)
        }
        let golden = try #require(TestFiles.read(fixture.goldenPath), "missing golden \(fixture.goldenPath); run UPDATE_GOLDENS=1 swift test")
        #expect(String(decoding: json, as: UTF8.self) == String(decoding: golden, as: UTF8.self))
    }

    @Test(arguments: Fixture.all)
    func outputIsDeterministic(_ fixture: Fixture) throws {
        let a = JSONEmitter.encode(try TestFiles.parse(fixture.inputPath))
        let b = JSONEmitter.encode(try TestFiles.parse(fixture.inputPath))
        #expect(a == b)
    }
}

/// What each fixture was written to show, asserted on the model directly.
@Suite struct FixtureFacts {
    func parse(_ name: String) throws -> Document {
        try TestFiles.parse(TestFiles.fixtures + "/pipe-text/\(name).txt")
    }

    /// Fixture 45 with every diacritic stripped (không dấu): its landmark words get their marks back,
    /// so it reads as the marked fixture does — header, type, body tree (`đ)` after `d)` too),
    /// signature, recipients and the appendix's table with its columns' roles —, its own words
    /// elsewhere as typed; U01 says so.
    @Test func aTextWithoutDiacriticsReadsAsTheMarkedOne() throws {
        let marked = try parse("ke-hoach-45-kh-ubnd-moi-cap-do")
        let bare = try TestFiles.parse(TestFiles.fixtures + "/robustness/ke-hoach-45-kh-ubnd-khong-dau.txt")
        func shape(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") @\($0.line)"] + shape($0.children) } }
        #expect(shape(bare.body) == shape(marked.body) && !bare.body.isEmpty)
        #expect(bare.header.number == marked.header.number && bare.header.date == marked.header.date && bare.header.type == marked.header.type)
        #expect(bare.header.nationalName == marked.header.nationalName && bare.header.motto == marked.header.motto)
        #expect(bare.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN DINH HOA" && bare.header.place == "Dinh Hoa")
        #expect(bare.signature?.authority == marked.signature?.authority && bare.signature?.position == marked.signature?.position)
        #expect(bare.signature?.name == "Ma The Hong" && bare.recipients.count == marked.recipients.count)
        #expect(bare.appendices.map(\.label) == marked.appendices.map(\.label))
        #expect(bare.appendices.flatMap(\.tables).map { $0.columns.map(\.role) } == marked.appendices.flatMap(\.tables).map { $0.columns.map(\.role) })
        #expect(bare.citations.map(\.number) == marked.citations.map(\.number) && bare.citations.map(\.date) == marked.citations.map(\.date))
        #expect(bare.diagnostics.contains { $0.rule == "U01" && $0.line == 1 && $0.message.contains("restored") })
    }

    /// Quyết định 52 with every diacritic stripped: its number's type code (`52/QD-UBND`) and the codes
    /// of the numbers it cites (`30/2020/ND-CP`) get their `Đ` back, so the number's parts, the
    /// citations and the type agree (no N03); its title's words read as pairs (`QUAN LY` is `QUẢN LÝ`,
    /// not `QUẬN`); the agency's words of the header and the signature (`TINH`) are restored where they
    /// stand, its own words elsewhere as typed.
    @Test func aQuyetDinhWithoutDiacriticsReadsAsTheMarkedOne() throws {
        let marked = try parse("quyet-dinh-52-qd-ubnd-kem-quy-che")
        let bare = try TestFiles.parse(TestFiles.fixtures + "/robustness/quyet-dinh-52-qd-ubnd-khong-dau.txt")
        func shape(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") @\($0.line)"] + shape($0.children) } }
        #expect(bare.header.number == "52/QĐ-UBND" && bare.header.number == marked.header.number)
        #expect(bare.header.numberParts == marked.header.numberParts && bare.header.numberParts?.typeCode == "QĐ")
        #expect(bare.citations.map(\.number) == marked.citations.map(\.number) && bare.citations.map(\.type) == marked.citations.map(\.type))
        #expect(bare.header.type == marked.header.type && bare.header.date == marked.header.date)
        #expect(bare.header.title?.hasPrefix("BAN HÀNH QUY CHẾ QUẢN LÝ, SU DUNG") == true)
        #expect(bare.header.issuer == "ỦY BAN NHÂN DÂN TỈNH LANG SON" && bare.header.authority == bare.header.issuer)
        #expect(shape(bare.body) == shape(marked.body) && !bare.body.isEmpty)
        #expect(bare.appendices.map { shape($0.body) } == marked.appendices.map { shape($0.body) })
        #expect(bare.signature?.authority == marked.signature?.authority && bare.recipients.first == "- Như Điều 3;")
        let findings = Validator.check(bare, today: "2026-12-02")
        #expect(!findings.contains { $0.rule == "N03" } && bare.diagnostics.contains { $0.rule == "U01" && $0.line == 1 })
    }

    /// A Quyết định issues a Quy chế (Decree 30 PL III, Mẫu 1.3): the Quy chế after the signature is
    /// read as a document attached to it — its type line as the label, its title, its `(Ban hành kèm
    /// theo …)` note with number and date, its chapters and articles — not as closing paragraphs.
    @Test func attachedQuyChe() throws {
        let doc = try parse("quyet-dinh-52-qd-ubnd-kem-quy-che")
        #expect(doc.signature?.name == "Hồ Tiến Thiệu" && doc.recipients.count == 3 && doc.closing.isEmpty)
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        let quyChe = try #require(doc.appendices.first)
        #expect(doc.appendices.count == 1 && quyChe.label == "QUY CHẾ" && quyChe.number == nil && quyChe.isAttachedDocument)
        #expect(quyChe.title == "QUẢN LÝ, SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH CỦA ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
        #expect(quyChe.attachedTo?.number == "52/QĐ-UBND" && quyChe.attachedTo?.date == "2024-04-12")
        #expect(quyChe.body.map(\.kind) == [.chapter, .chapter])
        #expect(quyChe.body.map { $0.children.map(\.label) } == [["1", "2"], ["3", "4"]])
        #expect(quyChe.body[1].children[0].children[0].children.map(\.label) == ["a", "b", "c"])
        // A copy that lost the note: after the signature, the type line, a title and a chapter do.
        let raw = try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-52-qd-ubnd-kem-quy-che.txt"))
        let lines = String(decoding: raw, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let noNote = lines.filter { !$0.hasPrefix("(Ban hành kèm theo") && !$0.hasPrefix("ban nhân dân tỉnh Lạng Sơn)") }.joined(separator: "\n")
        #expect(noNote.utf8.count < raw.count)
        let lost = try DocumentReader.read(Array(noNote.utf8), path: "x", form: .pipeText)
        #expect(lost.appendices.map(\.label) == ["QUY CHẾ"] && lost.appendices.first?.attachedTo == nil && lost.closing.isEmpty)
        #expect(lost.appendices.first?.body.map(\.kind) == [.chapter, .chapter])
        // A type line in capitals without such a note is no attached document.
        let plain = try DocumentReader.read(Array("QUYẾT ĐỊNH:\nĐiều 1. Nội dung.\nQUY ĐỊNH\nChung cho các cơ quan.\n".utf8), path: "x", form: .text)
        #expect(plain.appendices.isEmpty)
        // Nor is a type line that titles a phụ lục.
        let header = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 5/QĐ-UBND\n\n"
            + "Lạng Sơn, ngày 02 tháng 01 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc ban hành kế hoạch\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
        let titled = try DocumentReader.read(Array((header + "PHỤ LỤC\n\nKẾ HOẠCH\n\n(Kèm theo Quyết định số 5/QĐ-UBND ngày 02/01/2025)\n\n1. Việc một.\n").utf8), path: "x", form: .text)
        #expect(titled.appendices.map(\.label) == ["PHỤ LỤC"] && titled.appendices.first?.title == "KẾ HOẠCH")
    }

    @Test func everyNumberingLevel() throws {
        let doc = try parse("ke-hoach-45-kh-ubnd-moi-cap-do")
        let section2 = try #require(doc.body.first { $0.label == "II" })
        let clause1 = try #require(section2.children.first)
        #expect(clause1.children.map(\.label) == ["1.1", "1.2"])
        let clause12 = clause1.children[1]
        #expect(clause12.children.map(\.label) == ["a", "b", "c", "d", "đ"])
        let pointD = clause12.children[4]
        #expect(pointD.children.map(\.kind) == [.dash, .dash])
        #expect(pointD.children[1].children.map(\.kind) == [.plus, .plus])
        #expect(doc.header.title == "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN HUYỆN ĐỊNH HÓA GIAI ĐOẠN 2024 - 2026")
        #expect(doc.recipients == ["- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- Các xã, thị trấn;", "- Lưu: VT, VHTT."])
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(table.columns.map(\.role) == [.index, .task, .lead, .partners, .timeline, .note])
        #expect(table.rows.map { $0.cells[3] } == ["UBND các xã Phú Đình, Điềm Mặc", "", "Các doanh nghiệp lữ hành"])
        #expect(table.rows[0].cells[1] == "Khảo sát, đánh giá hiện trạng các điểm du lịch cộng đồng, đề xuất danh mục ưu tiên đầu tư")
        #expect(table.rows.map { $0.cells[5] } == ["", "Lồng ghép với chương trình khuyến nông", ""])
    }

    @Test func quyetDinhWithThreeLineSignature() throws {
        let doc = try parse("quyet-dinh-318-qd-ubnd-ky-ba-dong")
        #expect(doc.header.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
        #expect(doc.header.enactingWords == "QUYẾT ĐỊNH:")
        #expect(doc.header.title == "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BẮC KẠN")
        #expect(doc.preamble.count == 3)
        #expect(doc.body.map(\.kind) == [.article, .article, .article])
        #expect(doc.body[1].heading == "Trách nhiệm thi hành")
        #expect(doc.body[1].children.map(\.label) == ["1", "2"])
        #expect(doc.body[1].children[0].children.map(\.label) == ["a", "b"])
        let s = try #require(doc.signature)
        #expect(s.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"])
        #expect(s.position == "PHÓ CHỦ TỊCH")
        #expect(s.name == "Đinh Quang Tuyên")
        #expect(doc.citations.map(\.number) == [nil, "32/2024/NĐ-CP", "27/TTr-SCT"])
    }

    @Test func congVanWithSubjectAndAddressees() throws {
        let doc = try parse("cong-van-1234-ubnd-vx-kinh-gui")
        #expect(doc.header.type == nil)
        #expect(doc.header.number == "1234/UBND-VX")
        #expect(doc.header.numberParts?.typeCode == nil)
        #expect(doc.header.title == "V/v triển khai Tháng hành động vì an toàn thực phẩm năm 2024")
        #expect(doc.header.addressees.count == 3)
        #expect(doc.signature?.authority == "TL. CHỦ TỊCH")
        #expect(doc.signature?.position == "CHÁNH VĂN PHÒNG")
    }

    /// A Công văn an OCR read with its header's and signature's capitals unmarked, its number garbled
    /// and its header's right column after the left one and the `Kính gửi:` (a scan on a
    /// document-sharing site): the header is read whole but for the number, which N01 then misses;
    /// the body as printed; the signature's landmark words restored, the signer's name as printed.
    @Test func ocrHeaderWithoutMarksOutOfOrder() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/cong-van-41-sgddt-ocr-dau-mat-dau.txt")
        #expect(doc.header.issuerLines == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH THAI NGUYEN"])
        #expect(doc.header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.number == nil)
        #expect(doc.header.title == "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2025-2026")
        #expect(doc.header.place == "Thái Nguyên" && doc.header.date == "2025-09-05")
        #expect(doc.header.addressees.count == 2)
        #expect(doc.preamble.count == 1 && doc.body.map(\.label) == ["1", "2"])
        #expect(doc.signature?.authority == "KT. GIÁM ĐỐC" && doc.signature?.position == "PHÓ GIÁM ĐỐC" && doc.signature?.name == "Nguyen Van An")
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT, GDTrH."])
        #expect(doc.diagnostics.filter { $0.rule == "U01" }.map(\.line) == [11, 40])
        #expect(Validator.check(doc, today: "2025-12-01").contains { $0.rule == "N01" })
    }

    @Test func parentBodyAboveIssuer() throws {
        let doc = try parse("ke-hoach-87-kh-syt-co-quan-chu-quan")
        #expect(doc.header.parentIssuer == "UBND TỈNH LÀO CAI")
        #expect(doc.header.issuer == "SỞ Y TẾ")
        #expect(doc.header.issuerLines == ["UBND TỈNH LÀO CAI", "SỞ Y TẾ"])
    }

    @Test func headerWordsWrappedAnywhereAndSiteNoise() throws {
        let doc = try parse("ke-hoach-29-kh-ubnd-dau-trang-xuong-dong")
        #expect(doc.header.number == "29/KH-UBND")
        #expect(doc.header.place == "Thái Nguyên")
        #expect(doc.header.date == "2024-03-05")
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")
        #expect(doc.header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(doc.sourceMetadata.count == 2)
        #expect(doc.sourceMetadata[0].line == 1)
        #expect(doc.signature?.name == "Đặng Xuân Trường")
    }

    @Test func runTogetherPointsAndNumbersThatAreNotMarkers() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/robustness/diem-lien-dong-va-so-nghin.txt")
        #expect(doc.body.map(\.label) == ["I", "II"])
        let section = doc.body[0]
        #expect(section.children.map(\.label) == ["1"])
        #expect(section.children[0].heading == "Cải thiện tình trạng dinh dưỡng của bà mẹ và trẻ em trong 1.000 ngày đầu đời, gồm:")
        #expect(section.children[0].children.map(\.label) == ["a", "b", "c"])
        #expect(section.children[0].children.map(\.heading) == ["Giảm tỷ lệ suy dinh dưỡng thấp còi;", "Giảm tỷ lệ thiếu máu;", "Tăng tỷ lệ nuôi con bằng sữa mẹ."])
        #expect(doc.body[1].children.map(\.label) == ["1", "2"])  // "1......" form fields are clauses
    }

    @Test func cutOffMidTable() throws {
        let doc = try parse("ke-hoach-156-kh-ubnd-cat-giua-bang")
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(table.rows.count == 2)
        #expect(table.rows[1].cells == ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý I/20"])
        let cut = try #require(doc.diagnostics.first { $0.rule == "I01" })
        #expect(cut.line == 48)
        #expect(cut.severity == .warning)
    }
}

/// `vanban parse` streams a document's JSON out in pieces; the pieces make the same bytes.
@Suite struct StreamedJSONTests {
    @Test(arguments: Fixture.documents)
    func piecesMakeTheEncodedBytes(_ fixture: Fixture) throws {
        let doc = try TestFiles.parse(fixture.inputPath)
        for pretty in [true, false] {
            var joined: [UInt8] = []
            JSONEmitter.stream(doc, pretty: pretty) { joined.append(contentsOf: $0) }
            #expect(joined == JSONEmitter.encode(doc, pretty: pretty))
        }
    }

    /// A body repeated past 3 MiB of JSON: it leaves in pieces of at most a mebibyte each, and
    /// they join to what `encode` writes whole.
    @Test func aHugeDocumentLeavesInPieces() throws {
        var doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-87-kh-syt-co-quan-chu-quan.txt")
        try #require(!doc.body.isEmpty)
        var whole = JSONEmitter.encode(doc)
        while whole.count <= 3 << 20 {
            doc.body += doc.body
            whole = JSONEmitter.encode(doc)
        }
        var pieces: [[UInt8]] = []
        JSONEmitter.stream(doc) { pieces.append(Array($0)) }
        #expect(pieces.count >= 3)
        #expect(pieces.allSatisfy { !$0.isEmpty && $0.count <= 1 << 20 })
        #expect(Array(pieces.joined()) == whole)
    }

    /// One paragraph longer than a piece (a text that lost its line breaks), with quotes and a
    /// tab to escape, between shorter texts: the pieces still join to the whole.
    @Test func aTextLongerThanAPiece() throws {
        var doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-87-kh-syt-co-quan-chu-quan.txt")
        let long = String(repeating: "Tổ chức \"Ngày hội\"\tđọc sách; ", count: 60_000)
        doc.preamble.insert(Paragraph(text: long, line: 1), at: 0)
        doc.preamble.append(Paragraph(text: long, line: 2))
        var pieces: [[UInt8]] = []
        JSONEmitter.stream(doc, pretty: false) { pieces.append(Array($0)) }
        let whole = JSONEmitter.encode(doc, pretty: false)
        #expect(whole.count > 4 << 20)
        #expect(pieces.count >= 2)
        #expect(Array(pieces.joined()) == whole)
    }
}

/// Markdown's escaping, by bytes, against the same escaping scalar by scalar: every paragraph,
/// heading and cell of every fixture and corpus document, and lines made to open as Markdown would
/// read them (lists, headings, quotes, rules), with CRs, combining marks and joiners.
@Suite struct MarkdownEscapingTests {
    static func texts(_ d: Document) -> [String] {
        func walk(_ n: Node) -> [String] { [n.heading] + n.paragraphs + n.children.flatMap(walk) }
        return d.preamble.map(\.text) + d.body.flatMap(walk) + d.closing.map(\.text) + d.recipients
            + d.tables.flatMap { $0.rows.flatMap(\.cells) } + d.appendices.flatMap { $0.body.flatMap(walk) + $0.tables.flatMap { $0.rows.flatMap(\.cells) } }
    }

    @Test func byBytesIsByScalars() throws {
        var texts = ["- a", "+\tb", "* c", "12. d", "3)", "3) e", "10. f", "1234567890. g", "# h", "> i", "---", "- - -", "==", "***",
                     "a\\b*c_d`e[f]g<h~i", "x\r\ny", "\r\n- a", "\n\n1. a\n2) b", "-\u{301} a", "1\u{301}. a", "đ. a", "", "\n", "a\n"]
        let paths = Fixture.documents.map(\.inputPath) + (TestFiles.hasShared ? EquivalenceTests.corpusDocuments.map { TestFiles.corpus + "/" + $0 } : [])
        for path in paths {
            guard let doc = try? TestFiles.parse(path) else { continue }
            texts += Self.texts(doc)
        }
        try #require(texts.count > 5_000)
        for (k, t) in texts.enumerated() {
            #expect(t.markdownEscaped == t.markdownEscapedByScalars, "text \(k): \(String(t.prefix(40)).debugDescription)")
        }
    }
}
