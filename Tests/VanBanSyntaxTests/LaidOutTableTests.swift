import Testing
import VanBanModel
import VanBanReader
@testable import VanBanSyntax
import VanBanTestSupport

/// Tables laid out in columns of spaces, as `pdftotext -layout` writes a PDF's ruled tables.
@Suite struct LaidOutTableTests {
    static let header = """
        PHỤ LỤC
        DANH MỤC NHIỆM VỤ NĂM 2025
        (Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2025 của UBND tỉnh)
        TT    Nội dung nhiệm vụ     Cơ quan chủ trì    Thời gian
                                                       thực hiện
        """

    static func tables(_ text: String) throws -> (tables: [[[String]]], diagnostics: [Diagnostic]) {
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let grids = (doc.tables + doc.appendices.flatMap(\.tables)).map { t in [t.columns.map(\.header)] + t.rows.map(\.cells) }
        return (grids, doc.diagnostics)
    }

    /// Rows open at their index; a cell's further lines join it; a date cut by the cell's edge joins
    /// its tail (`12/202` / `5`, `2024-` / `2025`); a list item in a cell opens a line of its own;
    /// the paragraph after a blank line is no row.
    @Test func rowsOpenAtTheirIndex() throws {
        let text = Self.header + "\n" + """
            1     Rà soát văn bản quy   Sở Tư pháp         Quý II/2025
                  phạm pháp luật
            2     Tổng hợp, báo cáo     - Sở Nội vụ        Tháng 12/202
                  kết quả               - Sở Tài chính     5
            3     Kiểm tra việc thực    Thanh tra tỉnh     2024-
                  hiện                                     2025

            Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.

            """
        let (tables, notes) = try Self.tables(text)
        #expect(tables == [[
            ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
            ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2025"],
            ["2", "Tổng hợp, báo cáo kết quả", "- Sở Nội vụ\n- Sở Tài chính", "Tháng 12/2025"],
            ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "2024-2025"],
        ]])
        #expect(!notes.contains { $0.rule == "P01" || $0.rule == "P03" })
    }

    /// A page break inside the table: the form feed, the header repeated atop the page (on the page's
    /// own grid), then the rest of a row broken by the page, then more rows.
    @Test func aPageBreakInsideTheTable() throws {
        let text = Self.header + "\n" + """
            1     Rà soát văn bản quy   Sở Tư pháp         Quý II/2025
                  phạm pháp luật
            2     Tổng hợp, báo cáo     Sở Nội vụ          Tháng 12/2025
            \u{0C}TT  Nội dung nhiệm vụ  Cơ quan chủ trì  Thời gian
                                                  thực hiện
                kết quả
            3   Kiểm tra việc thực  Thanh tra tỉnh   Năm 2025
                hiện

            """
        let (tables, _) = try Self.tables(text)
        #expect(tables.first?.dropFirst().map { $0 } == [
            ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2025"],
            ["2", "Tổng hợp, báo cáo kết quả", "Sở Nội vụ", "Tháng 12/2025"],
            ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Năm 2025"],
        ])
    }

    /// A page that opens with a row's further line, or with a row, no header repeated: the rows go on.
    @Test func aPageThatOpensWithTheRowsOwnLines() throws {
        let text = Self.header + "\n" + """
            1     Rà soát văn bản quy   Sở Tư pháp         Quý II/2025
            \u{0C}      phạm pháp luật
            2     Tổng hợp, báo cáo     Sở Nội vụ          Tháng 12/2025

            \u{0C}3     Kiểm tra việc thực    Thanh tra tỉnh     Năm 2025

            Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.

            """
        let (tables, _) = try Self.tables(text)
        #expect(tables.first?.dropFirst().map { $0 } == [
            ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2025"],
            ["2", "Tổng hợp, báo cáo", "Sở Nội vụ", "Tháng 12/2025"],
            ["3", "Kiểm tra việc thực", "Thanh tra tỉnh", "Năm 2025"],
        ])
    }

    /// A group's row across the width, and a total row whose index cell is empty.
    @Test func groupAndTotalRows() throws {
        let text = Self.header + "\n" + """
            I. LĨNH VỰC GIAO THÔNG VẬN TẢI ĐƯỜNG BỘ
            1     Nâng cấp đường tỉnh   Sở Giao thông      Quý II/2025
            2     Cải tạo cầu           Ban Quản lý dự án  Năm 2026
                  Tổng cộng: 02 dự án

            """
        let (tables, _) = try Self.tables(text)
        let group = "I. LĨNH VỰC GIAO THÔNG VẬN TẢI ĐƯỜNG BỘ"
        #expect(tables.first?.dropFirst().map { $0 } == [
            [group, group, group, group],
            ["1", "Nâng cấp đường tỉnh", "Sở Giao thông", "Quý II/2025"],
            ["2", "Cải tạo cầu", "Ban Quản lý dự án", "Năm 2026"],
            ["", "Tổng cộng: 02 dự án", "", ""],
        ])
    }

    /// Pages that do not line up in the same number of columns: no table is made up; the lines stay
    /// text, and a note says why.
    @Test func pagesThatDoNotLineUpAreKeptAsText() throws {
        let text = Self.header + "\n" + """
            1     Rà soát văn bản quy   Sở Tư pháp         Quý II/2025
            2     Tổng hợp, báo cáo     Sở Nội vụ          Tháng 12/2025
            \u{0C}TT  Nội dung nhiệm vụ  Cơ quan chủ trì  Thời gian
                                                  thực hiện
            3   Kiểm tra việc thực hiện Thanh tra tỉnh Năm 2025
            4   Báo cáo kết quả thực hiện Sở Nội vụ Năm 2026

            """
        let (tables, notes) = try Self.tables(text)
        #expect(tables.isEmpty)
        #expect(notes.contains { $0.rule == "P03" && $0.line == 4 && $0.message.contains("could not be read") })
    }

    /// A line whose words pdftotext squeezed across a column's start is reported at its row; the
    /// words are placed by where they stand.
    @Test func aSqueezedLineIsReportedAtItsRow() throws {
        let text = Self.header + "\n" + """
            1     Rà soát văn bản quy   Sở Tư pháp         Quý II/2025
                  phạm pháp luật        tỉnh
            2     Tổng hợp, báo cáo     Văn phòng UBND tỉnh Tháng 9/2025
            3     Kiểm tra việc thực    Thanh tra tỉnh     Năm 2025
                  hiện                                     (trước 30/11)
            4     Lập báo cáo tổng kết  Sở Nội vụ          Tháng 12/2025
            5     Công bố kết quả       Văn phòng UBND     Tháng 12/2025

            """
        let (tables, notes) = try Self.tables(text)
        #expect(tables.first?.count == 6)
        #expect(notes.filter { $0.rule == "P01" }.map(\.line) == [8])
    }

    /// Words that stand in line inside a column (`Sở Giao`, `Sở Y tế`) make no column of their own;
    /// prose that opens with `TT` is no table.
    @Test func noColumnsWhereThereAreNone() throws {
        let text = Self.header + "\n" + """
            1     Nâng cấp đường        Sở Giao thông      Quý II/2025
            2     Xây dựng trạm         Sở Y tế            Năm 2026
            3     Cải tạo trường        Sở Giáo dục        Năm 2027

            """
        let (tables, _) = try Self.tables(text)
        #expect(tables.first?.first?.count == 4)
        let prose = "KẾ HOẠCH\n\nTT    nghĩa là thứ tự, được ghi ở cột đầu của bảng.\n"
        #expect(try Self.tables(prose).tables.isEmpty)
    }

    /// Cells one a paragraph (docx2txt): the header to the first row's index, rows as wide as it, an
    /// empty cell as two more blank lines; a cell of two paragraphs shifts the rest, a number out of
    /// turn then opens no row, and the table is left as its paragraphs.
    @Test func cellsOneAParagraph() throws {
        let cells = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "1", "Rà soát", "Sở Tư pháp", "Quý II", "2", "Tổng hợp", "", "Năm 2025", "3", "Báo cáo", "Sở Nội vụ", "2025"]
        func text(_ cells: [String]) -> String {
            "KẾ HOẠCH\n\nPHỤ LỤC\n" + cells.map { $0.isEmpty ? "\n\n" : "\n" + $0 + "\n" }.joined() + "\nCác sở, ngành tổ chức thực hiện.\n"
        }
        let (tables, _) = try Self.tables(text(cells))
        #expect(tables == [[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], ["1", "Rà soát", "Sở Tư pháp", "Quý II"],
                            ["2", "Tổng hợp", "", "Năm 2025"], ["3", "Báo cáo", "Sở Nội vụ", "2025"]]])
        var shifted = cells
        shifted.insert("- Sở Tài chính", at: 7)  // a lead's second paragraph
        #expect(try Self.tables(text(shifted)).tables.isEmpty)
    }
}

/// A laid-out table's cell of several lines (`pdftotext -layout`): each of its paragraphs stands on
/// the line it starts on, not on its row's first line; so its first word begins on that line (a
/// word broken over lines, `2024-` / `2025`, is one word in the cell).
@Suite struct LaidOutCellLineTests {
    @Test func everyCellParagraphStandsOnItsLine() throws {
        var below = 0
        for name in ["ke-hoach-112-kh-ubnd", "ke-hoach-33-kh-ubnd", "ke-hoach-45-kh-ubnd", "ke-hoach-88-kh-ubnd"] {
            let raw = try #require(TestFiles.read(TestFiles.fixtures + "/text/\(name)-pdftotext-layout.txt"))
            let source = try SourceText(decoding: raw)
            let tables = TextTokenizer().tokenize(source).compactMap { if case .table(let t) = $0, t.rowsMarked { t } else { nil } }
            #expect(!tables.isEmpty, "\(name)")
            for row in tables.flatMap({ $0.rows.dropFirst() }) {
                let rowLine = row.map(\.line).min() ?? 0
                for p in row.flatMap(\.paragraphs) {
                    let start = String(p.text.prefix { $0 != " " }.prefix(4))
                    #expect(source.lineText(p.line).contains(start), "\(name): `\(start)` is not on line \(p.line)")
                    if p.line > rowLine { below += 1 }
                }
            }
        }
        #expect(below > 0)  // the tables do hold paragraphs below their rows' first lines
    }
}
