/// A node of the body tree, at one of Decree 30's levels.
public struct Node: Sendable, Equatable {
    public var kind: NodeKind
    /// The marker's label without punctuation: `I`, `1`, `1.2`, `a`, `đ`, `-`, `+`; nil for `paragraph`.
    public var label: String?
    /// The node's own first paragraph, marker removed.
    public var heading: String
    /// Further paragraphs that belong to the node, before its children.
    public var paragraphs: [String]
    public var children: [Node]
    /// 1-based source line and column of the marker.
    public var line: Int
    public var column: Int
    /// A clause numbered `1)` rather than `1.`: under a clause `2.` or a point `a)` it is a level
    /// below them. The JSON keeps the label alone (`1`), as for every clause.
    public var parenthesized = false

    public init(kind: NodeKind, label: String?, heading: String, paragraphs: [String] = [], children: [Node] = [], line: Int, column: Int = 1) {
        self.kind = kind
        self.label = label
        self.heading = heading
        self.paragraphs = paragraphs
        self.children = children
        self.line = line
        self.column = column
    }
}

/// Decree 30/2020's levels of a document body, outermost first.
public enum NodeKind: String, Sendable, CaseIterable {
    /// Phần.
    case part
    /// Chương.
    case chapter
    /// Mục: `Mục 1` in legal documents, a Roman `I.` heading in plans and reports.
    case section
    /// Tiểu mục.
    case subsection
    /// Điều.
    case article
    /// Khoản: `1.`, nested `1.1.`.
    case clause
    /// Điểm: `a)`, `đ)`, `a1)`.
    case point
    /// Gạch đầu dòng `-`.
    case dash
    /// Item `+`.
    case plus
    /// An unnumbered paragraph (đoạn) that has children of its own.
    case paragraph
}
