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
    ] as [(String, String?, String?, Recurrence?)])
    func parses(_ text: String, _ from: String?, _ to: String?, _ recurrence: Recurrence?) {
        let t = TimelineParser.parse(text)
        #expect(t?.text == text)
        #expect(t?.from == from)
        #expect(t?.to == to)
        #expect(t?.recurrence == recurrence)
    }

    @Test func unparseableTextIsKept() {
        let t = TimelineParser.parse("Khi có chủ trương")
        #expect(t == Timeline(text: "Khi có chủ trương"))
    }
}

@Suite struct TableShapeTests {
    @Test func groupTotalAndTwoLevelHeader() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-88-kh-ubnd-bang-nhom.txt")
        let tables = try #require(doc.appendices.first?.tables)
        #expect(tables.count == 2)
        let t = tables[0]
        #expect(t.columns.map(\.header) == ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"])
        #expect(t.columns.map(\.role) == [.index, .task, .lead, .timeline, .timeline])
        #expect(t.rows.map(\.kind) == [.group, .data, .data, .group, .data, .total])
        #expect(t.rows.map(\.group) == [nil, "I. LĨNH VỰC GIAO THÔNG", "I. LĨNH VỰC GIAO THÔNG", nil, "II. LĨNH VỰC Y TẾ", "II. LĨNH VỰC Y TẾ"])
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
        for dir in ["pipe-text", "html", "blank-line", "inline-pipe"] {
            for f in TestFiles.list(TestFiles.corpus + "/" + dir, suffix: dir == "html" ? ".html" : ".txt") where !f.hasSuffix(".source.txt") {
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
