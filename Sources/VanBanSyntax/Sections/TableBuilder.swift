import VanBanModel

/// Turns a tokenizer's `RawTable` into a data `Table`: header row(s), column roles, rows that fit,
/// each row's kind (data, group, total), its enclosing group and its timeline.
enum TableBuilder {
    /// A data table, or nil for a layout table (no index header row to read columns from).
    static func build(_ raw: RawTable, diagnostics: inout [Diagnostic]) -> Table? {
        var headerTexts: [String]
        // Each row's cells as a slice of the cells read (none copied).
        var body: [ArraySlice<RawCell>]
        var groupRows: Set<Int> = []
        if raw.rowsMarked {
            var n = max(1, raw.headerRows)
            guard raw.rows.count > n, let first = raw.rows.first, first.count >= 2 else { return nil }
            if n == 1, let two = unmarkedTwoLevelHeader(raw.rows) {
                headerTexts = two.columns
                n = two.rows
                diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                    message: "a two-level table header was read as \(two.columns.count) columns", line: raw.line))
            } else {
                headerTexts = (0..<first.count).map { col in
                    var parts: [String] = []
                    for r in raw.rows.prefix(n) where col < r.count {
                        let t = r[col].text.replacingAll("\n", with: " ")
                        if !t.isEmpty, parts.last != t { parts.append(t) }
                    }
                    return parts.joined(separator: " / ")
                }
            }
            let width = headerTexts.count
            body = raw.rows.dropFirst(n).map { $0[...] }
            // Column numbers under the header (`1 | 2 | 3` or `(1) | (2) | (3)`) belong to the header.
            if let numbers = body.first, isColumnNumberRow(numbers.map(\.text), width: width) {
                body.removeFirst()
                diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                    message: "the column-number row under the header was read as part of the header", line: numbers.first?.line ?? raw.line))
            }
            // `I | LĨNH VỰC …` across the width, or one text spanning every column (`Buổi sáng …`), or
            // a group's index and title in the index cell, the others empty (a spanning cell whose
            // span was lost: `| II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH |  |  |`, as pandoc writes it), or such
            // a lost span's heading without an index, long, across three columns or more (`| Buổi sáng
            // (từ 7h00 đến 9h00) – Tập trung toàn trường |  |  |`, as pandoc and markitdown write it),
            // or a group's index and title over figures it sums up (`A | CÁC DỰ ÁN |  | 12.500 |`: the
            // title in capitals, or numbering starting again under it),
            for (k, r) in body.enumerated() where isGroupIndex(r[0].text) && r.dropFirst().allSatisfy({ $0.text == r[1].text || $0.text.isEmpty })
                || (r.count > 2 && isGroupIndex(r[0].text) && !r[1].text.isEmpty && isGroupRest(r.dropFirst(2).map(\.text))
                    && (Case.isUpper(r[1].text) || k + 1 < body.count && body[k + 1].first.map { isFirstOfGroup($0.text) } == true))
                || (r.count > 1 && !r[0].text.isEmpty && r.allSatisfy { $0.text == r[0].text })
                || (r.count > 1 && isGroupTitle(r[0].text) && r.dropFirst().allSatisfy { $0.text.isEmpty })
                || (r.count >= 3 && r[0].text.utf8.count >= 32 && !isIndexValue(r[0].text) && r.dropFirst().allSatisfy { $0.text.isEmpty })
                // A group's title drawn as one cell across the row (antiword's `|I. CẢI CÁCH THỂ CHẾ   |`).
                || (r.count == 1 && width >= 3 && isGroupTitle(r[0].text)) {
                groupRows.insert(k)
            }
            if raw.rowSpansDropped { fillDroppedRowSpans(&body, groupRows: groupRows, headers: headerTexts, diagnostics: &diagnostics) }
        } else {
            let cells = raw.cells
            if let w = roleHeaderWidth(cells) {
                // No index column: the header is the run of cells that name a column role.
                headerTexts = cells[..<w].map { $0.text.replacingAll("\n", with: " ") }
                body = stride(from: w, to: cells.count, by: w).map { cells[$0..<min($0 + w, cells.count)] }
                diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                    message: "a table without an index column: its \(w) columns were read from the column names of its header", line: raw.line))
                return finish(raw, headerTexts: headerTexts, body: body, groupRows: [], diagnostics: &diagnostics)
            }
            guard let first = cells.first, TableAssembler.isIndexHeader(first.text),
                  var w = cells.indices.dropFirst().first(where: { TableAssembler.isFirstIndex(cells[$0].text) })
            else { return nil }
            // A leading group row in one cell (`I. LĨNH VỰC …`) before the first index is no header cell.
            if w >= 3, isGroupTitle(cells[w - 1].text) { w -= 1 }
            // Column numbers under the header belong to it: `(1) | (2) | …` (no index opens them, so
            // they ran on before the first `1`), or `1 | 2 | …` (whose `1` was taken for that index).
            var start = w
            if let h = headerOverBracketedNumbers(cells, before: w) {
                w = h
            } else if w + w < cells.count, isColumnNumberRow(cells[w..<(w + w)].map(\.text), width: w) {
                start = w + w
            }
            if start > w {
                diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                    message: "the column-number row under the header was read as part of the header", line: cells[start - w].line))
            }
            headerTexts = cells[..<w].map { $0.text.replacingAll("\n", with: " ") }
            var width = w
            // A two-level header (`Thời gian` over `Bắt đầu | Kết thúc`): data rows are narrower than
            // the header cells. The spanning cell stands right before its two sub-headers.
            // The first data row: after a leading group row (`I | LĨNH VỰC …`), the `1` that follows it.
            let firstData = isGroupIndex(cells[start].text) && start + 2 < cells.count && TableAssembler.isFirstIndex(cells[start + 2].text) ? start + 2
                : isGroupTitle(cells[start].text) && start + 1 < cells.count ? start + 1
                : firstIndexAfterGroupRow(cells, at: start, width: w) ?? start
            // Two rows must agree on the narrower width: the cell after the second row is a row start
            // too. Otherwise a lost cell, not a two-level header, explains it (reported as P01 below).
            if let d = distanceToSecondIndex(cells, from: firstData), d >= 2, d < w, w - d <= d / 2,
               firstData + 2 * d < cells.count, isRowStart(cells[firstData + 2 * d].text) {
                let rows = segment(cells, from: start, width: d).0.lazy.filter { $0.count == d }.map { $0.map(\.text) }
                let merged = mergeTwoLevelHeader(headerTexts, width: d, rows: Array(rows))
                if merged.count == d {
                    headerTexts = merged
                    width = d
                    diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                        message: "a two-level table header was read as \(d) columns", line: raw.line))
                }
            }
            (body, groupRows) = segment(cells, from: start, width: width)
        }
        return finish(raw, headerTexts: headerTexts, body: body, groupRows: groupRows, diagnostics: &diagnostics)
    }

    /// Columns and rows once the header and the row cuts are known.
    private static func finish(_ raw: RawTable, headerTexts: [String], body: [ArraySlice<RawCell>], groupRows: Set<Int>,
                               diagnostics: inout [Diagnostic]) -> Table {
        let width = headerTexts.count
        // A sub-header names its own role (`Chủ trì`) or takes its parent's (`Thời gian / Bắt đầu`).
        let columns = headerTexts.map { text in
            let parts = text.components(separatedByBytes: " / ")
            return Column(header: text, role: ColumnRoles.role(of: parts.last ?? text) ?? parts.dropLast().reversed().lazy.compactMap(ColumnRoles.role).first)
        }
        let timelineColumns = columns.indices.filter { columns[$0].role == .timeline }
        var rows: [Row] = []
        rows.reserveCapacity(body.count)
        var group: String?
        for (k, cells) in body.enumerated() {
            let line = cells.first?.line ?? raw.line
            var texts = cells.map(\.text)
            if groupRows.contains(k) {
                while texts.count < width { texts.append("") }
                let name = texts.dropFirst().first { !$0.isEmpty } ?? ""
                group = name.isEmpty || name == texts[0] ? texts[0] : "\(texts[0].trimmingSuffixDot()). \(name)"
                rows.append(Row(cells: Array(texts.prefix(width)), line: line, kind: .group, group: nil))
                continue
            }
            if texts.count < width {
                let isLast = k == body.count - 1
                let why = raw.cutShort && isLast ? "the input ends inside this row" : "the row does not fit the table's columns"
                diagnostics.append(Diagnostic(rule: "P01", severity: .error,
                    message: "table row has \(texts.count) of \(width) cells: \(why); missing cells are empty", line: line))
                while texts.count < width { texts.append("") }
            } else if texts.count > width {
                // Extra cells are kept, in the last column, never dropped.
                diagnostics.append(Diagnostic(rule: "P01", severity: .error,
                    message: "table row has \(texts.count) cells for \(width) columns; the extra cells are kept in the last column", line: line))
                let extra = texts[(width - 1)...].joined(separator: " | ")
                texts = Array(texts.prefix(width - 1)) + [extra]
            }
            let kind: RowKind = texts.prefix(2).contains(where: isTotalLabel) ? .total : .data
            // The index column and the cell count disagree: a cell went missing (or came extra)
            // before this row. The text is kept; the row is reported, not silently shifted.
            if !raw.rowsMarked, kind == .data, columns.first?.role == .index, !isIndexValue(texts[0]) {
                diagnostics.append(Diagnostic(rule: "P01", severity: .error,
                    message: "the index cell holds `\(texts[0].prefix(40))`: this row looks shifted by a missing or extra cell before it", line: line))
            }
            // (One timeline column, as most tables have: its cell as it is, no arrays made.)
            let timelineText = timelineColumns.count == 1 ? texts[timelineColumns[0]]
                : timelineColumns.map { texts[$0] }.filter { !$0.isEmpty }.joined(separator: " – ")
            let timeline = TimelineParser.parse(timelineText)
            // Without an index column, the timeline column checks the cuts: a row whose timeline cell
            // holds no date while a short cell beside it does is shifted.
            if !raw.rowsMarked, kind == .data, columns.first?.role != .index, !timelineText.isEmpty,
               timeline?.from == nil, timeline?.to == nil, timeline?.recurrence == nil,
               let stray = texts.indices.first(where: { !timelineColumns.contains($0) && texts[$0].utf8.count <= 40 && TimelineParser.parse(texts[$0]).map { $0.to != nil || $0.recurrence != nil } == true }) {
                diagnostics.append(Diagnostic(rule: "P01", severity: .error,
                    message: "the timeline cell holds `\(timelineText.prefix(40))` while column \(stray + 1) holds the timeline `\(texts[stray])`: this row looks shifted by a missing or extra cell before it", line: line))
            }
            rows.append(Row(cells: texts, line: line, kind: kind, group: group, timeline: timeline))
        }
        if raw.cutShort, let last = raw.rows.last(where: { !$0.isEmpty })?.last {
            diagnostics.append(Diagnostic(rule: "I01", severity: .warning,
                message: "the input stops inside a table; the document looks cut short here", line: last.endLine))
        }
        wholeTableTotals(&rows)
        return Table(columns: columns, rows: rows, line: raw.line)
    }

    /// A total row after the last group's rows totals the whole table (`Tổng cộng: 03 dự án` under
    /// groups I and II), so it has no group; unless the groups close with totals of their own (the
    /// first total after the last group is then that group's, a second one the table's) or it is
    /// labelled `Cộng`, the word for a subtotal. A total with another group after it is its group's.
    static func wholeTableTotals(_ rows: inout [Row]) {
        guard let lastGroup = rows.lastIndex(where: { $0.kind == .group }) else { return }
        let groupsCloseWithTotals = rows[..<lastGroup].contains { $0.kind == .total && $0.group != nil }
        var closed = false
        for k in rows.indices.dropFirst(lastGroup + 1) where rows[k].kind == .total {
            let subtotal = rows[k].cells.prefix(2).contains { isSubtotalLabel($0) }
            if subtotal || (groupsCloseWithTotals && !closed) { closed = true; continue }
            rows[k].group = nil
        }
    }

    /// `Cộng`, `Cộng:`: a subtotal's label (a table's total says `Tổng`).
    private static func isSubtotalLabel(_ t: String) -> Bool {
        t.utf8.first.map { $0 | 0x20 == UInt8(ascii: "c") } == true && isTotalLabel(t)
    }

    /// A pipe-text table without an index column (`Nội dung công việc | Cơ quan chủ trì | …`): the number
    /// of header cells, when at least two name a column role and data follows. The header opens with a
    /// role; a short cell of another name (`Địa bàn`) belongs to it when a role follows within two cells.
    static func roleHeaderWidth(_ cells: [RawCell]) -> Int? {
        if case .width(let w) = scanRoleHeader(cells, complete: true) { return alignedWidth(cells, base: w) }
        return nil
    }

    /// Rows after the header that `alignedWidth` reads: the assembler can decide once they are in.
    static let alignmentRows = 3
    /// Header cells after the last column name that `alignedWidth` tries (`Địa bàn`, `Đối tượng`).
    static let trailingHeaderCells = 2

    /// The header width of a table without an index column, given the width up to its last column
    /// name: short cells right after it that name no role (`… | Thời gian | Địa bàn |`) belong to the
    /// header when, read so, more of the first rows' cells fit their columns: a timeline in the
    /// timeline column, an agency in the lead and partner columns.
    static func alignedWidth(_ cells: [RawCell], base w: Int) -> Int {
        let checked = cells[..<w].enumerated().compactMap { k, cell in
            ColumnRoles.role(of: cell.text).flatMap { [.timeline, .lead, .partners].contains($0) ? (k, $0) : nil }
        }
        guard !checked.isEmpty else { return w }
        func score(_ width: Int) -> Int {
            var n = 0
            for r in 0..<alignmentRows {
                for (column, role) in checked where width * (r + 1) + column < cells.count {
                    if fits(cells[width * (r + 1) + column].text, role) { n += 1 }
                }
            }
            return n
        }
        var best = w, bestScore = score(w)
        for extra in 1...trailingHeaderCells {
            let cell = cells.count > w + extra - 1 ? cells[w + extra - 1].text : ""
            // A header cell: short, one line, no sentence, no date, no role of its own.
            guard !cell.isEmpty, cell.utf8.count <= 40, !cell.contains("\n"), !endsSentence(cell),
                  ColumnRoles.role(of: cell) == nil, TimelineParser.parse(cell).map({ $0.from == nil && $0.to == nil }) ?? true,
                  Markers.match(Array(cell.utf8), 0, cell.utf8.count) == nil else { break }
            let s = score(w + extra)
            // Two rows must agree (one, when the table has only one).
            if s > bestScore, s >= min(2, alignmentRows, (cells.count - w - extra) / (w + extra)) { best = w + extra; bestScore = s }
        }
        return best
    }

    /// Whether a cell's text is what its column holds: a timeline with a date or a recurrence, or an
    /// agency (`Sở …`, `Phòng …`, `UBND …`, `Các cơ quan …`) for the lead and the partners.
    static func fits(_ text: String, _ role: ColumnRole) -> Bool {
        if role == .timeline {
            guard let line = TimelineParser.parse(text) else { return false }
            return line.from != nil || line.to != nil || line.recurrence != nil
        }
        let first = text.utf8.prefix { $0 != Bytes.space && $0 != UInt8(ascii: ",") && $0 != 0x0A }
        return agencyWords.contains(Case.upperUTF8(String(decoding: first, as: UTF8.self)))
    }

    /// First words of agency names in lead and partner cells.
    private static let agencyWords: Set<[UInt8]> = Set(["Sở", "Phòng", "UBND", "Ủy", "Uỷ", "Ban", "Văn", "Trung", "Công", "Bộ", "Cục",
        "Chi", "Đài", "Hội", "Đoàn", "Liên", "Tỉnh", "Mặt", "Các", "Bệnh", "Trường", "Viện", "Kho", "Ngân", "Thanh", "Báo",
        "BHXH", "HĐND", "MTTQ", "Huyện", "Thành", "Quận", "Xã", "Cơ", "Đơn"].map { Case.upperUTF8($0) })

    /// Whether a text ends as a sentence or a lead-in does (`.`, `;`, `:`), as no header cell does.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.utf8.last else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":")
    }

    enum RoleHeader: Equatable { case undecided, none, width(Int) }

    /// The header scan over the cells read so far; `complete` when no more cells follow.
    static func scanRoleHeader(_ cells: [RawCell], complete: Bool) -> RoleHeader {
        guard let first = cells.first, isRoleHeader(first.text) else { return cells.isEmpty && !complete ? .undecided : .none }
        var lastRole = 0
        var roles = 1
        var i = 1
        while i < cells.count, i - lastRole <= 2 {
            let t = cells[i].text
            if isRoleHeader(t) { lastRole = i; roles += 1 } else if t.utf8.count > 60 { break }
            i += 1
        }
        let decided = i < cells.count || complete
        guard decided else { return .undecided }
        let w = lastRole + 1
        return roles >= 2 && w < cells.count ? .width(w) : .none
    }

    /// A short header cell that names a role other than the index, or a column of a table of
    /// figures (`Chỉ tiêu`, `Đơn vị tính`, `Kế hoạch năm 2025`, `Thực hiện 6 tháng`, `Tỷ lệ (%)`).
    static func isRoleHeader(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        if let role = ColumnRoles.role(of: text) { return role != .index }
        return text.utf8.count <= 40 && (figureColumns.opens(text) || unitOrRatio.opens(text)) && !".;:".utf8.contains(text.utf8.last ?? 0)
    }

    /// Columns of a table of figures: what is counted and when.
    private static let figureColumns = PrefixSet(["Chỉ tiêu", "CHỈ TIÊU", "Kế hoạch", "KẾ HOẠCH", "Thực hiện", "THỰC HIỆN",
                                                  "Ước thực hiện", "ƯỚC THỰC HIỆN", "So sánh", "SO SÁNH"])
    /// A unit or a ratio: a column of its own, never over two (see `mergeTwoLevelHeader`).
    private static let unitOrRatio = PrefixSet(["Tỷ lệ", "TỶ LỆ", "Đơn vị tính", "ĐƠN VỊ TÍNH", "ĐVT"])

    /// The header's width where the `w` cells before the first index hold the header and, under it,
    /// its column numbers in brackets (`STT | Nội dung | … | (1) | (2) | …`): half of them.
    static func headerOverBracketedNumbers(_ cells: [RawCell], before w: Int) -> Int? {
        guard w >= 6, w % 2 == 0, cells[w / 2].text == "(1)" else { return nil }
        return isColumnNumberRow(cells[(w / 2)..<w].map(\.text), width: w / 2) ? w / 2 : nil
    }

    /// `1 | 2 | 3 …` or `(1) | (2) | (3) …`, one number per column, at least three columns.
    static func isColumnNumberRow(_ texts: [String], width: Int) -> Bool {
        guard width >= 3, texts.count == width else { return false }
        for (k, t) in texts.enumerated() {
            let bare = t.startsWith("(") && t.endsWith(")") ? String(t.dropFirst().dropLast()) : t
            guard bare == String(k + 1) else { return false }
        }
        return true
    }

    /// Rows a text form wrote without the cells spanning down onto them from a row above (html2text
    /// and markdownify leave out a page's `rowspan` below its first row: `| 2 | Nâng cấp … | Sở … |`
    /// under `| 1 | Hạ tầng số | Phủ sóng … | Sở … |`): a data row one or two cells short, under a
    /// data row of the full width, takes each missing cell from the row above, at the columns where
    /// its own cells then stand under cells of their kind above (an index, a figure, a date or time,
    /// words, nothing) and under the same text where they repeat it, the leftmost where several do,
    /// never the index's or the task's (each row has its own); noted (P03). A row whose cells stand
    /// so under fewer than all of the row above's but one is left as it is (P01).
    static func fillDroppedRowSpans(_ body: inout [ArraySlice<RawCell>], groupRows: Set<Int>, headers: [String], diagnostics: inout [Diagnostic]) {
        let width = headers.count
        guard width >= 3 else { return }
        // Each row has its own index and its own task: those cells span no rows.
        let spannable = (1..<width).filter { c in ColumnRoles.role(of: headers[c]).map { $0 != .index && $0 != .task } ?? true }
        for k in body.indices.dropFirst() where !groupRows.contains(k) && !groupRows.contains(k - 1) {
            let (row, above) = (Array(body[k]), Array(body[k - 1]))
            let missing = width - row.count
            guard missing == 1 || missing == 2, row.count >= 2, above.count == width,
                  !row[0].text.isEmpty, isIndexValue(row[0].text), !above[0].text.isEmpty, isIndexValue(above[0].text) else { continue }
            let kinds = above.map { cellKind($0.text) }
            var best: (score: Int, agree: Int, at: [Int])?
            for at in combinations(of: spannable, choose: missing) {
                // A cell of the row's own the same as the one above it (`Y tế` under `Y tế`) weighs
                // too: that span ended there.
                var agree = 0, same = 0, next = 0
                for c in 0..<width where !at.contains(c) {
                    if cellKind(row[next].text) == kinds[c] { agree += 1 }
                    if c > 0, !row[next].text.isEmpty, row[next].text == above[c].text { same += 1 }
                    next += 1
                }
                if best.map({ agree + same > $0.score }) ?? true { best = (agree + same, agree, at) }
            }
            guard let b = best, b.agree >= row.count - 1 else { continue }
            var filled: [RawCell] = []
            var next = 0
            for c in 0..<width {
                if b.at.contains(c) { filled.append(above[c]) } else { filled.append(row[next]); next += 1 }
            }
            body[k] = filled[...]
            diagnostics.append(Diagnostic(rule: "P03", severity: .info,
                message: "a row short of \(missing == 1 ? "a cell" : "two cells") was read with \(b.at.map { "‘\(headers[$0])’" }.joined(separator: " and ")) of the row above (a cell spanning rows)",
                line: row[0].line))
        }
    }

    /// What a cell holds, as `fillDroppedRowSpans` matches cells to the row above's.
    private static func cellKind(_ text: String) -> Int {
        if text.isEmpty { return 0 }
        // A date or a time first: a year's digits are no index.
        if text.utf8.count <= 40, TimelineParser.parse(text)?.from != nil { return 3 }
        if isIndexValue(text) { return 1 }
        if amount(text) != nil { return 2 }
        return 4
    }

    /// The columns of a two-level header that a text form wrote as two rows without saying so
    /// (inline-pipe rows, Markdown), and how many rows it takes: the second row names the columns
    /// under the spanning cells of the first. The spans are filled in (a cell repeated over its
    /// columns and down its rows, as the page's reader gives pandoc's raw HTML table), or stand as
    /// empty cells after each spanning cell (`Kinh phí |  |  |`), the second row's names either in
    /// place under them (`|  | Tổng | Ngân sách trung ương | …`) or one after another (markdownify,
    /// markitdown's writer); or the spans are dropped and the second row holds the names alone
    /// (html2text: `Thời gian thực hiện` over `Bắt đầu | Hoàn thành`), read then as a pipe-text's
    /// header is (`mergeTwoLevelHeader`). Empty rows before it (markdownify's header of a table
    /// without one) are the header's too. The first
    /// row opens with the index's header and the rows after the second are data, the first of them
    /// opening with an index, most of them as wide as the header; nil for any other table.
    static func unmarkedTwoLevelHeader(_ all: [[RawCell]]) -> (columns: [String], rows: Int)? {
        let empty = all.prefix { $0.allSatisfy { $0.text.isEmpty } }.count
        let rows = all.dropFirst(empty)
        guard rows.count >= 3, let index = rows.first?.first, TableAssembler.isIndexHeader(index.text) else { return nil }
        let data = rows.dropFirst(2)
        guard let opening = data.first?.first?.text, isRowStart(opening) else { return nil }
        // The rows' width: most rows' (a row's empty cells at its end may be left out).
        var counts: [Int: Int] = [:]
        for r in data { counts[r.count, default: 0] += 1 }
        guard let (width, rowsOfWidth) = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }),
              rowsOfWidth * 3 >= data.count * 2 || data.allSatisfy({ $0.count <= width }) && rowsOfWidth * 2 >= data.count else { return nil }
        let top = rows[rows.startIndex].map { $0.text.replacingAll("\n", with: " ") }
        let under = rows[rows.startIndex + 1].map { $0.text.replacingAll("\n", with: " ") }
        // Filled in, as a reader of the table's spans writes it (pandoc's raw HTML table, read by the
        // page's reader): a cell spanning columns repeated across the first row, one spanning both
        // rows repeated down, each column named by its cells in the two rows.
        if top.count == width, under.count == width {
            var spansSplit = false, spansDown = false
            for c in 0..<width where !top[c].isEmpty {
                if c > 0, top[c] == top[c - 1], under[c] != under[c - 1] { spansSplit = true }
                if under[c] == top[c] { spansDown = true }
            }
            // The second row's own names (not a cell spanning both rows) name columns.
            if spansSplit && spansDown, (0..<width).allSatisfy({ under[$0] == top[$0] || isColumnName(under[$0]) }) {
                let columns: [String] = (0..<width).map { c in top[c] == under[c] || under[c].isEmpty ? top[c] : top[c] + " / " + under[c] }
                return (columns, empty + 2)
            }
        }
        let named = under.filter { !$0.isEmpty }
        // The second row names columns, two at least.
        guard named.count >= 2, top.count <= width, named.allSatisfy(isColumnName) else { return nil }
        let padded = top + Array(repeating: "", count: width - top.count)
        // Each first-row cell and the empty cells after it, which its span covers.
        var spans: [Range<Int>] = []
        for c in 0..<width where c == 0 || !padded[c].isEmpty { spans.append(c..<c + 1) }
        for k in spans.indices { spans[k] = spans[k].lowerBound..<(k + 1 < spans.count ? spans[k + 1].lowerBound : width) }
        guard padded[0] == top[0] else { return nil }
        let names = under.prefix { !$0.isEmpty }
        var merged: [String] = []
        if under.count == width, under[0].isEmpty {
            // In place: each named cell under the first-row cell whose span covers it; a cell over
            // both rows has none.
            for span in spans {
                if span.count == 1 {
                    merged.append(under[span.lowerBound].isEmpty ? padded[span.lowerBound] : padded[span.lowerBound] + " / " + under[span.lowerBound])
                    continue
                }
                guard span.allSatisfy({ !under[$0].isEmpty }) else { return nil }
                merged += span.map { padded[span.lowerBound] + " / " + under[$0] }
            }
            guard spans.contains(where: { $0.count > 1 }) else { return nil }
        } else if top.dropFirst().contains(where: \.isEmpty), names.count == named.count,
                  names.count == spans.filter({ $0.count > 1 }).reduce(0, { $0 + $1.count }) {
            // One after another: the names fill the spans in turn.
            var next = 0
            for span in spans {
                if span.count == 1 { merged.append(padded[span.lowerBound]); continue }
                for _ in span { merged.append(padded[span.lowerBound] + " / " + names[next]); next += 1 }
            }
        } else {
            // Alone: the second row's cells (but empty ones its reader added at its end) are the
            // spans' names; the first row's are a column each but the spanning ones.
            guard !top.contains(where: \.isEmpty), names.count == named.count, names.count < width, top.count < width,
                  top.count + names.count > width else { return nil }
            let figures = data.filter { $0.count == width }.map { $0.map(\.text) }
            merged = mergeTwoLevelHeader(top + names, width: width, rows: figures)
        }
        return merged.count == width ? (merged, empty + 2) : nil
    }

    /// A second header row's cell that can name a column: not an index, a figure or a sentence.
    private static func isColumnName(_ text: String) -> Bool {
        !isIndexValue(text) && amount(text) == nil && text.utf8.count <= 60 && !text.hasSuffix(".")
    }

    /// A two-level header's cells in reading order, row by row: the first row's cells, one of them
    /// over two columns or more for each column the header has over `width`, then the second row's,
    /// left to right under the spanning cells. Which cells span, and how many of the second row stand
    /// under each, is the reading that the words and the data rows (`rows`, `width` cells each) agree
    /// with best:
    /// - a total's column opens its group (`Kinh phí` over `Tổng | Ngân sách trung ương | Ngân sách
    ///   địa phương`), and one where the rows meet is taken to open the second row;
    /// - a total whose figures are the sums of the columns after it in its group confirms that group
    ///   (`8.000 | 7.000 | 1.000`); one whose figures are not refutes it;
    /// - the cells under one spanning cell name one role at most (`Chủ trì | Phối hợp`: who carries it
    ///   out), the spanning cell's own where it names one (`Kinh phí` over budgets, not `Thời gian`);
    /// - groups that repeat one another's names (`Kế hoạch | Thực hiện` under each year) are each
    ///   under a cell of their own, and a total seldom spans (`Tổng cộng` after the years);
    /// - a column named for itself (`Tỷ lệ (%)`, `Ghi chú`, `Đơn vị tính`, the index) neither spans
    ///   nor stands under another.
    /// Where nothing tells, each spans two and the spanning cells are the first row's last ones:
    /// `STT | Chỉ tiêu | Năm 2025 | Tỷ lệ (%) | Kế hoạch | Thực hiện` → `Năm 2025 / Kế hoạch`,
    /// `Năm 2025 / Thực hiện`, then `Tỷ lệ (%)`.
    static func mergeTwoLevelHeader(_ cells: [String], width: Int, rows: [[String]] = []) -> [String] {
        let spans = cells.count - width
        guard spans >= 1, width - spans >= 1 else { return cells }
        let leaf = cells.map(isLeafHeader)
        let total = cells.map(isTotalLabel)
        // Who carries a task out, whether leading or taking part, is one role here.
        let family = cells.map { ColumnRoles.role(of: $0).map { $0 == .partners ? .lead : $0 } }
        var best: (score: Int, firstRow: Int, spanning: [Int], groups: [Int])?
        // Headers are a few cells; a header so wide that its readings are too many to weigh is read evenly.
        let readings = stride(from: width - spans, through: spans, by: -1).reduce(0) { sum, firstRow in
            sum + binomial(cells.count - firstRow - spans - 1, spans - 1) * binomial(firstRow, spans)
        }
        guard readings <= 20_000 else { return evenSpans(cells, width: width, leaf: leaf) }
        // The first row's length: each spanning cell over two first, then fewer first-row cells, more under them.
        for firstRow in stride(from: width - spans, through: spans, by: -1) {
            // A column named for itself stands in the first row, and so does every cell before it.
            if leaf[firstRow] { break }
            let nonLeaf = (0..<firstRow).filter { !leaf[$0] }
            let candidates = nonLeaf.count >= spans ? nonLeaf : Array(0..<firstRow)
            for groups in partitions(of: cells.count - firstRow, into: spans) {
                var opening = Set<Int>(), at = firstRow
                for g in groups { opening.insert(at); at += g }
                guard (firstRow..<cells.count).allSatisfy({ !total[$0] || opening.contains($0) }) else { continue }
                // Groups that repeat one another's names (`Kế hoạch | Thực hiện` under each year).
                let alike = spans >= 2 && Set(groups).count == 1
                    && opening.allSatisfy { o in (0..<groups[0]).allSatisfy { cells[o + $0] == cells[firstRow + $0] } }
                for spanning in combinations(of: candidates, choose: spans) {
                    var score = (total[firstRow] ? -1 : 0) + (alike ? -2 : 0)
                    var sub = firstRow, column = 0, before = 0
                    for (k, parent) in spanning.enumerated() {
                        column += parent - before
                        // A total stands over its own figures, seldom over a breakdown (`Trong đó` does).
                        if total[parent] { score += 1 }
                        let under = sub..<(sub + groups[k])
                        score += 2 * max(0, Set(under.compactMap { family[$0] }).count - 1)
                        if let own = family[parent] {
                            for f in under.compactMap({ family[$0] }) { score += f == own ? -1 : 2 }
                        }
                        if total[sub] { score += 3 * sums(rows, total: column, parts: (column + 1)..<(column + groups[k])) }
                        column += groups[k]
                        before = parent + 1
                        sub += groups[k]
                    }
                    // Ties: the longer first row, then the later spanning cells (the later subsets come later).
                    if best.map({ score < $0.score || score == $0.score && firstRow == $0.firstRow && groups == $0.groups }) ?? true {
                        best = (score, firstRow, spanning, groups)
                    }
                }
            }
        }
        guard let b = best else { return evenSpans(cells, width: width, leaf: leaf) }
        var merged: [String] = []
        var sub = b.firstRow, k = 0
        for c in 0..<b.firstRow {
            if k < b.spanning.count, b.spanning[k] == c {
                for s in sub..<(sub + b.groups[k]) { merged.append(cells[c] + " / " + cells[s]) }
                sub += b.groups[k]
                k += 1
            } else {
                merged.append(cells[c])
            }
        }
        return merged
    }

    /// Each spanning cell over two, the spanning cells the first row's last ones that are no column of
    /// their own (its last ones whatever they are, if too few are).
    private static func evenSpans(_ cells: [String], width: Int, leaf: [Bool]) -> [String] {
        let extra = cells.count - width
        let firstRow = width - extra
        guard extra >= 1, firstRow >= 1 else { return cells }
        let candidates = (0..<firstRow).filter { !leaf[$0] }
        let spanning = Set(candidates.count >= extra ? Array(candidates.suffix(extra)) : Array((firstRow - extra)..<firstRow))
        var merged: [String] = []
        var sub = firstRow
        for k in 0..<firstRow {
            if spanning.contains(k) {
                merged.append(cells[k] + " / " + cells[sub])
                merged.append(cells[k] + " / " + cells[sub + 1])
                sub += 2
            } else {
                merged.append(cells[k])
            }
        }
        return merged
    }

    /// `n` choose `k`, held at 1,000,000 at most.
    static func binomial(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, n >= k else { return 0 }
        var c = 1
        for i in 0..<min(k, n - k) {
            c = c * (n - i) / (i + 1)
            if c > 1_000_000 { return 1_000_000 }
        }
        return c
    }

    /// The ways to cut `n` cells into `k` runs of two or more, left to right, the shorter first runs first.
    static func partitions(of n: Int, into k: Int) -> [[Int]] {
        guard k >= 1, n >= 2 * k else { return [] }
        if k == 1 { return [[n]] }
        return (2...(n - 2 * (k - 1))).flatMap { first in partitions(of: n - first, into: k - 1).map { [first] + $0 } }
    }

    /// The `k`-element subsets of `items`, each in order, in lexicographic order.
    static func combinations(of items: [Int], choose k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        guard items.count >= k else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(of: rest, choose: k - 1).map { [items[0]] + $0 } + combinations(of: rest, choose: k)
    }

    /// Whether the rows' figures in column `total` are the sums of theirs in `parts`: −1 where more
    /// rows say so than not, 1 where fewer (words in `total` count against), 0 where no row tells.
    static func sums(_ rows: [[String]], total: Int, parts: Range<Int>) -> Int {
        var agree = 0, disagree = 0
        for row in rows where total < parts.lowerBound && parts.upperBound <= row.count {
            // Words where a total should stand say it does not.
            guard let t = amount(row[total]) else { if !row[total].isEmpty { disagree += 1 }; continue }
            var sum = 0.0, figures = 0, words = false
            for c in parts where !row[c].isEmpty {
                if let v = amount(row[c]) { sum += v; figures += 1 } else { words = true }
            }
            guard figures > 0, !words else { continue }
            if abs(t - sum) <= 0.005 * max(1, abs(t)) { agree += 1 } else { disagree += 1 }
        }
        return agree > disagree ? -1 : disagree > agree ? 1 : 0
    }

    /// A figure as plans print it: `12.500` or `12,500` (thousands), `1.250,5` or `7,5` (a decimal
    /// comma), `1,250.5`; nil for anything else.
    static func amount(_ text: String) -> Double? {
        let b = Array(text.utf8)
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        guard let first = b.first, let last = b.last, Bytes.isDigit(last), Bytes.isDigit(first) || first == UInt8(ascii: "-"),
              b.dropFirst().allSatisfy({ Bytes.isDigit($0) || $0 == dot || $0 == comma }) else { return nil }
        // The decimal mark: the later of the two where both stand; the one mark where it stands once,
        // not before three digits; none where it stands more than once or before three digits.
        var decimal: UInt8?
        if let d = b.lastIndex(of: dot), let c = b.lastIndex(of: comma) {
            decimal = d > c ? dot : comma
        } else if let m = b.firstIndex(where: { $0 == dot || $0 == comma }), b.lastIndex(of: b[m]) == m, b.count - 1 - m != 3 {
            decimal = b[m]
        }
        var plain = ""
        for c in b where c != dot && c != comma || c == decimal {
            plain.append(c == decimal ? "." : Character(Unicode.Scalar(c)))
        }
        return Double(plain)
    }

    /// A header that names one column of its own: the index, a note, a unit, a ratio.
    private static func isLeafHeader(_ text: String) -> Bool {
        let role = ColumnRoles.role(of: text)
        if role == .index || role == .note || role == .task { return true }
        return unitOrRatio.opens(text)
    }

    /// Pipe-text rows: `width` cells each, except a group row (`I | LĨNH VỰC GIAO THÔNG`), printed
    /// as two cells because it spans the width, which is known by what follows it: a new `1`.
    static func segment(_ cells: [RawCell], from start: Int = 0, width: Int) -> ([ArraySlice<RawCell>], Set<Int>) {
        var rows: [ArraySlice<RawCell>] = []
        var groups: Set<Int> = []
        var i = start
        while i < cells.count {
            if let n = groupRowLength(cells, at: i, width: width) {
                groups.insert(rows.count)
                rows.append(cells[i..<(i + n)])
                i += n
                continue
            }
            let row = cells[i..<min(i + width, cells.count)]
            // The same row printed across the width, its other cells empty (`II | CÔNG TÁC … |  |  |`)
            // or holding the figures the group sums up (`A | CÁC DỰ ÁN |  | 12.500 |  |`).
            if row.count == width, width > 2, isGroupIndex(cells[i].text), !cells[i + 1].text.isEmpty, Case.isUpper(cells[i + 1].text),
               isGroupRest(row.dropFirst(2).map(\.text)) {
                groups.insert(rows.count)
            }
            rows.append(row)
            i += width
        }
        return (rows, groups)
    }

    /// A group row starts at cell `i`: its index and title in capitals, then a first index (`1`, `1.1`).
    static func startsGroupRow(_ cells: [RawCell], at i: Int, width: Int) -> Bool {
        width > 2 && i + 2 < cells.count && isGroupIndex(cells[i].text) && Case.isUpper(cells[i + 1].text)
            && isFirstOfGroup(cells[i + 2].text)
    }

    /// The cells of a group row printed short of the width at cell `i`: two (`I | LĨNH VỰC …`), or
    /// one that spans the row with index and title (`I. LĨNH VỰC …`); a first index follows it.
    static func groupRowLength(_ cells: [RawCell], at i: Int, width: Int) -> Int? {
        if startsGroupRow(cells, at: i, width: width) { return 2 }
        if width > 2, i + 1 < cells.count, isGroupTitle(cells[i].text), isFirstOfGroup(cells[i + 1].text) { return 1 }
        return nil
    }

    private static func isFirstOfGroup(_ t: String) -> Bool { TableAssembler.isFirstIndex(t) || t == "1.1" }

    /// A group row's cells after its title: empty, or figures the group sums up (`12.500`, `1.250,5`,
    /// `35%`), a subtotal in a budget's or a target's column.
    static func isGroupRest(_ cells: [String]) -> Bool { cells.allSatisfy(isEmptyOrFigure) }

    private static func isEmptyOrFigure(_ t: String) -> Bool {
        t.isEmpty || t.utf8.contains(where: Bytes.isDigit)
            && t.utf8.allSatisfy { Bytes.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "%") || $0 == Bytes.space }
    }

    /// The first `1` after a group row printed across the row with the figures it sums up
    /// (`A | CÁC DỰ ÁN |  | 12.500 | 10.000 | 2.500 |  | 1 | …`), within a header's width of it.
    static func firstIndexAfterGroupRow(_ cells: [RawCell], at i: Int, width: Int) -> Int? {
        guard i + 2 < cells.count, isGroupIndex(cells[i].text), Case.isUpper(cells[i + 1].text) else { return nil }
        var k = i + 2
        while k < min(cells.count, i + width + 1), !TableAssembler.isFirstIndex(cells[k].text) {
            guard isEmptyOrFigure(cells[k].text) else { return nil }
            k += 1
        }
        return k < cells.count && k > i + 2 && TableAssembler.isFirstIndex(cells[k].text) ? k : nil
    }

    /// How many cells lie between the first index `1` and the next `2`: the data row width.
    static func distanceToSecondIndex(_ cells: [RawCell], from w: Int) -> Int? {
        // Compared as they are (short strings compare by their bits), not hashed: a hashed set
        // normalizes every cell's text to hash it.
        func isSecond(_ t: String) -> Bool { t.utf8.count <= 2 && (t == "2" || t == "2." || t == "02") }
        guard let k = cells.indices.dropFirst(w + 1).first(where: { isSecond(cells[$0].text) }) else { return nil }
        return k - w
    }

    /// `I`, `II.`, `A`, `B.`: the index of a group row.
    static func isGroupIndex(_ t: String) -> Bool {
        // At most a Roman number of eight letters and its stop: told by its length first.
        guard t.utf8.count <= 9 else { return false }
        let s = t.trimmingSuffixDot()
        if Roman.value(s) != nil { return true }
        // One ASCII capital (a letter with a combining mark is one character, but not ASCII).
        return s.utf8.count == 1 && s.utf8.first.map(Bytes.isASCIIUpper) == true
    }

    /// A group's index and its title in capitals in one cell: `II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH`.
    static func isGroupTitle(_ t: String) -> Bool {
        // The index is a capital letter or a Roman number, with its stop: at most five bytes.
        let u = t.utf8
        // After the first capital: a stop, a space or a Roman digit (`Sở …`, `UBND …` end here).
        var bytes = u.makeIterator()
        guard let f = bytes.next(), f >= UInt8(ascii: "A"), f <= UInt8(ascii: "X"), let second = bytes.next(),
              second == UInt8(ascii: ".") || second == 0x20 || second == UInt8(ascii: "I") || second == UInt8(ascii: "V")
                || second == UInt8(ascii: "X") || second == UInt8(ascii: "L"),
              let space = u.prefix(6).firstIndex(of: 0x20) else { return false }
        // Told by its bytes first: one capital, or Roman digits only, and a stop.
        var core = u[..<space]
        if core.last == UInt8(ascii: ".") { core = core.dropLast() }
        let roman = core.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "L") }
        guard core.count == 1 || roman, isGroupIndex(String(t[..<space])) else { return false }
        let title = String(t[space...]).trimmed()
        return !title.isEmpty && Case.isUpper(title)
    }

    /// What may open a row: an index value, a group index, a total label.
    static func isRowStart(_ t: String) -> Bool {
        !t.isEmpty && (isIndexValue(t) || isGroupIndex(t) || isTotalLabel(t))
    }

    /// `1`, `12.`, `1.1`, `II`, `a`, `a)`, `*`, or empty: what an index cell holds.
    static func isIndexValue(_ t: String) -> Bool {
        // Digits and dots (`1`, `1.2`, `3)`), the common case, and a long text (a task, a body's name)
        // are decided on the bytes: beyond 17 bytes but brackets and spaces, only digits and dots make
        // an index (two letters and a Roman numeral are shorter).
        if t.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") || $0 == Bytes.space }) { return true }
        if t.utf8.count > 17 {
            var kept = 0, digitsOrDots = true
            for b in t.utf8 where b != UInt8(ascii: ")") && b != Bytes.space {
                kept += 1
                if !Bytes.isDigit(b) && b != UInt8(ascii: ".") { digitsOrDots = false }
            }
            if kept > 17, !digitsOrDots { return false }
        }
        let s = t.trimmingSuffixDot().filter { $0 != ")" && $0 != " " }
        if s.isEmpty || s == "*" || s == "-" { return true }
        if s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { return true }
        if Roman.value(s) != nil { return true }
        return s.count <= 2 && s.allSatisfy(\.isLetter)
    }

    /// `Tổng`, `Tổng cộng`, `Tổng số …`, `Tổng: 3 dự án`, `Cộng`: a total; not `Tổng hợp …` (to
    /// compile) or `Tổng kết …` (to review), which are tasks.
    static func isTotalLabel(_ t: String) -> Bool {
        // Only these first letters can open a total label.
        guard let f = t.utf8.first, f == UInt8(ascii: "T") || f == UInt8(ascii: "t") || f == UInt8(ascii: "C") || f == UInt8(ascii: "c") else { return false }
        let key = Case.upperUTF8(String(decoding: t.utf8.prefix(24), as: UTF8.self))
        if Bytes.hasPrefix(key, 0, key.count, cong) { return key.count == cong.count || key[cong.count] == UInt8(ascii: ":") }
        guard Bytes.hasPrefix(key, 0, key.count, tong) else { return false }
        let rest = tong.count
        if rest == key.count || key[rest] == UInt8(ascii: ":") || key[rest] == UInt8(ascii: "(") { return true }
        return totalWords.contains { Bytes.hasPrefix(key, rest, key.count, $0) }
    }

    private static let tong = Array("TỔNG".utf8), cong = Array("CỘNG".utf8)
    private static let totalWords = [" CỘNG", " SỐ", " ĐIỂM", " KINH PHÍ", " (", ":"].map { Array($0.utf8) }
}

/// Column roles from header text, across the spellings real plans use.
enum ColumnRoles {
    static func role(of header: String) -> ColumnRole? {
        // Compared in upper case, byte-wise (the byte-level upper case equals `uppercased()`).
        let k = Case.upperUTF8(header, foldingSpaces: true)
        func has(_ p: [UInt8]) -> Bool { Bytes.find(k, p) != nil }
        func starts(_ p: [UInt8]) -> Bool { Bytes.hasPrefix(k, 0, k.count, p) }
        if index.contains(k) { return .index }
        // The one who carries it out: `… chủ trì`, `… phụ trách`, `Đơn vị/Cơ quan thực hiện` (not
        // `Thời gian thực hiện`: the timeline is its own role).
        if has(chuTri) || has(phuTrach) || lead.contains(where: starts) { return .lead }
        if has(phoiHop) { return .partners }
        if has(pheDuyet) || starts(capTrinh) || starts(capBanHanh) { return .approval }
        if has(thoiGian) || has(tienDo) || starts(thoiHan) || starts(loTrinh) { return .timeline }
        if has(nguonVon) || has(kinhPhi) || has(mucDauTu) || has(vonDauTu) || has(keHoachVon) || starts(duToan) || has(nganSach) { return .funding }
        if starts(sanPham) || starts(ketQua) || has(hinhThuc) || output.contains(where: starts) { return .output }
        if starts(ghiChu) { return .note }
        if task.contains(where: starts) { return .task }
        return nil
    }

    private static func key(_ s: String) -> [UInt8] { Array(s.utf8) }
    private static let index = ["TT", "STT", "SỐ TT", "SỐ THỨ TỰ", "TT.", "STT."].map(key)
    private static let lead = ["ĐƠN VỊ THỰC HIỆN", "CƠ QUAN THỰC HIỆN", "ĐƠN VỊ TỔ CHỨC THỰC HIỆN", "CHỦ ĐẦU TƯ", "NGƯỜI THỰC HIỆN",
                               "BỘ PHẬN THỰC HIỆN", "CƠ QUAN THAM MƯU", "ĐƠN VỊ THAM MƯU", "CƠ QUAN ĐẦU MỐI", "ĐƠN VỊ ĐẦU MỐI"].map(key)
    private static let chuTri = key("CHỦ TRÌ"), phuTrach = key("PHỤ TRÁCH"), phoiHop = key("PHỐI HỢP"), pheDuyet = key("PHÊ DUYỆT"), capTrinh = key("CẤP TRÌNH")
    private static let thoiGian = key("THỜI GIAN"), tienDo = key("TIẾN ĐỘ"), thoiHan = key("THỜI HẠN"), loTrinh = key("LỘ TRÌNH")
    private static let capBanHanh = key("CẤP BAN HÀNH")
    /// What a task is to produce, named by what is expected of it or its form.
    private static let output = ["DỰ KIẾN SẢN PHẨM", "DỰ KIẾN KẾT QUẢ", "HÌNH THỨC SẢN PHẨM"].map(key)
    private static let nguonVon = key("NGUỒN VỐN"), kinhPhi = key("KINH PHÍ"), mucDauTu = key("MỨC ĐẦU TƯ"), vonDauTu = key("VỐN ĐẦU TƯ")
    private static let keHoachVon = key("KẾ HOẠCH VỐN"), duToan = key("DỰ TOÁN"), nganSach = key("NGÂN SÁCH")
    private static let sanPham = key("SẢN PHẨM"), ketQua = key("KẾT QUẢ"), hinhThuc = key("HÌNH THỨC VĂN BẢN"), ghiChu = key("GHI CHÚ")
    private static let task = ["NỘI DUNG", "NHIỆM VỤ", "TÊN NHIỆM VỤ", "TÊN ĐỀ ÁN", "TÊN DỰ ÁN", "TÊN CÔNG TRÌNH", "CÔNG VIỆC"].map(key)
}

extension String {
    func trimmingSuffixDot() -> String { hasSuffix(".") ? String(dropLast()) : self }

    /// Splits on a separator, byte-wise.
    func components(separatedByBytes sep: String) -> [String] {
        guard !sep.isEmpty else { return [self] }
        // Where each separator starts, found in one pass (not by copying what is left each time).
        var text = self, needle = sep
        let starts: [Int] = text.withUTF8 { h in
            needle.withUTF8 { n in
                var found: [Int] = []
                var from = 0
                while let k = Bytes.search(UnsafeBufferPointer(rebasing: h[from...]), n) {
                    found.append(from + k)
                    from += k + n.count
                }
                return found
            }
        }
        var out: [String] = []
        out.reserveCapacity(starts.count + 1)
        var start = utf8.startIndex
        for offset in starts {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            out.append(String(self[start..<end]))
            start = utf8.index(end, offsetBy: sep.utf8.count)
        }
        out.append(String(self[start...]))
        return out
    }
}
