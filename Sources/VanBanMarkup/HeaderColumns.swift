/// The columns a table's header names, where its cells lie over a finer grid than that: a page or a
/// Word file converted from a table drawn by hand may put a row's cells over other grid columns than
/// the header's (QĐ 42's criteria: `Nhóm 1 | Nhóm 2 | Nhóm 3` over one, five and three grid columns,
/// a row's three figures over two, six and one). Read by the grid, each header cell repeats over its
/// grid columns and a row's figures stand under the wrong group.
enum HeaderColumns {
    /// `rows` (one width; `slots` names the cell covering each slot, a cell spanning slots one name)
    /// with one column for each cell of the header's lowest row. A row's cells read in order where
    /// there are as many as columns and each meets its column's grid columns; otherwise each column
    /// takes the row's cell that covers most of its grid columns (the leftmost of equals). Rows are
    /// returned as they are where each header cell covers one grid column.
    static func reading<Cell>(_ rows: [[Cell]], slots: [[Int]], headerRows: Int) -> [[Cell]] {
        guard headerRows >= 1, rows.count > headerRows, let width = rows.first?.count, width > 1,
              rows.allSatisfy({ $0.count == width }), slots.count == rows.count, slots.allSatisfy({ $0.count == width }) else { return rows }
        let columns = runs(slots[headerRows - 1])
        guard columns.count < width else { return rows }
        return rows.indices.map { r in
            let own = runs(slots[r])
            if own.count == columns.count, zip(own, columns).allSatisfy({ $0.overlaps($1) }) {
                return own.map { rows[r][$0.lowerBound] }
            }
            return columns.map { column in
                let best = own.max { a, b in overlap(a, column) < overlap(b, column) || overlap(a, column) == overlap(b, column) && a.lowerBound > b.lowerBound }
                return rows[r][best?.lowerBound ?? column.lowerBound]
            }
        }
    }

    /// Each run of slots the same cell covers.
    static func runs(_ row: [Int]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for c in 1...row.count where c == row.count || row[c] != row[c - 1] {
            out.append(start..<c)
            start = c
        }
        return out
    }

    private static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }
}
