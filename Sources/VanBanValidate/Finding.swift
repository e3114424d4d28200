import VanBanModel

/// One problem found in a document, at a place in its source.
public struct Finding: Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// 1-based line and column (UTF-8 bytes) where the offending text starts.
    public var start: Position
    /// Where it ends (exclusive column), when known.
    public var end: Position?

    public init(rule: String, severity: Severity, message: String, at start: Position, end: Position? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
    }
}

extension Position {
    /// The position `n` bytes further on the same line.
    func advanced(by n: Int) -> Position { Position(line: line, column: column + n) }
}
