/// A data table: columns with roles, and rows that fit them.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [Row]
    public var line: Int

    public init(columns: [Column], rows: [Row], line: Int) {
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}

public struct Column: Sendable, Equatable {
    public var header: String
    public var role: ColumnRole?

    public init(header: String, role: ColumnRole?) {
        self.header = header
        self.role = role
    }
}

/// What a column holds, read from its header text.
public enum ColumnRole: String, Sendable, CaseIterable {
    case index, task, lead, partners, output, timeline, approval, funding, note
}

public struct Row: Sendable, Equatable {
    /// Exactly one string per column; an empty cell is `""`.
    public var cells: [String]
    public var line: Int
    public var kind: RowKind
    /// Label of the enclosing group row, when there is one.
    public var group: String?
    public var timeline: Timeline?

    public init(cells: [String], line: Int, kind: RowKind = .data, group: String? = nil, timeline: Timeline? = nil) {
        self.cells = cells
        self.line = line
        self.kind = kind
        self.group = group
        self.timeline = timeline
    }
}

public enum RowKind: String, Sendable {
    case data, group, total
}

/// A timeline cell read as dates: `from`/`to` are ISO 8601 at the precision written.
public struct Timeline: Sendable, Equatable {
    public var text: String
    public var from: String?
    public var to: String?
    public var recurrence: Recurrence?

    public init(text: String, from: String? = nil, to: String? = nil, recurrence: Recurrence? = nil) {
        self.text = text
        self.from = from
        self.to = to
        self.recurrence = recurrence
    }
}

public enum Recurrence: String, Sendable {
    case annual, continuous
}
