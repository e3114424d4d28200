import VanBanModel

/// Turns a tokenizer's `RawTable` into a data `Table`: header row, column roles, rows that fit.
enum TableBuilder {
    /// A data table, or nil for a layout table (no index header row to read columns from).
    static func build(_ raw: RawTable, diagnostics: inout [Diagnostic]) -> Table? {
        let header: [RawCell]
        var body: [[RawCell]]
        var headerTexts: [String]?
        if raw.rowsMarked {
            let n = max(1, raw.headerRows)
            guard raw.rows.count > n, let first = raw.rows.first, first.count >= 2 else { return nil }
            header = first
            // A two-level header: each column's header joins its distinct texts, top down.
            if n > 1 {
                headerTexts = (0..<first.count).map { col in
                    var parts: [String] = []
                    for r in raw.rows.prefix(n) where col < r.count {
                        let t = r[col].text.replacingAll("\n", with: " ")
                        if !t.isEmpty, parts.last != t { parts.append(t) }
                    }
                    return parts.joined(separator: " / ")
                }
            }
            body = Array(raw.rows.dropFirst(n))
        } else {
            let cells = raw.cells
            guard let first = cells.first, TableAssembler.isIndexHeader(first.text),
                  let width = cells.indices.dropFirst().first(where: { TableAssembler.isFirstIndex(cells[$0].text) })
            else { return nil }
            header = Array(cells[..<width])
            body = stride(from: width, to: cells.count, by: width).map { Array(cells[$0..<min($0 + width, cells.count)]) }
        }
        let width = header.count
        let columns = (headerTexts ?? header.map { $0.text.replacingAll("\n", with: " ") }).map { text in
            Column(header: text, role: ColumnRoles.role(of: text.components(separatedByBytes: " / ").last ?? text))
        }
        var rows: [Row] = []
        rows.reserveCapacity(body.count)
        for (k, cells) in body.enumerated() {
            let line = cells.first?.line ?? raw.line
            var texts = cells.map(\.text)
            if texts.count != width {
                let isLast = k == body.count - 1
                let why = raw.cutShort && isLast ? "the input ends inside this row" : "the row does not fit the table's columns"
                diagnostics.append(Diagnostic(rule: "P01", severity: .error,
                    message: "table row has \(texts.count) of \(width) cells: \(why); missing cells are empty", line: line))
                while texts.count < width { texts.append("") }
            }
            rows.append(Row(cells: texts, line: line))
        }
        if raw.cutShort, let last = raw.cells.last {
            diagnostics.append(Diagnostic(rule: "I01", severity: .warning,
                message: "the input stops inside a table; the document looks cut short here", line: last.lines.last?.line ?? last.line))
        }
        return Table(columns: columns, rows: rows, line: raw.line)
    }
}

/// Column roles from header text, across the spellings real plans use.
enum ColumnRoles {
    static func role(of header: String) -> ColumnRole? {
        let k = header.collapsingSpaces.lowercased()
        func has(_ s: String) -> Bool { k.containsBytes(s) }
        if ["tt", "stt", "số tt", "số thứ tự", "tt.", "stt."].contains(k) { return .index }
        if has("chủ trì") { return .lead }
        if has("phối hợp") { return .partners }
        if has("phê duyệt") || k.hasPrefix("cấp trình") { return .approval }
        if has("thời gian") || has("tiến độ") || k.hasPrefix("thời hạn") { return .timeline }
        if has("nguồn vốn") || has("kinh phí") { return .funding }
        if k.hasPrefix("sản phẩm") || k.hasPrefix("kết quả") || has("hình thức văn bản") { return .output }
        if k.hasPrefix("ghi chú") { return .note }
        if k.hasPrefix("nội dung") || k.hasPrefix("nhiệm vụ") || k.hasPrefix("tên nhiệm vụ") || k.hasPrefix("tên đề án") || k.hasPrefix("công việc") { return .task }
        return nil
    }
}

extension String {
    /// Splits on a separator, byte-wise.
    func components(separatedByBytes sep: String) -> [String] {
        guard !sep.isEmpty else { return [self] }
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.firstRange(of: sep) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
