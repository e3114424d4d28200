import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
@testable import VanBanSyntax

@Suite struct TimelineTests {
    @Test(arguments: [
        ("2021-2025", "2021", "2025", nil), ("2021 - 2030", "2021", "2030", nil), ("Năm 2022", "2022", "2022", nil),
        ("2022", "2022", "2022", nil), ("Quý IV/2021", "2021-10", "2021-12", nil), ("Tháng 12/2021", "2021-12", "2021-12", nil),
        ("Trước 30/6/2022", nil, "2022-06-30", nil), ("Hàng năm", nil, nil, Recurrence.annual), ("Thường xuyên", nil, nil, .continuous),
        ("Trong quá trình thực hiện Nghị quyết", nil, nil, .continuous), ("2021-2025 và những năm tiếp theo", "2021", "2025", nil),
        ("Xây dựng đề án trong năm 2021; thực hiện trong giai đoạn 2021-2025", "2021", "2025", nil),
        // A month named with `năm`, months and quarters listed before their year, a span of months.
        ("Tháng 6 năm 2022", "2022-06", "2022-06", nil), ("tháng 3 - tháng 5 năm 2024", "2024-03", "2024-05", nil),
        ("Tháng 6, 7/2022", "2022-06", "2022-07", nil), ("Tháng 6, 7, 8/2022", "2022-06", "2022-08", nil),
        ("Tháng 6, 7 năm 2022", "2022-06", "2022-07", nil), ("Tháng 9 - 12/2022", "2022-09", "2022-12", nil),
        ("Tháng 11 - 2/2023", "2022-11", "2023-02", nil), ("Từ tháng 3 đến tháng 6/2022", "2022-03", "2022-06", nil),
        ("Quý II, III/2022", "2022-04", "2022-09", nil), ("Quý I và quý II năm 2022", "2022-01", "2022-06", nil),
        ("Quý III – IV/2022", "2022-07", "2022-12", nil), ("quý 2, 3 năm 2023", "2023-04", "2023-09", nil),
        ("Quý II/2024 – Quý IV/2025", "2024-04", "2025-12", nil),
        ("6 tháng đầu năm 2022", "2022-01", "2022-06", nil), ("6 tháng cuối năm 2023", "2023-07", "2023-12", nil),
        ("9 tháng đầu năm 2026", "2026-01", "2026-09", nil), ("3 tháng cuối năm 2026", "2026-10", "2026-12", nil),
        ("12 tháng đầu năm 2026", "2026", "2026", nil),
        // Only an end (`Đến …`), only a start (`Từ …` and no end named).
        ("Đến hết năm 2025", nil, "2025", nil), ("Đến 30/6/2025", nil, "2025-06-30", nil), ("Trước tháng 9/2022", nil, "2022-09", nil),
        ("Từ năm 2022", "2022", nil, nil), ("Từ tháng 7/2022", "2022-07", nil, nil), ("Từ Quý II/2022", "2022-04", nil, nil),
        ("Từ ngày 01/3/2022", "2022-03-01", nil, nil), ("Từ 01/3/2022 đến 30/4/2022", "2022-03-01", "2022-04-30", nil),
        ("Từ năm 2021 - 2025", "2021", "2025", nil), ("Từ tháng 3/2022 đến nay", "2022-03", nil, nil), ("Từ năm 2020 đến nay", "2020", nil, nil),
        ("Từ nay đến 2030", nil, "2030", nil), ("Từ nay đến hết tháng 6/2025", nil, "2025-06", nil), ("từ nay đến năm 2025", nil, "2025", nil),
        // Periods: yearly, or shorter (none the model has).
        ("Định kỳ", nil, nil, .annual), ("Định kỳ 6 tháng", nil, nil, nil), ("Định kỳ hằng quý", nil, nil, nil),
        ("Định kỳ tháng 12 hằng năm", nil, nil, .annual), ("Tháng 10 hằng năm", nil, nil, .annual), ("Từng quý", nil, nil, nil),
    ] as [(String, String?, String?, Recurrence?)])
    func parses(_ text: String, _ from: String?, _ to: String?, _ recurrence: Recurrence?) {
        let t = TimelineParser.parse(text)
        #expect(t?.text == text)
        #expect(t?.from == from)
        #expect(t?.to == to)
        #expect(t?.recurrence == recurrence)
    }

    /// A timeline's dates are compared packed in integers: the text each gives is the ISO string
    /// `String` would write, and two compare as their strings do (a year before its own months).
    @Test func stampsCompareAsTheirISOStrings() {
        var stamps: [(TimelineParser.Stamp, String)] = []
        for year in [0, 7, 999, 1000, 1999, 2021, 2022, 2200, 9999, -1] {
            stamps.append((.init(year: year), String(year)))
            for month in [1, 9, 10, 12] {
                stamps.append((.init(year: year, month: month), String(year) + (month < 10 ? "-0" : "-") + String(month)))
                for day in [1, 9, 10, 31] {
                    stamps.append((.init(year: year, month: month, day: day),
                                   String(year) + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)))
                }
            }
        }
        for (stamp, text) in stamps { #expect(stamp.iso == text) }
        for (a, x) in stamps {
            for (b, y) in stamps where (a < b) != (x < y) { Issue.record("\(x) against \(y)") }
        }
    }

    @Test func unparseableTextIsKept() {
        let t = TimelineParser.parse("Khi có chủ trương")
        #expect(t == Timeline(text: "Khi có chủ trương"))
    }
}

/// Splitting a row at its separators, byte-wise, left to right without overlaps (as Python's
/// `str.split` does); one pass, so a row of megabytes (a document flattened onto one line) splits
/// in linear time — it copied the rest of the row at every separator before.
@Suite struct SeparatorSplitTests {
    @Test(arguments: [
        ("a | b |  | ", " | ", ["a", "b", "", ""]),
        ("", " | ", [""]),
        (" | ", " | ", ["", ""]),
        ("Số: 12 | Hà Nội, ngày 1 | x", " | ", ["Số: 12", "Hà Nội, ngày 1", "x"]),
        ("ab", "ab", ["", ""]),
        ("aaa", "aa", ["", "a"]),
        ("Kế hoạch", "", ["Kế hoạch"]),
    ] as [(String, String, [String])])
    func splits(_ text: String, _ separator: String, _ expected: [String]) {
        #expect(text.components(separatedByBytes: separator) == expected)
    }
}

/// White space folded byte-wise (U+00A0 and control white space too), and the blank test that
/// spares building the folded string.
@Suite struct WhiteSpaceTests {
    @Test(arguments: [
        ("  Kế\u{A0}\u{A0}hoạch \t số\r\n 12 ", "Kế hoạch số 12", false),
        ("Kế hoạch", "Kế hoạch", false),
        (" \u{A0}\t\u{0B}\u{0C}\r\n ", "", true),
        ("", "", true),
        ("à ©", "à ©", false),
    ] as [(String, String, Bool)])
    func folds(_ text: String, _ folded: String, _ blank: Bool) {
        #expect(text.collapsingSpaces == folded)
        #expect(text.isBlankText == blank)
    }

    /// Trimming cuts white space at the ends only, between scalars: a combining mark after a space
    /// stays (it went with the space as one grapheme before), inner runs stay.
    @Test(arguments: [
        (" \u{A0}\tKế  hoạch \r\n", "Kế  hoạch"), ("Kế hoạch", "Kế hoạch"), (" \u{A0} ", ""), ("", ""),
        (" \u{301}a", "\u{301}a"), ("à\u{A0}", "à"), ("\u{A0}à", "à"),
    ] as [(String, String)])
    func trims(_ text: String, _ expected: String) {
        #expect(Array(text.trimmed().unicodeScalars) == Array(expected.unicodeScalars))
    }
}

@Suite struct ColumnRoleTests {
    /// The header spellings real plans use (issue 3), in their printed case and in upper case.
    @Test(arguments: [
        ("TT", ColumnRole.index), ("STT", .index), ("Số TT", .index), ("Số thứ tự", .index),
        ("Nội dung công việc", .task), ("Nhiệm vụ", .task), ("Nội dung", .task), ("Tên nhiệm vụ", .task),
        ("Cơ quan chủ trì", .lead), ("Đơn vị chủ trì", .lead), ("Chủ trì", .lead), ("Cơ quan chủ trì đề xuất/thực hiện", .lead),
        ("Đơn vị/ cá nhân phụ trách", .lead), ("Lãnh đạo phụ trách", .lead), ("Đơn vị thực hiện", .lead), ("Cơ quan thực hiện", .lead),
        ("Cơ quan phối hợp", .partners), ("Đơn vị phối hợp", .partners),
        ("Sản phẩm", .output), ("Kết quả", .output), ("Hình thức văn bản", .output),
        ("Thời gian thực hiện", .timeline), ("Thời gian hoàn thành", .timeline), ("Tiến độ", .timeline), ("Dự kiến thời gian thực hiện", .timeline),
        ("Cấp phê duyệt", .approval), ("Cấp trình", .approval), ("Cấp trình/ Phê duyệt", .approval),
        ("Nguồn vốn", .funding), ("Kinh phí", .funding), ("Dự kiến nguồn vốn", .funding), ("Ghi chú", .note),
        // A list of projects: its name, its investor (who carries it out), its money.
        ("Tên dự án", .task), ("Chủ đầu tư", .lead), ("Tổng mức đầu tư (triệu đồng)", .funding), ("Vốn đầu tư", .funding),
        ("Kế hoạch vốn năm 2025", .funding), ("Dự toán kinh phí", .funding), ("Dự toán", .funding),
        // A school's plan: who carries it out is a person or a part of the school.
        ("Người thực hiện", .lead), ("Bộ phận thực hiện", .lead),
        // Who advises or is the focal point leads; the expected product, its form; the roadmap; the level that issues.
        ("Cơ quan tham mưu", .lead), ("Đơn vị tham mưu", .lead), ("Cơ quan đầu mối", .lead), ("Dự kiến sản phẩm", .output),
        ("Dự kiến kết quả", .output), ("Hình thức sản phẩm", .output), ("Lộ trình thực hiện", .timeline), ("Cấp ban hành", .approval),
        // A list of works and the budgets that pay for it.
        ("Tên công trình", .task), ("Ngân sách tỉnh", .funding), ("Nguồn ngân sách", .funding),
    ] as [(String, ColumnRole)])
    func knownSpellings(_ header: String, _ role: ColumnRole) {
        #expect(ColumnRoles.role(of: header) == role)
        #expect(ColumnRoles.role(of: header.uppercased()) == role)
        #expect(ColumnRoles.role(of: "  " + header.replacingAll(" ", with: "\n") + " ") == role)
    }

    @Test(arguments: ["Địa bàn", "Đơn vị tính", "Tổng cộng", "", "Năm 2025", "Đối tượng thực hiện", "Chỉ tiêu", "Mục tiêu"])
    func unknownHeadersGetNoRole(_ header: String) {
        #expect(ColumnRoles.role(of: header) == nil)
    }
}

@Suite struct TotalLabelTests {
    @Test(arguments: ["Tổng", "Tổng cộng", "TỔNG CỘNG", "Tổng cộng: 03 dự án", "Tổng số", "Tổng:", "Tổng (I+II)", "Cộng", "CỘNG:", "Tổng kinh phí"])
    func totals(_ label: String) { #expect(TableBuilder.isTotalLabel(label)) }

    /// Tasks that open with the same word: to compile, to review; a community.
    @Test(arguments: ["Tổng hợp kết quả rà soát", "Tổng kết Tuần lễ sinh hoạt công dân", "Cộng đồng dân cư", "Tổngcộng", "Thời gian", ""])
    func notTotals(_ label: String) { #expect(!TableBuilder.isTotalLabel(label)) }
}

@Suite struct IndexValueTests {
    /// What an index cell holds, by its definition on characters (the check reads bytes first).
    static func definition(_ t: String) -> Bool {
        let s = t.trimmingSuffixDot().filter { $0 != ")" && $0 != " " }
        if s.isEmpty || s == "*" || s == "-" { return true }
        if s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { return true }
        if Roman.value(s) != nil { return true }
        return s.count <= 2 && s.allSatisfy(\.isLetter)
    }

    /// The check agrees with the definition on telling cells and on every cell of every table of the
    /// pipe-text and text fixtures.
    @Test func bytesFirstAgreesWithTheDefinition() throws {
        var cells = ["1", "12", "1.2.", "3)", "(1)", "", " ", "*", "-", "I", "IV.", "XLVIII", "a", "đ)", "ab", "abc", "Ư", "1a",
                     "123456789012345678901234567890", "1.2.3.4.5.6.7.8.9.10.11", "1 2 3 4 5 6 7 8 9 10 11 12 13", "a ) ) ) ) ) ) ) ) ) ) ) )",
                     "Rà soát, cập nhật danh sách hộ nghèo", "Tổng cộng", "II. CẢI CÁCH HÀNH CHÍNH", "1.1 Kiểm tra"]
        for path in ["pipe-text", "text"].flatMap({ f in TestFiles.list(TestFiles.fixtures + "/" + f, suffix: ".txt").map { TestFiles.fixtures + "/\(f)/" + $0 } }) {
            let doc = try TestFiles.parse(path)
            cells += (doc.tables + doc.appendices.flatMap(\.tables)).flatMap { $0.rows.flatMap(\.cells) }
        }
        #expect(cells.count > 500)
        let disagree = cells.filter { TableBuilder.isIndexValue($0) != Self.definition($0) }
        #expect(disagree.isEmpty, "\(disagree.prefix(5))")
    }
}

@Suite struct TotalGroupTests {
    /// Rows written as `G` (a group row opening group A, B …), `d` (data) and a total's label; the
    /// groups the rows are given as a table is read (the current group), then `wholeTableTotals`.
    static func groups(_ shape: [String]) -> [String?] {
        var rows: [Row] = []
        var group: String?
        for cell in shape {
            switch cell {
            case "G":
                group = String(UnicodeScalar(UInt8(65 + rows.filter { $0.kind == .group }.count)))
                rows.append(Row(cells: [group ?? "", "NHÓM"], line: rows.count + 1, kind: .group))
            case "d": rows.append(Row(cells: ["1", "Việc"], line: rows.count + 1, group: group))
            default: rows.append(Row(cells: ["", cell], line: rows.count + 1, kind: .total, group: group))
            }
        }
        TableBuilder.wholeTableTotals(&rows)
        return rows.filter { $0.kind == .total }.map(\.group)
    }

    @Test(arguments: [
        // After the last group's rows, a total is the table's.
        (["G", "d", "G", "d", "Tổng cộng"], [nil]),
        (["G", "d", "Tổng số"], [nil]),
        // A total with a group after it closes its own group; so does the last group's first total
        // when the groups close with totals; a second total after it is the table's.
        (["G", "d", "Tổng", "G", "d", "Tổng", "Tổng cộng"], ["A", "B", nil]),
        // `Cộng` is a subtotal wherever it stands.
        (["G", "d", "G", "d", "Cộng:", "Tổng cộng"], ["B", nil]),
        // No groups: no group to take away.
        (["d", "d", "Tổng cộng"], [nil]),
    ] as [([String], [String?])])
    func totalGroups(_ shape: [String], _ expected: [String?]) {
        #expect(Self.groups(shape) == expected)
    }
}

@Suite struct TableShapeTests {
    /// A list a Quyết định sends with it (`DANH SÁCH` thành viên, after the signature, over its
    /// `(Kèm theo …)` note) is an appendix with its table, whether its name stands alone over the
    /// title or opens the title's line; it was the signature's cells and closing text before. So is
    /// a table under another name there (`BẢNG TỔNG HỢP …`), labelled by its line.
    static let listName = "DANH SÁCH\nTHÀNH VIÊN TỔ CÔNG TÁC KIỂM TRA VIỆC THỰC HIỆN CÁC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2024\n"
    static let listTitle = "THÀNH VIÊN TỔ CÔNG TÁC KIỂM TRA VIỆC THỰC HIỆN CÁC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2024"

    @Test(arguments: [
        (listName, "DANH SÁCH", listTitle as String?),
        ("DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC KIỂM TRA VIỆC THỰC HIỆN CÁC DỰ ÁN ĐẦU TƯ\nCÔNG NĂM 2024\n", "DANH SÁCH", listTitle),
        ("BẢNG TỔNG HỢP THÀNH VIÊN TỔ CÔNG TÁC\n", "BẢNG TỔNG HỢP THÀNH VIÊN TỔ CÔNG TÁC", nil),
    ])
    func aListSentWithTheDecisionIsAnAppendix(_ heading: String, _ label: String, _ title: String?) throws {
        var text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-1520-qd-ubnd-kem-danh-sach.txt")), as: UTF8.self)
        text = text.replacing(Self.listName, with: heading)
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.closing.isEmpty && doc.signature?.name == "Hoàng Nam")
        let list = try #require(doc.appendices.first)
        #expect(doc.appendices.count == 1 && list.label == label && list.line == 53)
        #expect(list.title == title)
        #expect(list.attachedTo?.number == "1520/QĐ-UBND")
        let table = try #require(list.tables.first)
        #expect(table.columns.map(\.header) == ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ"])
        #expect(table.rows.map { $0.cells[1] } == ["Ông Nguyễn Văn Hùng", "Bà Trần Thị Lan", "Ông Lê Quang Minh", "Ông Phạm Đức Anh"])
    }

    /// With no note under its title, a table after the signature is no appendix, but it is still a
    /// table: its `TT` cell ends the signature's layout table, whose cells it had joined.
    @Test func aTableAfterTheSignatureWithoutANoteIsStillATable() throws {
        var text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-1520-qd-ubnd-kem-danh-sach.txt")), as: UTF8.self)
        text = text.replacing(Self.listName, with: "BẢNG TỔNG HỢP THÀNH VIÊN TỔ CÔNG TÁC\n")
            .replacing("(Kèm theo Quyết định số 1520/QĐ-UBND ngày 14 tháng 8 năm 2024 của Chủ tịch Ủy ban\nnhân dân tỉnh)\n", with: "")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.appendices.isEmpty && doc.signature?.name == "Hoàng Nam")
        #expect(doc.closing.map(\.text) == ["BẢNG TỔNG HỢP THÀNH VIÊN TỔ CÔNG TÁC"])
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ"])
        #expect(table.rows.count == 4)
    }

    /// A table inside an article (`Điều 1. Phê duyệt danh mục … như sau:` over it), then the next
    /// articles and the recipients in the same run of text up to the signature's `|`: the table ends
    /// at its last row, and the document goes on (it took the rest as a row and a cut table before).
    @Test func aTableInAnArticleEndsAtItsLastRow() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-2290-qd-ubnd-bang-trong-dieu.txt")
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        #expect(doc.body.map(\.line) == [25, 51, 53])
        let table = try #require(doc.tables.first)
        #expect(doc.tables.count == 1 && table.line == 27)
        #expect(table.rows.map { $0.cells[1] } == ["Đường giao thông liên xã Hải Ba - Hải Quế", "Trường Tiểu học Gio Mai"])
        #expect(doc.recipients == ["- Như Điều 3;", "- Lưu: VT, TH."] && doc.signature?.name == "Võ Văn Hưng")
        #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
    }

    /// Text that ends the content (`…./.`) after a table's last row, with no recipients before the
    /// signature's `|`, is no row either, even under a heading in capitals.
    @Test func theContentsEndAfterATableIsNoRow() throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-2290-qd-ubnd-bang-trong-dieu.txt")), as: UTF8.self)
        let start = try #require(text.firstRange(of: "Điều 2.")), end = try #require(text.firstRange(of: "CHỦ TỊCH\n(Đã ký)"))
        let changed = text[..<start.lowerBound] + "III. TỔ CHỨC THỰC HIỆN\nGiao Sở Kế hoạch và Đầu tư theo dõi, tổng hợp./.\n|\n" + text[end.lowerBound...]
        let doc = try DocumentReader.read(Array(changed.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.tables.first?.rows.count == 2 && doc.body.map(\.label) == ["1", "III"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
    }

    /// A Quyết định công bố thủ tục hành chính: its `DANH MỤC` on the title's line, a `PHẦN I.` heading
    /// in capitals right over the table's `STT` cell (the heading does not swallow it), and `Điều 1.
    /// Công bố kèm theo Quyết định này` running on into the name of what it issues.
    @Test func aCatalogueOfProceduresUnderAPartHeading() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-2315-qd-ubnd-cong-bo-danh-muc-tthc.txt")
        #expect(doc.body.first?.heading.hasPrefix("Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành") == true)
        #expect(doc.body.first?.paragraphs.isEmpty == true)
        let list = try #require(doc.appendices.first)
        #expect(list.label == "DANH MỤC" && list.title == "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC NỘI VỤ")
        #expect(list.body.map(\.kind) == [.part] && list.body.first?.heading == "DANH MỤC THỦ TỤC HÀNH CHÍNH")
        let table = try #require(list.tables.first)
        #expect(table.columns.map(\.header) == ["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí"])
        #expect(table.rows.map { $0.cells[1] } == ["Thủ tục công nhận ban vận động thành lập hội", "Thủ tục thành lập hội"])
    }

    /// A list that ends the input with group rows in it (`I | TẬP THỂ`, two cells across the width)
    /// ends with its last row whole: the input is not cut short there.
    @Test func aListWithGroupRowsEndsWhole() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-2210-qd-ubnd-khen-thuong-danh-sach-nhom.txt")
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(doc.appendices.first?.label == "DANH SÁCH")
        #expect(table.rows.map(\.kind) == [.group, .data, .data, .group, .data])
        #expect(table.rows.map(\.group) == [nil, "I. TẬP THỂ", "I. TẬP THỂ", nil, "II. CÁ NHÂN"])
        #expect(!doc.diagnostics.contains { $0.rule == "I01" || $0.rule == "P01" })
        // Cut inside its last row, it is.
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-2210-qd-ubnd-khen-thuong-danh-sach-nhom.txt")), as: UTF8.self)
        let lastCell = "Hoàn thành xuất sắc nhiệm vụ năm 2023\n|\n"
        #expect(text.hasSuffix(lastCell))
        let cut = try DocumentReader.read(Array(text.dropLast(lastCell.count).utf8), path: "t.txt", form: .pipeText)
        #expect(cut.diagnostics.contains { $0.rule == "I01" })
    }

    /// A group row as the site prints it, whatever its cells: across the width with its other cells
    /// empty (`II | CÔNG TÁC … | | | |`), as two (`II | CÔNG TÁC …`), or as one that spans the row
    /// (`II. CÔNG TÁC …`). Its rows are in its group (and their index restarting is no P02, which
    /// `RuleTests.cleanFixturesFireNothing` checks for the first).
    @Test(arguments: [0, 2, 1])
    func aGroupRowInAnyOfItsPrintings(cells: Int) throws {
        let path = TestFiles.fixtures + "/pipe-text/chuong-trinh-05-ctr-ubnd-dong-nhom-du-cot.txt"
        var text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        for (index, title) in [("I", "CÔNG TÁC XÂY DỰNG THỂ CHẾ"), ("II", "CÔNG TÁC PHÁT TRIỂN KINH TẾ - XÃ HỘI")] {
            let full = "\(index)\n|\n\(title)\n|\n|\n|\n|\n"
            #expect(text.contains(full))
            if cells == 2 { text = text.replacing(full, with: "\(index)\n|\n\(title)\n|\n") }
            if cells == 1 { text = text.replacing(full, with: "\(index). \(title)\n|\n") }
        }
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.type == "CHƯƠNG TRÌNH" && doc.header.number == "05/CTr-UBND")
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(table.columns.map(\.role) == [.index, .task, .lead, .partners, .timeline])
        #expect(table.rows.map(\.kind) == [.group, .data, .data, .group, .data, .data, .data])
        #expect(table.rows.map(\.group) == [nil, "I. CÔNG TÁC XÂY DỰNG THỂ CHẾ", "I. CÔNG TÁC XÂY DỰNG THỂ CHẾ", nil]
            + Array(repeating: "II. CÔNG TÁC PHÁT TRIỂN KINH TẾ - XÃ HỘI", count: 3))
        #expect(table.rows[1].timeline?.from == "2025-01" && table.rows[1].timeline?.to == "2025-03")
        #expect(table.rows.last?.cells == ["3", "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm", "Sở Tài chính", "Các sở, ngành", "Tháng 6/2025"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
    }

    /// A two-level header in reading order, row by row: the spanning cell need not be the first
    /// row's last (`Tỷ lệ (%)` after `Năm 2025`, a column of its own), and a table body's rows are
    /// narrower than its header, so the text after its last row ends it (it had become one more row).
    @Test func aTwoLevelHeaderWhoseSpanIsNotLast() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/bao-cao-156-bc-ubnd-tieu-de-hai-tang.txt")
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 / Kế hoạch", "Năm 2025 / Thực hiện", "Tỷ lệ (%)"])
        #expect(table.rows.map { $0.cells[0] } == ["1", "2", "3", "4"] && table.rows[3].cells[5] == "52,4")
        let first = try #require(doc.body.first?.children.first)
        #expect(first.paragraphs == ["Nhìn chung, các chỉ tiêu chủ yếu đạt trên 50% kế hoạch năm; riêng tỷ lệ hộ nghèo giảm chậm hơn dự kiến."])
        #expect(doc.body.map(\.label) == ["I", "II"] && doc.body[0].children.map(\.label) == ["1", "2"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
        // Without the content's end (`./.`), the next section's heading in capitals over its clauses
        // still ends it.
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/bao-cao-156-bc-ubnd-tieu-de-hai-tang.txt")), as: UTF8.self)
        let open = try DocumentReader.read(Array(text.replacing("bền vững./.", with: "bền vững.").utf8), path: "t.txt", form: .pipeText)
        #expect(open.tables.first?.rows.count == 4 && open.body.map(\.label) == ["I", "II"])
    }

    /// A table of figures with no index column (`Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |
    /// Thực hiện 6 tháng | Tỷ lệ (%)`) is read by its column names: a table, not a paragraph a cell.
    @Test func aTableOfFiguresWithoutAnIndexColumn() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/bao-cao-157-bc-ubnd-bang-so-lieu-khong-stt.txt")
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện 6 tháng", "Tỷ lệ (%)"])
        #expect(table.rows.map { $0.cells[0] } == ["Tổng sản phẩm trên địa bàn (GRDP)", "Thu ngân sách nhà nước", "Số doanh nghiệp thành lập mới"])
        #expect(table.rows.map { $0.cells[4] } == ["51,8", "54,7", "52,4"])
        #expect(doc.body.first?.children.first?.paragraphs == ["Nhìn chung, các chỉ tiêu chủ yếu đạt trên 50% kế hoạch năm; riêng tỷ lệ hộ nghèo giảm chậm hơn dự kiến."])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
    }

    /// Column numbers under a pipe-text header belong to it: `(1) | (2) | …` (no index opens them:
    /// they had made a header of ten columns and rows of ten, each reported P01) and `1 | 2 | …`
    /// (whose `1` had been taken for the first row's index: a data row of numbers). Each is noted (P03)
    /// at its first cell; a row that holds other figures is data.
    @Test func columnNumbersUnderAPipeTextHeader() throws {
        let path = TestFiles.fixtures + "/pipe-text/ke-hoach-61-kh-ubnd-cot-danh-so.txt"
        let doc = try TestFiles.parse(path)
        let tables = doc.appendices.flatMap(\.tables)
        #expect(tables.map { $0.columns.map(\.header) } == [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Cơ quan chủ trì"],
                                                       ["TT", "Nội dung", "Ngân sách tỉnh", "Ngân sách huyện", "Ghi chú"]])
        #expect(tables.map { $0.rows.map { $0.cells[0] } } == [["1", "2", "3"], ["1", "2", ""]])
        #expect(tables[0].rows[2].cells == ["3", "Số giường bệnh trên 10.000 dân", "Giường", "32", "Sở Y tế"])
        #expect(tables[1].rows.map(\.kind) == [.data, .data, .total] && tables[1].rows[1].cells[4] == "Theo danh mục được duyệt")
        #expect(doc.diagnostics.filter { $0.rule == "P03" }.map(\.line) == [53, 107] && !doc.diagnostics.contains { $0.rule == "P01" })
        // Numbers out of sequence under the header are a row of data.
        let text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        let figures = try DocumentReader.read(Array(text.replacing("4\n|\n5\n|\n1\n|\nĐào", with: "4\n|\n6\n|\n1\n|\nĐào").utf8), path: "t.txt", form: .pipeText)
        #expect(figures.appendices.last?.tables.first?.rows.map { $0.cells[0] } == ["1", "1", "2", ""])
        #expect(figures.appendices.last?.tables.first?.rows.first?.cells == ["1", "2", "3", "4", "6"])
    }

    @Test(arguments: [
        (["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Bắt đầu", "Kết thúc"], 5,
         ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"]),
        (["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Ghi chú", "KH", "TH", "KH", "TH"], 7,
         ["STT", "Chỉ tiêu", "Năm 2024 / KH", "Năm 2024 / TH", "Năm 2025 / KH", "Năm 2025 / TH", "Ghi chú"]),
        // One spanning cell over three, a total's column opening them; not the last candidate of the first row.
        (["TT", "Nội dung", "Kinh phí", "Thời gian thực hiện", "Tổng", "Ngân sách trung ương", "Ngân sách địa phương"], 6,
         ["TT", "Nội dung", "Kinh phí / Tổng", "Kinh phí / Ngân sách trung ương", "Kinh phí / Ngân sách địa phương", "Thời gian thực hiện"]),
        // Two under it that name a role: the first row's cell of that role spans them.
        (["TT", "Nội dung", "Kinh phí", "Thời gian thực hiện", "Ngân sách trung ương", "Ngân sách địa phương"], 5,
         ["TT", "Nội dung", "Kinh phí / Ngân sách trung ương", "Kinh phí / Ngân sách địa phương", "Thời gian thực hiện"]),
        (["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Kế hoạch", "Thực hiện"], 5,
         ["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025 / Kế hoạch", "Năm 2025 / Thực hiện"]),
        // Two spanning cells, over three and over two (each had been read over two: `Thời gian thực
        // hiện / Ngân sách trung ương`, `Tổng / Bắt đầu`).
        (["TT", "Nội dung", "Đơn vị chủ trì", "Kinh phí", "Thời gian thực hiện", "Tổng", "Ngân sách trung ương", "Ngân sách địa phương",
          "Bắt đầu", "Kết thúc"], 8,
         ["TT", "Nội dung", "Đơn vị chủ trì", "Kinh phí / Tổng", "Kinh phí / Ngân sách trung ương", "Kinh phí / Ngân sách địa phương",
          "Thời gian thực hiện / Bắt đầu", "Thời gian thực hiện / Kết thúc"]),
        // Who leads and who takes part, under the cell that names who carries it out, not under the
        // first row's last cell (as they had been: `Thời gian / Chủ trì`).
        (["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian", "Chủ trì", "Phối hợp"], 5,
         ["TT", "Nhiệm vụ", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời gian"]),
        // Groups that repeat one another's names, each under a year; the total after them spans nothing.
        (["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Tổng cộng", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"], 7,
         ["STT", "Chỉ tiêu", "Năm 2024 / Kế hoạch", "Năm 2024 / Thực hiện", "Năm 2025 / Kế hoạch", "Năm 2025 / Thực hiện", "Tổng cộng"]),
        // A total beside its breakdown, `Trong đó` over the breakdown.
        (["TT", "Nội dung", "Tổng số", "Trong đó", "Ngân sách trung ương", "Ngân sách địa phương"], 5,
         ["TT", "Nội dung", "Tổng số", "Trong đó / Ngân sách trung ương", "Trong đó / Ngân sách địa phương"]),
        // Three spanning cells, over three, two and two.
        (["TT", "Nội dung", "Kinh phí", "Cơ quan thực hiện", "Thời gian", "Tổng", "Ngân sách trung ương", "Ngân sách địa phương",
          "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"], 9,
         ["TT", "Nội dung", "Kinh phí / Tổng", "Kinh phí / Ngân sách trung ương", "Kinh phí / Ngân sách địa phương",
          "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"]),
    ])
    func twoLevelHeadersInReadingOrder(_ cells: [String], _ width: Int, _ merged: [String]) {
        #expect(TableBuilder.mergeTwoLevelHeader(cells, width: width) == merged)
    }

    /// The data rows decide what the words leave open: a total whose figures are the sums of the
    /// columns after it opens the second row; one whose figures are not stands in the first.
    @Test func twoLevelHeaderReadByItsFigures() {
        let cells = ["STT", "Địa bàn", "Số hộ", "Tổng", "Hộ nghèo", "Hộ cận nghèo"]
        let under = ["STT", "Địa bàn", "Số hộ / Tổng", "Số hộ / Hộ nghèo", "Số hộ / Hộ cận nghèo"]
        #expect(TableBuilder.mergeTwoLevelHeader(cells, width: 5) == under)
        #expect(TableBuilder.mergeTwoLevelHeader(cells, width: 5, rows: [["1", "Xã A", "150", "100", "50"], ["2", "Xã B", "1.250,5", "1.000", "250,5"]]) == under)
        #expect(TableBuilder.mergeTwoLevelHeader(cells, width: 5, rows: [["1", "Xã A", "12", "30", "42"], ["2", "Xã B", "5", "3", "8"]])
                == ["STT", "Địa bàn", "Số hộ / Hộ nghèo", "Số hộ / Hộ cận nghèo", "Tổng"])
        // Rows without a total's figure tell nothing; words where a total would stand count against
        // it (`Xã A` under `Địa bàn / Tổng`: the reading the first rows above had been given).
        #expect(TableBuilder.mergeTwoLevelHeader(cells, width: 5, rows: [["1", "Xã A", "", "", ""], ["2", "Xã B", "", "x", ""]]) == under)
        #expect(TableBuilder.sums([["1", "Xã A", "12", "30", "42"]], total: 1, parts: 2..<4) == 1)
        #expect(TableBuilder.sums([["1", "Xã A", "42", "30", "12"], ["2", "Xã B", "9", "", "9"], ["3", "Xã C", "Không", "", ""]], total: 2, parts: 3..<5) == -1)
    }

    /// A header too wide to weigh its readings one by one (ten spanning cells among thirty) is read
    /// each spanning cell over two, the first row's last cells spanning.
    @Test func aVeryWideTwoLevelHeaderIsReadEvenly() {
        let cells = ["TT"] + (1...19).map { "Cột \($0)" } + (1...10).flatMap { _ in ["Kế hoạch", "Thực hiện"] }
        let merged = TableBuilder.mergeTwoLevelHeader(cells, width: 30)
        #expect(merged.count == 30)
        #expect(Array(merged.prefix(12)) == ["TT"] + (1...9).map { "Cột \($0)" } + ["Cột 10 / Kế hoạch", "Cột 10 / Thực hiện"])
        #expect(TableBuilder.binomial(30, 10) == 1_000_000 && TableBuilder.binomial(6, 2) == 15 && TableBuilder.binomial(2, 3) == 0)
    }

    @Test(arguments: [
        ("12.500", 12_500.0), ("12,500", 12_500), ("2.000.000", 2_000_000), ("1.250,5", 1_250.5), ("1,250.5", 1_250.5),
        ("7,5", 7.5), ("0,25", 0.25), ("1.5", 1.5), ("-3", -3), ("350", 350),
    ])
    func figuresAsPlansPrintThem(_ text: String, _ value: Double) {
        #expect(TableBuilder.amount(text) == value)
    }

    @Test(arguments: ["", "35%", "Quý II", "1.", ",5", "-", "1 000", "12/2025"])
    func notFigures(_ text: String) {
        #expect(TableBuilder.amount(text) == nil)
    }

    /// Three spanning cells over three, two and two; the years' repeated `Kế hoạch | Thực hiện` with
    /// the total after them. Before, each spanning cell was read over two (`Kinh phí / Tổng`, `Kinh
    /// phí / Ngân sách trung ương`, `Cơ quan thực hiện / Ngân sách địa phương` …), and the second
    /// table's `Năm 2025` and `Tổng cộng` over the two pairs, `Năm 2024` over none.
    @Test func twoLevelHeaderOfSeveralSpans() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-174-kh-ubnd-tieu-de-ba-o-gop.txt")
        let tables = doc.appendices.flatMap(\.tables)
        #expect(tables.map { $0.columns.map(\.header) } == [
            ["TT", "Nội dung", "Kinh phí / Tổng", "Kinh phí / Ngân sách trung ương", "Kinh phí / Ngân sách địa phương",
             "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"],
            ["STT", "Chỉ tiêu", "Năm 2024 / Kế hoạch", "Năm 2024 / Thực hiện", "Năm 2025 / Kế hoạch", "Năm 2025 / Thực hiện", "Tổng cộng"],
        ])
        #expect(tables[0].columns.map(\.role) == [.index, .task, .funding, .funding, .funding, .lead, .partners, .timeline, .timeline])
        #expect(tables[0].rows.map(\.kind) == [.group, .data, .data, .group, .data, .total])
        #expect(tables[0].rows[1].timeline?.from == "2025-03" && tables[0].rows[1].timeline?.to == "2025-11")
        #expect(tables[1].rows.map { $0.cells.last } == ["23", "9", "48"])
        #expect(doc.diagnostics.filter { $0.rule == "P03" }.map(\.line) == [45, 180] && !doc.diagnostics.contains { $0.rule == "P01" })
    }

    @Test func groupTotalAndTwoLevelHeader() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-88-kh-ubnd-bang-nhom.txt")
        let tables = try #require(doc.appendices.first?.tables)
        #expect(tables.count == 2)
        let t = tables[0]
        #expect(t.columns.map(\.header) == ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"])
        #expect(t.columns.map(\.role) == [.index, .task, .lead, .timeline, .timeline])
        #expect(t.rows.map(\.kind) == [.group, .data, .data, .group, .data, .total])
        // `Tổng cộng: 03 dự án` totals both groups' three rows: the table's total, in no group.
        #expect(t.rows.map(\.group) == [nil, "I. LĨNH VỰC GIAO THÔNG", "I. LĨNH VỰC GIAO THÔNG", nil, "II. LĨNH VỰC Y TẾ", nil])
        #expect(t.rows[1].timeline == Timeline(text: "Quý II/2024 – Quý IV/2025", from: "2024-04", to: "2025-12"))
        #expect(t.rows[4].timeline?.to == "2026-06-30")
        #expect(tables[1].columns.map(\.role) == [.index, .task, .funding, .note])
        #expect(tables[1].rows.map { $0.cells[2] } == ["45.000", "12.500"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
    }

    @Test func aShiftedRowIsReportedWhereItStarts() throws {
        // Row 1 lost its partner cell: every later row would shift by one.
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nTT\n|\nNội dung\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\n1\n|\nViệc một\n|\nSở A\n|\n2\n|\nViệc hai\n|\nSở B\n|\nSở C\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        #expect(!doc.diagnostics.contains { $0.rule == "P03" })  // not taken for a two-level header
        let shifted = doc.diagnostics.filter { $0.rule == "P01" && $0.message.contains("looks shifted") }
        #expect(shifted.map(\.line) == [20])
        #expect(shifted.first?.message.contains("Việc hai") == true)
    }

    static let noIndexColumn = TestFiles.fixtures + "/pipe-text/ke-hoach-64-kh-ubnd-bang-khong-stt.txt"

    @Test func aTableWithoutIndexColumnIsReadFromItsColumnNames() throws {
        let doc = try TestFiles.parse(Self.noIndexColumn)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.header) == ["Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"])
        #expect(t.columns.map(\.role) == [.task, .lead, .partners, .timeline])
        #expect(t.rows.count == 4)
        // A cell that opens with `1.` stays a cell; the empty partner cell stays in its column.
        #expect(t.rows[0].cells[0].hasPrefix("1. Số hóa hồ sơ"))
        #expect(t.rows[2].cells == ["3. Cập nhật dữ liệu dân cư, đất đai vào cơ sở dữ liệu dùng chung", "Phòng Tài nguyên và Môi trường", "", "Thường xuyên"])
        #expect(t.rows.map { $0.timeline?.to } == ["2025-06", "2025-06", nil, "2025-12-15"])
        #expect(doc.appendices[0].body.isEmpty)
        #expect(doc.diagnostics.map(\.rule) == ["P03"])
    }

    @Test func aLostCellInATableWithoutIndexColumnIsReported() throws {
        let text = try #require(TestFiles.read(Self.noIndexColumn).map { String(decoding: $0, as: UTF8.self) })
        let lost = text.replacingAll("Các cơ quan chuyên môn\n|\n", with: "")
        let doc = try DocumentReader.read(Array(lost.utf8), path: "t", form: .pipeText)
        let shifted = doc.diagnostics.filter { $0.rule == "P01" && $0.message.contains("looks shifted") }
        #expect(shifted.map(\.line) == [45, 54, 62])
        #expect(shifted.last?.message.contains("`Thường xuyên`") == true)
    }

    @Test func aTableWithoutIndexColumnCutMidRowKeepsItsRows() throws {
        let text = try #require(TestFiles.read(Self.noIndexColumn).map { String(decoding: $0, as: UTF8.self) })
        let cut = Array(text.utf8.dropLast(60))
        let doc = try DocumentReader.read(cut, path: "t", form: .pipeText)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.rows.count == 4)
        #expect(doc.diagnostics.contains { $0.rule == "I01" })
        #expect(doc.diagnostics.contains { $0.rule == "P01" && $0.message.contains("the input ends inside this row") })
    }

    @Test func aHeaderCellOfAnotherNameBetweenColumnNamesBelongsToTheHeader() throws {
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nNội dung\n|\nĐịa bàn\n|\nChủ trì\n|\nThời gian\n|\n"
            + "Tuyên truyền pháp luật\n|\nXã A\n|\nSở Tư pháp\n|\nNăm 2025\n|\nKiểm tra\n|\nXã B\n|\nSở Nội vụ\n|\nQuý III/2025\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.task, nil, .lead, .timeline])
        #expect(t.rows.map { $0.cells[1] } == ["Xã A", "Xã B"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
    }

    static let trailingHeaderCells = TestFiles.fixtures + "/pipe-text/ke-hoach-71-kh-ubnd-cot-dia-ban-doi-tuong.txt"

    @Test func headerCellsOfOtherNamesAfterTheLastColumnNameBelongToTheHeader() throws {
        let doc = try TestFiles.parse(Self.trailingHeaderCells)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.header) == ["Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Địa bàn", "Đối tượng"])
        #expect(t.columns.map(\.role) == [.task, .lead, .partners, .timeline, nil, nil])
        #expect(t.rows.count == 5)
        #expect(t.rows[2].cells == ["Biên soạn tài liệu hỏi đáp pháp luật cho đồng bào dân tộc thiểu số", "Phòng Dân tộc", "",
                                    "Tháng 7/2025", "Các xã vùng cao", "Đồng bào dân tộc thiểu số"])
        #expect(t.rows.map { $0.cells[5] } == ["Cán bộ chủ chốt", "Nhân dân", "Đồng bào dân tộc thiểu số", "Cán bộ, công chức, viên chức", "Thành viên Hội đồng"])
        #expect(t.rows.map { $0.timeline?.to } == ["2025-06", nil, "2025-07", "2025-11-09", "2025-12"])
        // Read to its full width, the table neither shifts a row nor looks cut short.
        #expect(doc.diagnostics.map(\.rule) == ["P03"])
    }

    @Test func textAfterATableWithTrailingHeaderCellsStaysText() throws {
        // No closing `|` after the table: whether the text is a last cell (of a row the input cut)
        // depends on the table's width, 4 here, not the 3 up to its last column name.
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nNội dung\n|\nChủ trì\n|\nThời gian\n|\nĐịa bàn\n|\n"
            + "Tuyên truyền pháp luật cho Nhân dân\n|\nSở Tư pháp\n|\nNăm 2025\n|\nXã A\n|\n"
            + "Kiểm tra việc thi hành pháp luật\n|\nSở Nội vụ\n|\nQuý III/2025\n|\nXã B\n|\n"
            + "Sơ kết công tác năm\n|\nPhòng Tư pháp\n|\nTháng 12/2025\n|\nXã C\n|\n"
            + "Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.task, .lead, .timeline, nil])
        #expect(t.rows.map { $0.cells[3] } == ["Xã A", "Xã B", "Xã C"])
        #expect(doc.appendices[0].body.map(\.heading) == ["Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này."])
        #expect(!doc.diagnostics.contains { $0.rule == "I01" || $0.rule == "P01" })
    }

    @Test func withoutATimelineColumnTheAgenciesAlignTheRows() throws {
        // No `Thời gian`: the lead and partner columns hold agencies only when `Địa bàn` is a header cell.
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nNội dung\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nĐịa bàn\n|\n"
            + "Tuyên truyền pháp luật cho Nhân dân\n|\nSở Tư pháp\n|\nUBND các xã\n|\nXã A\n|\n"
            + "Kiểm tra việc thi hành pháp luật\n|\nSở Nội vụ\n|\nCác sở, ngành\n|\nXã B\n|\n"
            + "Sơ kết công tác năm\n|\nPhòng Tư pháp\n|\nBan Dân tộc\n|\nXã C\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.task, .lead, .partners, nil])
        #expect(t.rows.map { $0.cells[1] } == ["Sở Tư pháp", "Sở Nội vụ", "Phòng Tư pháp"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
    }

    @Test func aShortFirstTaskIsNotTakenForAHeaderCell() throws {
        // `Tuyên truyền` is short and names no role, like a header cell; read as one, the timeline
        // column would hold no dates, so the header ends at `Thời gian`.
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nNội dung\n|\nChủ trì\n|\nThời gian\n|\n"
            + "Tuyên truyền\n|\nSở Tư pháp\n|\nNăm 2025\n|\nKiểm tra\n|\nSở Nội vụ\n|\nQuý III/2025\n|\nSơ kết\n|\nPhòng Tư pháp\n|\nTháng 12/2025\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.task, .lead, .timeline])
        #expect(t.rows.map { $0.cells[0] } == ["Tuyên truyền", "Kiểm tra", "Sơ kết"])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
    }

    @Test func oneColumnNameDoesNotMakeADataTable() throws {
        let text = "KẾ HOẠCH\nTHỬ\nPHỤ LỤC\nNội dung\n|\nTuyên truyền pháp luật\n|\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .pipeText)
        #expect(doc.tables.isEmpty && doc.appendices.allSatisfy { $0.tables.isEmpty })
    }

    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func seedRolesAndTimelines() throws {
        let doc = try TestFiles.parse(TestFiles.seed)
        let roles = doc.appendices.map { $0.tables[0].columns.map(\.role) }
        #expect(roles == [[.index, .task, .lead, .partners, .output, .timeline, .approval],
                          [.index, .task, .lead, .timeline, .funding],
                          [.index, .task, .lead, .partners, .timeline, .approval]])
        let rows = doc.appendices.flatMap { $0.tables[0].rows }
        #expect(rows.allSatisfy { $0.timeline != nil })
        #expect(rows.filter { $0.timeline?.from != nil || $0.timeline?.recurrence != nil }.count == rows.count)
    }

    /// Every table in the corpus: each row fits its columns, and a row that had to be adjusted
    /// carries a P01 diagnostic at its line.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func corpusTablesFitOrAreReported() throws {
        var tables = 0
        for dir in ["pipe-text", "html", "blank-line", "inline-pipe", "docx"] {
            for f in TestFiles.list(TestFiles.corpus + "/" + dir, suffix: ["html": ".html", "docx": ".docx"][dir] ?? ".txt") where !f.hasSuffix(".source.txt") {
                let doc = try TestFiles.parse(TestFiles.corpus + "/\(dir)/\(f)")
                for t in doc.tables + doc.appendices.flatMap(\.tables) {
                    tables += 1
                    for r in t.rows { #expect(r.cells.count == t.columns.count, "\(f) row at \(r.line)") }
                }
            }
        }
        #expect(tables >= 11)
    }
}

/// Rows written as Markdown writes them but without its `| --- |` row: the bar before each row's
/// first cell starts no cell, when every row of the table has one. A text whose signature table
/// has an empty first cell only in its lower rows (as vanban writes one) keeps those cells.
@Suite struct BarredRowTests {
    @Test func rowsWithABarBeforeEachAreMarkdownRows() throws {
        let text = "Kế hoạch thử\n\n| STT | Nội dung | Cơ quan chủ trì |\n| 1 | Tuyên truyền | Sở Tư pháp |\n| 2 | Kiểm tra |  |\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .text)
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["STT", "Nội dung", "Cơ quan chủ trì"])
        #expect(table.rows.map(\.cells) == [["1", "Tuyên truyền", "Sở Tư pháp"], ["2", "Kiểm tra", ""]])
    }

    @Test func aRowWithAnEmptyFirstCellAmongOthersKeepsIt() throws {
        let text = "Kế hoạch thử\n\nSTT | Nội dung | Cơ quan chủ trì |\n1 | Tuyên truyền | Sở Tư pháp |\n | Kiểm tra | Sở Nội vụ |\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "t", form: .text)
        let table = try #require(doc.tables.first)
        #expect(table.rows.map(\.cells) == [["1", "Tuyên truyền", "Sở Tư pháp"], ["", "Kiểm tra", "Sở Nội vụ"]])
    }
}

/// A table cell of several lines keeps each line's place, so what is found in it (a cited document,
/// its diagnostics) is placed there, not on the row's first line: a tab-separated row (a browser's
/// copy of a page) broken over lines by such a cell, and a multiline or grid table's cell (pandoc's
/// plain text), one paragraph over several lines (a citation stands where its number does, as in a
/// wrapped paragraph).
@Suite struct CellLineTests {
    static let cases: [(name: String, text: String, cells: [[String]], citedOn: Int)] = [
        ("tab-separated", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nBắc Ninh, ngày 02 tháng 01 năm 2025\n\nKẾ HOẠCH\n\nTuyên truyền pháp luật năm 2025\n\nI. NHIỆM VỤ\n\n1. Các nhiệm vụ theo bảng sau.\n\nSTT\tNội dung\tCơ quan chủ trì\n1\tTuyên truyền theo\nNghị định số 30/2020/NĐ-CP của Chính phủ\tSở Tư pháp\n2\tKiểm tra\tSở Nội vụ\n\nTrên đây là Kế hoạch./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n",
         [["1", "Tuyên truyền theo\nNghị định số 30/2020/NĐ-CP của Chính phủ", "Sở Tư pháp"], ["2", "Kiểm tra", "Sở Nội vụ"]], 21),
        ("multiline", "KẾ HOẠCH\n\nTuyên truyền pháp luật năm 2025\n\nI. NHIỆM VỤ\n\n1. Các nhiệm vụ theo bảng sau.\n\n  --------------------------------------------------\n  STT         Nội dung                 Cơ quan\n  ----------- ------------------------ -------------\n  1           Tuyên truyền theo        Sở Tư pháp\n              Nghị định số\n              30/2020/NĐ-CP của\n              Chính phủ\n\n  2           Kiểm tra                 Sở Nội vụ\n  --------------------------------------------------\n\nTrên đây là Kế hoạch./.\n",
         [["1", "Tuyên truyền theo Nghị định số 30/2020/NĐ-CP của Chính phủ", "Sở Tư pháp"], ["2", "Kiểm tra", "Sở Nội vụ"]], 14),
        ("grid", "KẾ HOẠCH\n\nTuyên truyền pháp luật năm 2025\n\nI. NHIỆM VỤ\n\n1. Các nhiệm vụ theo bảng sau.\n\n+-----+---------------------------+------------+\n| STT | Nội dung                  | Cơ quan    |\n+=====+===========================+============+\n| 1   | Tuyên truyền theo Nghị    | Sở Tư pháp |\n|     | định số 30/2020/NĐ-CP của |            |\n|     | Chính phủ                 |            |\n+-----+---------------------------+------------+\n| 2   | Kiểm tra                  | Sở Nội vụ  |\n+-----+---------------------------+------------+\n\nTrên đây là Kế hoạch./.\n",
         [["1", "Tuyên truyền theo Nghị định số 30/2020/NĐ-CP của Chính phủ", "Sở Tư pháp"], ["2", "Kiểm tra", "Sở Nội vụ"]], 13),
    ]

    @Test(arguments: cases.indices)
    func aCitationOnACellsLaterLineStandsThere(_ k: Int) throws {
        let c = Self.cases[k]
        let doc = try DocumentReader.read(Array(c.text.utf8), path: "t", form: .text)
        let table = try #require(doc.tables.first, "\(c.name)")
        #expect(table.rows.map(\.cells) == c.cells, "\(c.name)")
        let cited = try #require(doc.citations.first { $0.number == "30/2020/NĐ-CP" })
        #expect(cited.lines == [c.citedOn], "\(c.name)")
    }
}

/// Group rows that carry the figures their rows sum up (`A | CÁC DỰ ÁN |  | 12.500 |`, a budget's
/// subtotal): group rows, with their rows under them and the numbering starting again in each (they
/// had been data rows, and each group's `1` a P02 index going back). In pipe-text and in rows.
@Suite struct GroupRowWithFiguresTests {
    static let path = TestFiles.fixtures + "/pipe-text/ke-hoach-310-kh-ubnd-nhom-co-kinh-phi.txt"

    static func asRows(_ pipeText: String) -> String {
        // The appendix's cells (from the header's `TT`) as `A | B |` rows of five.
        let lines = pipeText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = lines.firstIndex(of: "TT")!
        var cells: [String] = [], cell: [String] = []
        for l in lines[start...] {
            if l == "|" { cells.append(cell.joined(separator: " ")); cell = [] } else if !l.isEmpty { cell.append(l) }
        }
        let rows = stride(from: 0, to: cells.count, by: 5).map { "| " + cells[$0..<$0 + 5].joined(separator: " | ") + " |" }
        let before = lines[..<start].filter { $0 != "|" }.joined(separator: "\n")
        return before + "\n\n" + rows.joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["pipe-text", "rows"])
    func groupRowsWithSubtotals(_ form: String) throws {
        let text = String(decoding: try #require(TestFiles.read(Self.path)), as: UTF8.self)
        let doc = form == "rows" ? try DocumentReader.read(Array(Self.asRows(text).utf8), path: "x.txt", form: .text)
            : try DocumentReader.read(Array(text.utf8), path: "x.txt", form: .pipeText)
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(table.rows.map(\.kind) == [.group, .data, .data, .group, .data, .data, .total])
        #expect(table.rows.map { $0.cells[3] } == ["12.500", "8.000", "4.500", "500", "350", "150", "13.000"])
        #expect(table.rows.filter { $0.kind == .data }.map(\.group) == ["A. CÁC DỰ ÁN", "A. CÁC DỰ ÁN", "B. CÔNG TÁC QUẢN LÝ, GIÁM SÁT", "B. CÔNG TÁC QUẢN LÝ, GIÁM SÁT"])
    }

    @Test(arguments: [(["", "12.500", ""], true), (["1.250,5", "35%"], true), (["", ""], true), (["Sở Tài chính", "500"], false), (["Năm 2025"], false)])
    func theRestOfAGroupRow(_ cells: [String], _ isRest: Bool) {
        #expect(TableBuilder.isGroupRest(cells) == isRest)
    }
}

/// A two-level header whose spanning cell stands over three (`Kinh phí` over `Tổng | Ngân sách trung
/// ương | Ngân sách địa phương`, a column after it) above group rows that carry their figures: the
/// columns are named under their spanning cell and every row fits; the header had been read as two
/// under `Thời gian thực hiện`, and the rows, measured from the group row, as wide as the header
/// (each shifted, a P01 at two of them, and the table's end taken for a cut).
@Test func aSpanningCellOverThreeAboveGroupRows() throws {
    let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-310-kh-ubnd-kinh-phi-hai-tang.txt")
    let table = try #require(doc.appendices.first?.tables.first)
    #expect(table.columns.map(\.header) == ["TT", "Nội dung", "Đơn vị chủ trì", "Kinh phí / Tổng", "Kinh phí / Ngân sách trung ương",
                                            "Kinh phí / Ngân sách địa phương", "Thời gian thực hiện"])
    #expect(table.columns.map(\.role) == [.index, .task, .lead, .funding, .funding, .funding, .timeline])
    #expect(table.rows.map(\.kind) == [.group, .data, .data, .group, .data, .data, .total])
    #expect(table.rows[1].cells == ["1", "Dự án 1: Hỗ trợ hạ tầng", "Sở Tài chính", "8.000", "7.000", "1.000", "Quý II-III/2025"])
    #expect(!doc.diagnostics.contains { $0.rule == "P01" || $0.rule == "I01" })
}

/// Rows a text form wrote without the cells spanning down onto them (html2text and markdownify
/// leave out a page's `rowspan` below its first row).
@Suite struct DroppedRowSpanTests {
    static func table(_ rows: [[String]], dropped: Bool = true) -> RawTable {
        let cells = rows.enumerated().map { r, row in
            row.map { text in
                let blocks = text.isEmpty ? [] : [TextBlock(text: text, line: r + 1)]
                return RawCell(lines: blocks, paragraphs: blocks, line: r + 1)
            }
        }
        return RawTable(rows: cells, rowsMarked: true, line: 1, rowSpansDropped: dropped)
    }

    static let header = ["TT", "Lĩnh vực", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]

    /// A group's name over several rows, and a body leading several tasks: each missing cell from
    /// the row above, where the row's own cells stand under cells of their kind (P03 at the row).
    @Test func aMissingCellIsTakenFromTheRowAbove() throws {
        var diagnostics: [Diagnostic] = []
        let t = try #require(TableBuilder.build(Self.table([Self.header,
            ["1", "Giáo dục", "Xây dựng trường chuẩn quốc gia", "Sở Giáo dục và Đào tạo", "Năm 2026"],
            ["2", "Tập huấn giáo viên cốt cán", "Sở Giáo dục và Đào tạo", "Quý III/2026"],
            ["3", "Y tế", "Nâng cấp trạm y tế xã", "Sở Y tế", "2026 - 2027"],
            ["4", "Y tế", "Khám sức khỏe định kỳ cho người cao tuổi", "Quý II/2026"],
        ]), diagnostics: &diagnostics))
        #expect(t.rows.map(\.cells) == [
            ["1", "Giáo dục", "Xây dựng trường chuẩn quốc gia", "Sở Giáo dục và Đào tạo", "Năm 2026"],
            ["2", "Giáo dục", "Tập huấn giáo viên cốt cán", "Sở Giáo dục và Đào tạo", "Quý III/2026"],
            ["3", "Y tế", "Nâng cấp trạm y tế xã", "Sở Y tế", "2026 - 2027"],
            ["4", "Y tế", "Khám sức khỏe định kỳ cho người cao tuổi", "Sở Y tế", "Quý II/2026"],
        ])
        #expect(t.rows[3].timeline?.from == "2026-04")
        #expect(diagnostics.map(\.rule) == ["P03", "P03"] && diagnostics.map(\.line) == [3, 5])
        #expect(diagnostics[0].message.contains("‘Lĩnh vực’") && diagnostics[1].message.contains("‘Cơ quan chủ trì’"))
    }

    /// A row whose cells stand under cells of another kind wherever the missing one goes, a form
    /// that holds its spans (a page, a Word file), and a row two cells short of three are left as
    /// they are, each reported (P01).
    @Test func otherShortRowsAreLeftAsTheyAre() throws {
        let rows = [Self.header,
                    ["1", "Giáo dục", "Xây dựng trường chuẩn quốc gia", "Sở Giáo dục và Đào tạo", "Năm 2026"],
                    ["2", "Quý III/2026", "Tập huấn giáo viên cốt cán", "12.500"]]
        for raw in [Self.table(rows), Self.table(Array(rows.prefix(2)) + [["2", "Tập huấn giáo viên cốt cán", "Sở Giáo dục và Đào tạo", "Quý III/2026"]], dropped: false),
                    Self.table(Array(rows.prefix(2)) + [["2", "Tập huấn giáo viên cốt cán"]])] {
            var diagnostics: [Diagnostic] = []
            let t = try #require(TableBuilder.build(raw, diagnostics: &diagnostics))
            #expect(t.rows[1].cells.last == "")
            #expect(diagnostics.map(\.rule) == ["P01"])
        }
    }
}
