import VanBanModel
import VanBanSyntax

/// A validation rule: a stable id, a default severity, a message and its legal anchor.
public struct Rule: Sendable {
    public let id: String
    /// A short name for listings and SARIF (`national-name`).
    public let name: String
    public let severity: Severity
    /// What the rule checks, in one sentence.
    public let summary: String
    /// Where the rule comes from (`NĐ 30/2020 PL I, Phần I, II.1a`).
    public let anchor: String
    /// The profiles that run it.
    public let profiles: Set<Profile>
    let check: @Sendable (Rule, Document, RuleContext) -> [Finding]

    init(_ id: String, _ name: String, _ severity: Severity, _ summary: String, anchor: String,
         profiles: Set<Profile> = Set(Profile.allCases), check: @escaping @Sendable (Rule, Document, RuleContext) -> [Finding]) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.anchor = anchor
        self.profiles = profiles
        self.check = check
    }

    /// A finding of this rule at its default severity.
    func finding(_ message: String, at start: Position, end: Position? = nil, severity: Severity? = nil) -> Finding {
        Finding(rule: id, severity: severity ?? self.severity, message: message, at: start, end: end)
    }
}

/// What every rule may consult besides the document.
public struct RuleContext: Sendable {
    public var profile: Profile
    /// Today's date (ISO 8601), for "not after today".
    public var today: String

    public init(profile: Profile, today: String) {
        self.profile = profile
        self.today = today
    }
}

/// Which rule set applies, chosen from the document itself.
public enum Profile: String, Sendable, CaseIterable {
    /// Văn bản hành chính under Decree 30/2020 (the default).
    case administrative
    /// Văn bản quy phạm pháp luật: a number with a year segment (`12/2020/NĐ-CP`).
    case normative
    /// Party documents: `ĐẢNG CỘNG SẢN VIỆT NAM`, numbers such as `59-NQ/TW`; and the Youth Union's
    /// (`ĐOÀN TNCS HỒ CHÍ MINH`), built on the Party's rules.
    case party

    public static func detect(_ doc: Document) -> Profile {
        if let n = doc.header.nationalName, HeaderParser.opensTitleInPlace(n.matchKey) { return .party }
        if let printed = doc.header.number, let parts = doc.header.numberParts,
           printed.dropFirst(parts.serial.count).first == "-" { return .party }
        if doc.header.numberParts?.year != nil { return .normative }
        return .administrative
    }
}
