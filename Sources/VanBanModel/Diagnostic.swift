/// A finding about the input, at a 1-based line and column (columns count UTF-8 bytes).
public struct Diagnostic: Sendable, Equatable {
    /// Stable rule id (`P01`, `I01`); the wording may change, the id does not.
    public var rule: String
    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int

    public init(rule: String, severity: Severity, message: String, line: Int, column: Int = 1) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
    }
}

public enum Severity: String, Sendable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
