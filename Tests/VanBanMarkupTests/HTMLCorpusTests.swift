import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport

/// The real vbpl.vn pages of `../shared/corpus/html`: header, article count, signature and appendix
/// tables as each page shows them (article counts and table shapes checked against the raw markup).
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct HTMLCorpusTests {
    struct HTMLFacts: Sendable, CustomTestStringConvertible {
        let file: String
        let issuer: String
        let number: String
        let date: String
        let type: String
        let title: String
        let articles: Int
        let signer: String
        let position: String
        let appendixTables: [[Int]]
        var testDescription: String { file }
    }

    static let facts: [HTMLFacts] = [
        HTMLFacts(file: "nghi-dinh-351-2025-nd-cp-chuan-ngheo", issuer: "CHÍNH PHỦ", number: "351/2025/NĐ-CP", date: "2025-12-30", type: "NGHỊ ĐỊNH", title: "Quy định chuẩn nghèo đa chiều quốc gia g", articles: 5, signer: "Trần Hồng Hà", position: "PHÓ THỦ TƯỚNG", appendixTables: [[12, 3]]),
        HTMLFacts(file: "nghi-quyet-66-15-2026-nq-cp-nha-o-xa-hoi", issuer: "CHÍNH PHỦ", number: "66.15/2026/NQ-CP", date: "2026-02-13", type: "NGHỊ QUYẾT", title: "VỀ VIỆC BAN HÀNH MỘT SỐ CƠ CHẾ XỬ LÝ KHÓ", articles: 4, signer: "Trần Hồng Hà", position: "PHÓ THỦ TƯỚNG", appendixTables: []),
        HTMLFacts(file: "quyet-dinh-29-2025-qd-ttg-tin-dung-hoc-sinh", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "29/2025/QĐ-TTg", date: "2025-08-28", type: "QUYẾT ĐỊNH", title: "VỀ TÍN DỤNG ĐỐI VỚI HỌC SINH, SINH VIÊN,", articles: 17, signer: "Hồ Đức Phớc", position: "PHÓ THỦ TƯỚNG", appendixTables: []),
        HTMLFacts(file: "quyet-dinh-36-2025-qd-ttg-nganh-kinh-te", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "36/2025/QĐ-TTg", date: "2025-09-29", type: "QUYẾT ĐỊNH", title: "Ban hành Hệ thống ngành kinh tế Việt Nam", articles: 5, signer: "Hồ Đức Phớc", position: "PHÓ THỦ TƯỚNG", appendixTables: []),
        HTMLFacts(file: "quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "42/2025/QĐ-TTg", date: "2025-11-12", type: "QUYẾT ĐỊNH", title: "BAN HÀNH BỘ TIÊU CHÍ QUỐC GIA VỀ PHÁT TR", articles: 3, signer: "Mai Văn Chính", position: "PHÓ THỦ TƯỚNG", appendixTables: [[64, 6], [71, 6]]),
        HTMLFacts(file: "quyet-dinh-47-2025-qd-ttg-quy-che-asean", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "47/2025/QĐ-TTg", date: "2025-12-11", type: "QUYẾT ĐỊNH", title: "Ban hành Quy chế phối hợp hoạt động của ", articles: 3, signer: "Bùi Thanh Sơn", position: "PHÓ THỦ TƯỚNG", appendixTables: []),
        HTMLFacts(file: "quyet-dinh-51-2025-qd-ttg-tieu-chi-nong-thon-moi", issuer: "THỦ TƯỚNG CHÍNH PHỦ", number: "51/2025/QĐ-TTg", date: "2025-12-29", type: "QUYẾT ĐỊNH", title: "BAN HÀNH BỘ TIÊU CHÍ QUỐC GIA VỀ NÔNG TH", articles: 4, signer: "Trần Hồng Hà", position: "PHÓ THỦ TƯỚNG", appendixTables: [[57, 7]]),
        HTMLFacts(file: "thong-tu-158-2025-tt-btc-thue-ttdb", issuer: "BỘ TÀI CHÍNH", number: "158/2025/TT-BTC", date: "2025-12-31", type: "THÔNG TƯ", title: "Quy định chi tiết một số điều của Nghị đ", articles: 5, signer: "Cao Anh Tuấn", position: "THỨ TRƯỞNG", appendixTables: [[4, 7]]),
        HTMLFacts(file: "thong-tu-47-2025-tt-nhnn-niem-yet-co-phieu", issuer: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", number: "47/2025/TT-NHNN", date: "2025-12-15", type: "THÔNG TƯ", title: "HƯỚNG DẪN THỦ TỤC CHẤP THUẬN CỦA NGÂN HÀ", articles: 10, signer: "Đoàn Thái Sơn", position: "PHÓ THỐNG ĐỐC", appendixTables: [[2, 6], [2, 3]]),
        HTMLFacts(file: "thong-tu-63-2025-tt-bct-san-pham-cnnt", issuer: "BỘ CÔNG THƯƠNG", number: "63/2025/TT-BCT", date: "2025-12-26", type: "THÔNG TƯ", title: "Quy định về việc tổ chức bình chọn sản p", articles: 20, signer: "Nguyễn Sinh Nhật Tân", position: "THỨ TRƯỞNG", appendixTables: [[11, 5], [12, 9], [3, 6]]),
    ]

    static func count(_ nodes: [Node], _ kind: NodeKind) -> Int {
        nodes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) + count($1.children, kind) }
    }

    @Test func everyPageHasFacts() {
        let files = TestFiles.list(TestFiles.corpus + "/html", suffix: ".html").map { String($0.dropLast(5)) }
        #expect(files == Self.facts.map(\.file))
    }

    @Test(arguments: facts)
    func pageParsesAsItReads(_ f: HTMLFacts) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/\(f.file).html")
        #expect(doc.source.form == .html)
        #expect(doc.header.issuer == f.issuer)
        #expect(doc.header.number == f.number)
        #expect(doc.header.place == "Hà Nội")
        #expect(doc.header.date == f.date)
        #expect(doc.header.type == f.type)
        #expect(doc.header.title?.hasPrefix(f.title) == true)
        #expect(doc.header.nationalName?.hasSuffix("XÃ HỘI CHỦ NGHĨA VIỆT NAM") == true)  // HÒA or HOÀ, as printed
        #expect(Self.count(doc.body, .article) == f.articles)
        #expect(doc.signature?.name == f.signer)
        #expect(doc.signature?.position == f.position)
        #expect(doc.appendices.flatMap(\.tables).map { [$0.rows.count, $0.columns.count] } == f.appendixTables)
        for t in doc.appendices.flatMap(\.tables) { for r in t.rows { #expect(r.cells.count == t.columns.count) } }
        #expect(!doc.diagnostics.contains { $0.severity == .error })
    }

    /// Their bases cite the laws by name and number without a date (`Căn cứ Luật Tổ chức chính quyền
    /// địa phương số 72/2025/QH15;`): each is cited, named (it had been missing from four of them).
    @Test(arguments: ["nghi-dinh-351-2025-nd-cp-chuan-ngheo", "nghi-quyet-66-15-2026-nq-cp-nha-o-xa-hoi",
                      "quyet-dinh-29-2025-qd-ttg-tin-dung-hoc-sinh", "quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa"])
    func undatedLawsInTheBasesAreCited(_ name: String) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/\(name).html")
        let local = doc.citations.first { $0.number == "72/2025/QH15" }
        #expect(local?.name == "Luật Tổ chức chính quyền địa phương" && local?.type == "Luật" && local?.date == nil)
        #expect(doc.citations.contains { $0.number == "63/2025/QH15" && $0.type == "Luật" })
    }

    @Test func twoLevelHeaderAndSpansInPhuLucI() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-51-2025-qd-ttg-tieu-chi-nong-thon-moi.html")
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.header) == ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung",
                                             "Yêu cầu đối với từng nhóm xã / Xã nhóm 1", "Yêu cầu đối với từng nhóm xã / Xã nhóm 2",
                                             "Yêu cầu đối với từng nhóm xã / Xã nhóm 3"])
        // rowspan="4" on "1 | Quy hoạch": every row it spans carries it; colspan="2" fills two columns.
        #expect(t.rows[0].cells[0] == "1" && t.rows[3].cells[1] == "Quy hoạch")
        #expect(t.rows[0].cells[5] == "Có quy hoạch chung xã" && t.rows[0].cells[6] == "Có quy hoạch chung xã")
        #expect(doc.appendices[0].attachedTo?.number == "51/2025/QĐ-TTg")
        #expect(doc.appendices[1].attachedTo?.date == "2025-12-29")
    }

    /// QĐ 42's criteria: `Nhóm 1 | Nhóm 2 | Nhóm 3` over one, five and three grid columns, and its
    /// rows' three figures over those or over two, six and one, three and three … (the site's page of
    /// a table drawn by hand). Read by the grid, the table had twelve columns, `Nhóm 2` repeated over
    /// six, and `70% | 90% | 100%` stood as 70% under `Nhóm 1` and `Nhóm 2`; it has the six columns
    /// its header names, each row's figures under their groups in order, a figure across the three
    /// under each.
    @Test func rowsOverAnotherGridThanTheHeadersReadByTheHeader() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa.html")
        let tables = doc.appendices.flatMap(\.tables)
        let groups = ["Nhóm 1", "Nhóm 2", "Nhóm 3"].map { "Chỉ tiêu theo đối tượng / " + $0 }
        #expect(tables.map { $0.columns.map(\.header) } == Array(repeating: ["STT", "Tên tiêu chí", "Nội dung tiêu chí"] + groups, count: 2))
        func row(_ t: Table, _ label: String) -> [String]? { t.rows.first { $0.cells[2].hasPrefix(label + " ") }.map { Array($0.cells.dropFirst(3)) } }
        #expect(row(tables[0], "2.9.") == ["70%", "90%", "100%"])  // over two, six and one grid columns
        #expect(row(tables[0], "4.9.") == ["20%", "40%", "40%"])  // over five, three and one
        #expect(row(tables[0], "1.1.1.") == ["100%", "100%", "100%"])  // as the header's
        #expect(row(tables[1], "7.5.") == ["50%", "60%", "70%"])  // over two, two and one
        #expect(row(tables[1], "4.15.") == ["20%", "30%", "60%"])
        #expect(row(tables[0], "2.4.1.")?.allSatisfy { $0.hasPrefix("Đạt\n(UBND cấp tỉnh") } == true)  // one across the three
    }

    /// The footnotes the site prints after the last appendix (`<div id="id_ftn1"><p>[1] Theo pháp luật
    /// …`) are notes with their marks, not paragraphs of the last appendix's last clause.
    @Test func footnotesAfterTheAppendicesAreNotes() throws {
        let qd42 = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa.html")
        #expect(qd42.notes.map(\.mark) == (1...37).map(String.init) && qd42.notes.first?.line == 1512)
        #expect(qd42.notes.first?.paragraphs.map(\.text) == ["Theo pháp luật về xây dựng, thực hiện hương ước, quy ước."])
        let qd51 = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-51-2025-qd-ttg-tieu-chi-nong-thon-moi.html")
        #expect(qd51.notes.map(\.mark) == ["1", "2", "3"] && qd51.notes[1].paragraphs.first?.text == "3 an: an toàn - an tâm - an sinh.")
        func texts(_ nodes: [Node]) -> [String] { nodes.flatMap { [$0.heading] + $0.paragraphs + texts($0.children) } }
        for doc in [qd42, qd51] {
            #expect(!texts(doc.appendices.flatMap(\.body)).contains { $0.hasPrefix("[1]") || $0.hasPrefix("[2]") })
        }
    }

    /// TT 63's Phụ lục II is a form: its own header names the issuer as a blank to fill in
    /// (`ỦY BAN NHÂN DÂN TỈNH/THÀNH PHỐ …………….`), which is the form's text, not its title. Phụ lục I
    /// ends in the form's signature block, laid out as a table (a blank date over two signers'
    /// `(Ký tên và đóng dấu)`): layout, not a data table.
    @Test func aFormsAgencyBlankIsNotItsTitle() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/thong-tu-63-2025-tt-bct-san-pham-cnnt.html")
        let first = try #require(doc.appendices.first)
        #expect(first.tables.isEmpty)
        func texts(_ nodes: [Node]) -> [String] { nodes.flatMap { [$0.heading] + $0.paragraphs + texts($0.children) } }
        #expect(texts(first.body).contains { $0.contains("(Ký tên và đóng dấu)") })
        let form = try #require(doc.appendices.first { $0.label == "Phụ lục II" })
        #expect(form.title?.hasPrefix("DANH SÁCH SẢN PHẨM THAM GIA BÌNH CHỌN") == true)
        #expect(form.body.first?.kind == .paragraph && form.body.first?.heading == "ỦY BAN NHÂN DÂN TỈNH/THÀNH PHỐ …………….")
        #expect(form.tables.count == 1)
        // The form's signature block under its table is its text (it was dropped: the document had signed).
        #expect(texts(form.body).contains("TM. UBND TỈNH/THÀNH PHỐ…") && texts(form.body).contains("(Ký tên và đóng dấu)"))
        // A title that opens with a body's word and holds no blank stays a title (QĐ 42: `BỘ TIÊU CHÍ …`).
        let qd42 = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa.html")
        #expect(qd42.appendices.first?.title?.hasPrefix("BỘ TIÊU CHÍ QUỐC GIA") == true)
    }

    /// TT 158 prints its appendix as `Phụ lục` in sentence case over a `(Kèm theo …)` note, then a form
    /// (`Mẫu số: 01a/ĐNHT`) with its own sections and a table whose header is numbered `(1)` … `(7)`.
    @Test func sentenceCasePhuLucOverItsNoteIsAnAppendix() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/thong-tu-158-2025-tt-btc-thue-ttdb.html")
        let appendix = try #require(doc.appendices.first)
        #expect(doc.appendices.count == 1)
        #expect(appendix.label == "Phụ lục" && appendix.line == 109)
        #expect(appendix.attachedTo?.number == "158/2025/TT-BTC" && appendix.attachedTo?.date == "2025-12-31")
        // The form's sections are the appendix's, not articles' neighbours in the body.
        #expect(doc.body.allSatisfy { $0.kind == .article })
        #expect(appendix.body.filter { $0.kind == .section }.count == 3)
        #expect(!doc.closing.contains { $0.text.hasPrefix("Phụ lục") || $0.text.hasPrefix("Mẫu số") })
        let table = try #require(appendix.tables.first)
        #expect(table.columns.first?.header == "STT")
        #expect(table.rows.first?.cells.first != "(1)")
        #expect(table.rows.last?.kind == .total)
        #expect(doc.diagnostics.contains { $0.rule == "P03" && $0.message.contains("column-number row") })
    }
}
