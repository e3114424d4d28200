import VanBanModel
import VanBanSyntax

/// P01–P02: appendix and body tables.
enum TableRules {
    static let p01 = Rule("P01", "table-row", .error,
        "A table row's cells fit the table's columns (reported where the row starts; the row is kept).",
        anchor: "vanban: data integrity") { rule, d, _ in
        d.diagnostics.filter { $0.rule == "P01" }.map { rule.finding($0.message, at: Position(line: $0.line, column: $0.column)) }
    }

    static let p02 = Rule("P02", "table-index", .warning,
        "An index column (`TT`, `STT`) counts 1, 2, 3 … without skips or repeats (restarting after group rows).",
        anchor: "vanban: data integrity") { rule, d, _ in
        var out: [Finding] = []
        for t in d.tables + d.appendices.flatMap(\.tables) {
            guard let col = t.columns.firstIndex(where: { $0.role == .index }) else { continue }
            var expected: Int?
            var previous: Row?
            for r in t.rows {
                if r.kind == .group { expected = nil; previous = nil; continue }
                guard r.kind == .data, let v = Int(r.cells[col].trimmed().trimmingSuffix(".")) else { continue }
                defer { previous = r }
                // A row continuing the one above (a `rowspan` copied into it): same index, same next cell.
                if let p = previous, p.cells[col] == r.cells[col], col + 1 < r.cells.count, p.cells[col + 1] == r.cells[col + 1] { continue }
                if let e = expected, v != e {
                    out.append(rule.finding("index `\(r.cells[col])` \(v < e ? "repeats or goes back" : "skips"): expected \(e)", at: Position(line: r.line)))
                }
                expected = v + 1
            }
        }
        return out
    }
}

extension String {
    func trimmingSuffix(_ s: String) -> String { hasSuffix(s) ? String(dropLast(s.count)) : self }
}
