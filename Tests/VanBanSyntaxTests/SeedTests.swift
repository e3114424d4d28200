import Testing
import VanBanModel
import VanBanSyntax
import VanBanTestSupport

/// The founding document (Kế hoạch 202/KH-UBND, Cần Thơ): what issue 2 says it must give.
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct SeedTests {
    let doc: Document

    init() throws {
        doc = try TestFiles.parse(TestFiles.seed)
    }

    @Test func header() {
        let h = doc.header
        #expect(h.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
        #expect(h.issuerLines == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"])
        #expect(h.parentIssuer == nil)
        #expect(h.number == "202/KH-UBND")
        #expect(h.numberParts == NumberParts(serial: "202", year: nil, typeCode: "KH", issuerCode: "UBND"))
        #expect(h.place == "Cần Thơ")
        #expect(h.date == "2021-10-01")
        #expect(h.type == "KẾ HOẠCH")
        #expect(h.title == "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 98/NQ-CP NGÀY 30 THÁNG 8 NĂM 2021 CỦA CHÍNH PHỦ VỀ BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 59-NQ/TW NGÀY 05 THÁNG 8 NĂM 2020 CỦA BỘ CHÍNH TRỊ VỀ XÂY DỰNG VÀ PHÁT TRIỂN THÀNH PHỐ CẦN THƠ ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045")
    }

    @Test func sectionsAndClauses() throws {
        #expect(doc.body.map(\.kind) == [.section, .section, .section])
        #expect(doc.body.map(\.label) == ["I", "II", "III"])
        #expect(doc.body.map(\.heading) == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN"])
        #expect(doc.body.map { $0.children.filter { $0.kind == .clause }.count } == [4, 8, 4])
        #expect(doc.body.map(\.line) == [27, 53, 544])
        let clause4 = try #require(doc.body[1].children.first { $0.label == "4" })
        #expect(clause4.children.map(\.kind).allSatisfy { $0 == .point })
        #expect(clause4.children.map(\.label) == ["a", "b", "c", "d", "đ"])
        let pointD = clause4.children[4]
        #expect(pointD.heading.hasPrefix("Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì"))
        #expect(pointD.children.map(\.kind) == [.dash, .dash])
    }

    @Test func wrapsAreUndone() throws {
        // "1. Việc xây dựng ban" / "hành Kế hoạch …": one paragraph with single spaces.
        let first = try #require(doc.body.first?.children.first)
        #expect(first.heading.hasPrefix("Việc xây dựng ban hành Kế hoạch triển khai thực hiện nhằm quán triệt"))
        #expect(first.heading.hasSuffix("và Nhân dân thành phố Cần Thơ."))
        #expect(!first.heading.contains("  "))
        #expect(doc.preamble.count == 1)
        #expect(doc.preamble[0].text.hasSuffix("ban hành kế hoạch triển khai thực hiện như sau:"))
    }

    @Test func closingAndSignature() throws {
        #expect(doc.closing.first?.text.hasPrefix("Trên đây là Kế hoạch của UBND thành phố Cần Thơ") == true)
        let s = try #require(doc.signature)
        #expect(s.authority == "TM. ỦY BAN NHÂN DÂN")
        #expect(s.position == "CHỦ TỊCH")
        #expect(s.name == "Trần Việt Trường")
        #expect(s.line == 583)
    }

    @Test func appendicesAndTables() throws {
        #expect(doc.appendices.map(\.label) == ["PHỤ LỤC I", "PHỤ LỤC II", "PHỤ LỤC III"])
        #expect(doc.appendices.map(\.number) == ["I", "II", "III"])
        let shapes = doc.appendices.map { a in a.tables.map { ($0.rows.count, $0.columns.count) } }
        #expect(shapes.count == 3)
        #expect(shapes[0].first! == (16, 7))
        #expect(shapes[1].first! == (24, 5))
        #expect(shapes[2].first! == (27, 6))
        for a in doc.appendices {
            #expect(a.attachedTo?.number == "202/KH-UBND")
            #expect(a.attachedTo?.date == "2021-10-01")
            for t in a.tables { for r in t.rows { #expect(r.cells.count == t.columns.count) } }
        }
        // Row 1 of Phụ lục I has an empty approval cell: kept as "".
        let row1 = doc.appendices[0].tables[0].rows[0]
        #expect(row1.cells[0] == "1")
        #expect(row1.cells[6] == "")
        #expect(row1.cells[1] == "Công tác tuyên truyền, phổ biến thông tin về Nghị quyết số 59-NQ/TW ngày 20 tháng 8 năm 2020 của Bộ Chính trị")
        #expect(doc.appendices[0].tables[0].columns.map(\.role) == [.index, .task, .lead, .partners, .output, .timeline, .approval])
        #expect(doc.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func citations() throws {
        let byNumber = Dictionary(doc.citations.compactMap { c in c.number.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let nq98 = try #require(byNumber["98/NQ-CP"])
        #expect(nq98.type == "Nghị quyết")
        #expect(nq98.date == "2021-08-30")
        #expect(nq98.issuer == "Chính phủ")
        #expect(nq98.lines.contains(21) && nq98.lines.contains(575))
        #expect(byNumber["59-NQ/TW"]?.date == "2020-08-05")
        #expect(byNumber["03-CTr/TU"]?.date == "2020-11-04")
        #expect(byNumber["05/CT-UBND"]?.date == "2021-05-07")
        #expect(byNumber["103/2018/NQ-CP"]?.date == "2018-08-07")
        #expect(byNumber["103/2018/NQ-CP"]?.type == "Nghị định")
        // The document's own number (cited by its appendices) is not a citation.
        #expect(byNumber["202/KH-UBND"] == nil)
        for c in doc.citations { #expect(c.lines == c.lines.sorted()) }
    }
}
