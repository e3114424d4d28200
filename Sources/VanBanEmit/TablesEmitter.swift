import VanBanModel

/// Appendix and body tables as CSV: one wide file per table, or one tidy (long) file for any number
/// of documents: `document,number,appendix,table,row,column,role,value,kind,group`.
public enum TablesEmitter {
    /// One table with where it stands in its document.
    public struct Located: Sendable {
        public let appendix: String?
        /// 1-based within its appendix (or within the body).
        public let index: Int
        public let table: Table

        public init(appendix: String?, index: Int, table: Table) {
            self.appendix = appendix
            self.index = index
            self.table = table
        }
    }

    public static func tables(of doc: Document) -> [Located] {
        var out: [Located] = []
        for (k, t) in doc.tables.enumerated() { out.append(Located(appendix: nil, index: k + 1, table: t)) }
        for a in doc.appendices {
            for (k, t) in a.tables.enumerated() { out.append(Located(appendix: a.label, index: k + 1, table: t)) }
        }
        return out
    }

    /// The tidy columns: output.md's eight, then the row's kind (`data`, `group`, `total`) and the
    /// label of its group, so that group titles and totals can be told from tasks, and tasks counted
    /// by group, in the tidy file alone.
    public static let longHeader = ["document", "number", "appendix", "table", "row", "column", "role", "value", "kind", "group"]

    /// The table's own headers, then its rows.
    public static func wide(_ t: Table, bom: Bool = false) -> [UInt8] {
        var w = CSVWriter(bom: bom)
        w.record(t.columns.map(\.header))
        for r in t.rows { w.record(r.cells) }
        return w.bytes
    }

    /// The tidy records of one document (no header row; see `longHeader`).
    public static func long(_ doc: Document, into w: inout CSVWriter) {
        let path = doc.source.path, number = doc.header.number ?? ""
        for located in tables(of: doc) {
            let t = located.table
            // The fields a table's cells share, encoded once: the document's, the column's, the row's.
            let table = CSVWriter.encode([path, number, located.appendix ?? "", String(located.index)])
            let columns = t.columns.map { CSVWriter.encode([$0.header, $0.role?.rawValue ?? ""]) }
            for (r, row) in t.rows.enumerated() {
                let kind = CSVWriter.encode([row.kind.rawValue, row.group ?? ""])
                for (c, value) in row.cells.enumerated() {
                    w.fields(table); w.field(r + 1); w.fields(columns[c]); w.field(value); w.fields(kind)
                    w.endRecord()
                }
            }
        }
    }

    /// `202-KH-UBND_PHU-LUC-I_bang-1.csv`: number (or the input's name), appendix, table index.
    public static func fileName(_ doc: Document, _ located: Located) -> String {
        let base = doc.header.number ?? String(doc.source.path.split(separator: "/").last ?? "document")
        let part = located.appendix.map { SafeName.make($0) } ?? "body"
        return "\(SafeName.make(base))_\(part)_bang-\(located.index).csv"
    }
}
