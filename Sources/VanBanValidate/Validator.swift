import VanBanModel

/// Per-run and per-project settings: rules turned off, severities changed.
public struct Configuration: Sendable, Equatable {
    public var disabled: Set<String> = []
    public var severities: [String: Severity] = [:]

    public init(disabled: Set<String> = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.severities = severities
    }

    /// This configuration with `other`'s settings laid over it.
    public func merged(with other: Configuration) -> Configuration {
        Configuration(disabled: disabled.union(other.disabled), severities: severities.merging(other.severities) { _, b in b })
    }
}

/// Runs the catalogue over a document.
public enum Validator {
    /// Findings in document order (line, column, rule id), deterministic.
    public static func check(_ doc: Document, configuration: Configuration = Configuration(), today: String) -> [Finding] {
        let profile = Profile.detect(doc)
        let context = RuleContext(profile: profile, today: today)
        var out: [Finding] = []
        for rule in Catalogue.rules where rule.profiles.contains(profile) && !configuration.disabled.contains(rule.id) {
            for f in rule.check(rule, doc, context) {
                // What a cut-off excerpt lacks at its end is the cut, not the document's fault.
                if let cut = doc.cutParagraph, Self.endSensitive.contains(rule.id), (f.start.line, f.start.column) >= (cut.line, cut.column) { continue }
                if let f = configured(f, by: configuration) { out.append(f) }
            }
        }
        return sorted(out)
    }

    /// Findings across many documents (B01), attributed to each document by index; each document's
    /// configuration applies to its own with `configured(_:by:)`.
    public static func checkBatch(_ docs: [Document]) -> [Int: [Finding]] {
        BatchRules.duplicates(docs)
    }

    /// A finding as a configuration leaves it: nil when its rule is off, its severity as set.
    public static func configured(_ finding: Finding, by configuration: Configuration) -> Finding? {
        guard !configuration.disabled.contains(finding.rule) else { return nil }
        var f = finding
        if let s = configuration.severities[finding.rule] { f.severity = s }
        return f
    }

    /// Rules about how a paragraph or list ends, or about facts a cut may have removed.
    static let endSensitive: Set<String> = ["C01", "C02", "E01", "R01", "A02"]

    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.start.line, $0.start.column, $0.rule) < ($1.start.line, $1.start.column, $1.rule) }
    }
}
