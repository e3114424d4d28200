import VanBanModel
/// Turns pipe-text segments into paragraphs and tables: decides where each table starts and ends,
/// which the `|` lines alone do not say (only cell ends are marked).
struct TableAssembler {
    let bytes: [UInt8]
    let joiner: WrapJoiner
    private(set) var blocks: [Block] = []
    private var cells: [RawCell] = []
    private var tableOpen = false
    private var sawTable = false
    /// Columns of a data table, known once the index sequence starts (`TT` … `1`) or the column names end.
    private var dataWidth: Int?
    /// The table opens with a data header: an index cell (`TT`), or column names read to their end.
    private var dataHeader = false
    /// A table that opens with a column name (no index column) whose header is not read yet.
    private var roleHeaderOpen = false
    /// The width up to the last column name, while the rows that may widen the header arrive.
    private var provisionalRoleWidth: Int?
    /// A group row's index (`I`, `A.`) was among the data cells: the cell count no longer tells a row's end.
    private var sawGroupIndex = false
    /// Cells per data row, where a two-level header (`Năm 2025` over `Kế hoạch | Thực hiện`) has
    /// more cells than a row: the distance from the index `1` to the `2`. Nil until known.
    private var rowWidth: Int?

    init(bytes: [UInt8], joiner: WrapJoiner) {
        self.bytes = bytes
        self.joiner = joiner
    }

    mutating func add(_ segment: PipeTextTokenizer.Segment, isLast: Bool) {
        if segment.closed {
            if !tableOpen {
                startTable(segment)
            } else if endsTable(segment) {
                closeTable(cutShort: false)
                startTable(segment)
            } else {
                appendCell(segment.lines[...], closingLine: segment.endLine)
            }
            return
        }
        // Text after the last "|": outside the table, unless the input stops inside a row.
        if tableOpen {
            settleRoleWidth()
            if dataWidth != nil, lastRowIsShort(), !endsTable(segment) {
                appendCell(segment.lines[...], closingLine: segment.endLine)
                closeTable(cutShort: true)
                return
            }
            closeTable(cutShort: false)
        }
        emitParagraphs(segment.lines[...])
    }

    mutating func finish() -> [Block] {
        // A data table that ends the input with its last row short of cells was cut off.
        settleRoleWidth()
        if tableOpen { closeTable(cutShort: dataWidth != nil && lastRowIsShort()) }
        return blocks
    }

    /// The open table's last row lacks cells, as a row does where the input stops inside it. A
    /// group row (`I | TẬP THỂ`, spanning the width) is two cells, and complete.
    /// Rows are walked as `TableBuilder.segment` cuts them, without building them.
    private func lastRowIsShort() -> Bool {
        guard let header = dataWidth else { return false }
        guard cells.count > header else { return cells.count < header }
        let width = rowWidth ?? header
        var i = header
        while i < cells.count {
            if let n = TableBuilder.groupRowLength(cells, at: i, width: width) {
                i += n
                continue
            }
            if i + width > cells.count { return true }
            i += width
        }
        return false
    }

    // MARK: - Table boundaries

    private mutating func startTable(_ segment: PipeTextTokenizer.Segment) {
        let split = segment.lines.startIndex + firstCellStart(Array(segment.lines))
        emitParagraphs(segment.lines[..<split])
        cells = []
        dataWidth = nil
        dataHeader = false
        roleHeaderOpen = false
        provisionalRoleWidth = nil
        sawGroupIndex = false
        rowWidth = nil
        tableOpen = true
        appendCell(segment.lines[split...], closingLine: segment.endLine)
        if let first = cells.first {
            if Self.isIndexHeader(first.text) { dataHeader = true } else if TableBuilder.isRoleHeader(first.text) { roleHeaderOpen = true }
        }
    }

    private mutating func appendCell(_ lines: ArraySlice<WrapJoiner.Line>, closingLine: Int) {
        let paragraphs = joiner.paragraphs(lines)
        // Printed lines matter for layout cells (header, signature); a data table's cells need only
        // their paragraphs, which keep where each line began (`breaks`).
        let printed = lines.count == 1 || dataHeader ? paragraphs : lines.map { TextBlock(text: text($0), line: $0.number, column: $0.column) }
        let cell = RawCell(lines: printed, paragraphs: paragraphs, line: lines.first?.number ?? closingLine)
        cells.append(cell)
        if dataHeader, let w = dataWidth, rowWidth == nil, cells.count - 1 > w, provisionalRoleWidth == nil, Self.isIndexHeader(cells[0].text) {
            // The index `2` narrower than the header (as the builder reads a two-level header), or
            // a first row as wide as the header; counted from the `1` after a group row that
            // carries its figures across the row.
            let first = TableBuilder.firstIndexAfterGroupRow(cells, at: w, width: w) ?? w
            let d = cells.count - 1 - first
            if d >= w {
                rowWidth = w
            } else if d >= 2, w - d <= d / 2, Self.isSecondIndex(cell.text), ["1", "1.", "01"].contains(cells[first].text) {
                rowWidth = d
            }
        }
        if dataHeader, dataWidth == nil, cells.count > 1, Self.isFirstIndex(cell.text) {
            // The header's column numbers in brackets, if any, are a row of its width (as the builder reads them).
            dataWidth = TableBuilder.headerOverBracketedNumbers(cells, before: cells.count - 1) ?? cells.count - 1
            // A leading group row in one cell (`I. LĨNH VỰC …`) is no header cell.
            if cells.count >= 4, TableBuilder.isGroupTitle(cells[cells.count - 2].text) {
                dataWidth = cells.count - 2
                sawGroupIndex = true
            }
        } else if roleHeaderOpen {
            // Without an index column, the header ends where the column names do (as the builder reads it).
            switch TableBuilder.scanRoleHeader(cells, complete: false) {
            case .undecided: break
            case .none: roleHeaderOpen = false
            case .width(let w): dataWidth = w; roleHeaderOpen = false; dataHeader = true; provisionalRoleWidth = w
            }
        } else if let w = provisionalRoleWidth,
                  cells.count >= w + TableBuilder.trailingHeaderCells + (TableBuilder.alignmentRows + 1) * (w + TableBuilder.trailingHeaderCells) {
            settleRoleWidth()
        }
        if dataWidth != nil, !sawGroupIndex, cell.text.utf8.count <= 6 ? TableBuilder.isGroupIndex(cell.text) : TableBuilder.isGroupTitle(cell.text) {
            sawGroupIndex = true
        }
    }

    /// Fixes the width of a table without an index column as the builder will read it, once the rows
    /// that decide it are in (or the table ends).
    private mutating func settleRoleWidth() {
        guard let w = provisionalRoleWidth else { return }
        dataWidth = TableBuilder.alignedWidth(cells, base: w)
        provisionalRoleWidth = nil
    }

    private mutating func closeTable(cutShort: Bool) {
        guard tableOpen else { return }
        blocks.append(.table(RawTable(rows: [cells], rowsMarked: false, line: cells.first?.line ?? 1, cutShort: cutShort)))
        cells = []
        tableOpen = false
        sawTable = true
        dataWidth = nil
        rowWidth = nil
        dataHeader = false
        roleHeaderOpen = false
        provisionalRoleWidth = nil
    }

    private mutating func emitParagraphs(_ lines: ArraySlice<WrapJoiner.Line>) {
        joiner.eachParagraph(lines) { blocks.append(.paragraph($0)) }
    }

    /// Whether a closed segment is not the next cell but text after the table (and the first cell of another).
    private func endsTable(_ segment: PipeTextTokenizer.Segment) -> Bool {
        guard let first = segment.lines.first else { return false }
        // Appendix labels and type lines are short: no string for a long first line.
        // Their first bytes are tested before a string is made (most cells are short).
        let f = first.end > first.start ? bytes[first.start] : 0
        let mayType = segment.lines.count > 2 && (DocumentTypes.mayStartTypeLine(f) || DocumentTypes.mayStartAttached(f))
        if first.end - first.start <= 40, f | 0x20 == UInt8(ascii: "p") || mayType {
            let firstText = text(first)
            if AppendixLabel.parse(firstText) != nil { return true }
            // A type line in sentence case too (`Kế hoạch`, a slip T01 reports): the body follows it.
            // So does an attached document's (`DANH SÁCH` over its title and note, after a signature).
            if mayType, DocumentTypes.kind(ofTypeLine: firstText) != nil
                || DocumentTypes.isAttached(firstText) { return true }
        }
        if opensRecipients(first) || Bytes.hasPrefix(bytes, first.start, first.end, Self.kinhGui) { return true }
        if let w = dataWidth {
            // A second table: its `TT` header cell closes a segment that starts with other text.
            if endsOnIndexHeader(segment) { return true }
            // At a row's end, an article, chapter or part (`Điều 2. …` after the table in Điều 1), the
            // recipients' list, the content's end (`…./.`) or a section over sentences (`II. KHÓ KHĂN,
            // HẠN CHẾ` / `Địa bàn rộng, giao …`) is the document going on, not the next row. (A group's
            // title in one cell, `II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH` or `A. …`, is capitals throughout.)
            // The row's end is tested last: it walks the table's cells.
            // (Without group rows, the cell count tells a row's end at once.)
            guard (cells.count - w) % (rowWidth ?? w) == 0 || sawGroupIndex else { return false }
            return documentGoesOn(segment) && !lastRowIsShort()
        }
        if dataHeader || roleHeaderOpen { return false }
        if segment.lines.count > 20 { return true }
        // A data table's `TT` cell after a layout table's cells (a table sent after the signature).
        if endsOnIndexHeader(segment) { return true }
        // A list or table sent with the document: a title in capitals over its `(Kèm theo …)` note.
        if Case.isUpper(bytes, first.start, first.end), segment.lines.dropFirst().prefix(3).contains(where: { AppendixLabel.isNote(text($0)) }) { return true }
        if Opener.startsAny(bytes, first.start, first.end) { return true }
        if let m = Markers.match(bytes, first.start, first.end) {
            return [.part, .chapter, .section, .article, .clause].contains(m.kind)
        }
        // A layout table's cell holds no heading: a section, chapter or article further down means
        // the body has begun (a header whose type line is missing or unknown, over its title); so do
        // two numbered clauses, or the content's end (`…./.`).
        var clauses = 0
        return segment.lines.dropFirst().contains { line in
            if Bytes.hasSuffix(bytes, line.start, line.end, Self.contentEnd) { return true }
            guard let m = Markers.match(bytes, line.start, line.end) else { return false }
            if m.kind == .clause { clauses += 1 }
            return [.part, .chapter, .section, .article].contains(m.kind) || clauses >= 2
        }
    }

    /// The segment's last line is a table's `TT` cell, after other text. (The length is tested
    /// before a string is made: most cells of a data table run over several lines.)
    private func endsOnIndexHeader(_ segment: PipeTextTokenizer.Segment) -> Bool {
        guard segment.lines.count >= 2, let last = segment.lines.last, last.end - last.start <= 16 else { return false }
        return Self.isIndexHeader(text(last))
    }

    /// What only the document's own text holds, never a data cell at a row's start.
    private func documentGoesOn(_ segment: PipeTextTokenizer.Segment) -> Bool {
        guard let first = segment.lines.first else { return false }
        let marker = Markers.match(bytes, first.start, first.end)
        let lettered = marker.map { $0.kind == .part && $0.labelRange.count == 1 } ?? false
        if let m = marker, !lettered, [.part, .chapter, .article].contains(m.kind) { return true }
        if segment.lines.contains(where: { opensRecipients($0) || Bytes.hasSuffix(bytes, $0.start, $0.end, Self.contentEnd) }) {
            return true
        }
        if segment.lines.count >= 3, let m = marker, m.kind == .section || lettered, segment.lines.dropFirst().contains(where: opensClauseOrSentence) {
            return true
        }
        // A section's heading in capitals further down, over its clauses or sentences (`Nhìn chung, …`
        // / `II. NHIỆM VỤ …` / `1. Tập trung …`): no cell holds the document's next section.
        if segment.lines.count >= 3, let k = segment.lines.indices.dropFirst().first(where: { k in
            let line = segment.lines[k]
            guard let m = Markers.match(bytes, line.start, line.end), m.kind == .section, m.contentStart < line.end else { return false }
            return Case.isUpper(bytes, m.contentStart, line.end)
        }), segment.lines[(k + 1)...].contains(where: opensClauseOrSentence) {
            return true
        }
        // A long run of text with a heading inside it.
        return segment.lines.count > 8 && segment.lines.dropFirst().contains { line in
            guard let m = Markers.match(bytes, line.start, line.end) else { return false }
            return [.part, .chapter, .section, .article].contains(m.kind)
        }
    }

    /// A line that opens a clause (`1. …`) or a sentence in sentence case: what a section's heading
    /// stands over.
    private func opensClauseOrSentence(_ line: WrapJoiner.Line) -> Bool {
        Markers.match(bytes, line.start, line.end)?.kind == .clause
            || Case.startsLower(bytes, line.start, line.end) == false && !Case.isUpper(bytes, line.start, line.end)
    }

    /// Where the first cell of a new table begins within the text before its first `|`.
    private func firstCellStart(_ lines: [WrapJoiner.Line]) -> Int {
        if let k = lines.lastIndex(where: { opensRecipients($0) }) { return k }
        if let k = signatureStart(lines) { return k }
        // A data table opens with its index column's name (`TT`, `STT`), a cell of its own: not the
        // end of the upper-case heading above it (`PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH` / `STT`).
        if lines.count > 1, let last = lines.last, last.end - last.start <= 16, Self.isIndexHeader(text(last)) { return lines.count - 1 }
        // A table without an index column opens with a column name (`Nội dung công việc`), not with
        // the end of a sentence that names one (`đúng thời gian, thành phần./.`).
        if let last = lines.last, last.end - last.start <= 60, !WrapJoiner.Terminal.contains(bytes[last.end - 1]),
           Case.startsLower(bytes, last.start, last.end) != true, TableBuilder.isRoleHeader(text(last)) { return lines.count - 1 }
        let atStart = !sawTable && blocks.isEmpty
        // The agency's lines over its rule, up to its first upper-case line, whatever their case
        // (`ỦY BAN NHÂN DÂN` / `Tỉnh Bắc Kạn` / `-------`): H03 judges their case. With no upper-case
        // line above them, they are not told from a site's text, and the cell starts below them.
        var overRule = atStart && lines.last.map(joiner.isRule) == true
        var belowTitled: Int?
        var k = lines.count
        while k > 0 {
            let l = lines[k - 1]
            let upper = Case.isUpper(bytes, l.start, l.end)
            let headerish = joiner.isRule(l) || upper || Bytes.hasPrefix(bytes, l.start, l.end, Self.so)
                || (l.end - l.start <= 60 && HeaderParser.numberValue(text(l)) != nil)  // `Luật số: 05/2025/QH15`
                || (atStart && (Bytes.hasPrefix(bytes, l.start, l.end, Self.vv) || Case.startsLower(bytes, l.start, l.end) == true))
            let titled = !headerish && overRule && l.end - l.start <= 60 && !WrapJoiner.Terminal.contains(bytes[l.end - 1])
            if titled, belowTitled == nil { belowTitled = k }
            if upper { overRule = false }
            if !headerish && !titled { break }
            // A type line or an appendix label is never inside a table's first cell.
            if l.end - l.start <= 40 {
                let t = text(l)
                if AppendixLabel.parse(t) != nil || DocumentTypes.typeLine(t) != nil { break }
            }
            k -= 1
        }
        let start = overRule ? belowTitled ?? k : k
        return atStart ? HeaderParser.titledAgencyStart(above: start) { text(lines[$0]) } ?? start : start
    }

    /// A signature printed without a recipients cell: `TM. …` / position / name at the end of the text.
    private func signatureStart(_ lines: [WrapJoiner.Line]) -> Int? {
        let lower = max(0, lines.count - 6)
        for k in stride(from: lines.count - 1, through: lower, by: -1) {
            let t = text(lines[k])
            if SignatureParser.isAuthorityLine(t) { return k }
        }
        return nil
    }


    /// A line opening with the recipients' label, `Nơi nhận` or `NƠI NHẬN`.
    private func opensRecipients(_ l: WrapJoiner.Line) -> Bool {
        RecipientsLabel.opens(bytes, l.start, l.end)
    }
    private static let kinhGui = Array("Kính gửi".utf8)
    private static let so = Array("Số".utf8)
    private static let vv = Array("V/v".utf8)
    private static let contentEnd = Array("/.".utf8)

    private func text(_ l: WrapJoiner.Line) -> String { joiner.slicer.string(l.start, l.end) }

    static func isIndexHeader(_ text: String) -> Bool {
        // TT, STT, Số TT, Số thứ tự: short, opening with S or T.
        guard text.utf8.count <= 16, let f = text.utf8.first, f == UInt8(ascii: "T") || f == UInt8(ascii: "S") || f == UInt8(ascii: "t") || f == UInt8(ascii: "s") else { return false }
        let key = text.collapsingSpaces.uppercased().replacingAll(".", with: "")
        return ["TT", "STT", "SỐ TT", "SỐ THỨ TỰ", "SỐ\nTT"].contains(key)
    }

    static func isFirstIndex(_ text: String) -> Bool {
        text.utf8.count <= 2 && firstIndices.contains(text)
    }

    static func isSecondIndex(_ text: String) -> Bool {
        text.utf8.count <= 2 && secondIndices.contains(text)
    }

    private static let firstIndices: Set<String> = ["1", "1.", "01", "I", "I.", "A", "A."]
    private static let secondIndices: Set<String> = ["2", "2.", "02"]
}
