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
            for var f in rule.check(rule, doc, context) {
                // What a cut-off excerpt lacks at its end is the cut, not the document's fault.
                if let cut = doc.cutParagraph, Self.endSensitive.contains(rule.id), (f.start.line, f.start.column) >= (cut.line, cut.column) { continue }
                if let s = configuration.severities[rule.id] { f.severity = s }
                out.append(f)
            }
        }
        return sorted(out)
    }

    /// Findings across many documents (B01), attributed to each document by index.
    public static func checkBatch(_ docs: [Document], configuration: Configuration = Configuration()) -> [Int: [Finding]] {
        guard !configuration.disabled.contains(BatchRules.b01.id) else { return [:] }
        var out = BatchRules.duplicates(docs)
        if let s = configuration.severities[BatchRules.b01.id] {
            for k in out.keys { out[k] = out[k]!.map { var f = $0; f.severity = s; return f } }
        }
        return out
    }

    /// Rules about how a paragraph or list ends, or about facts a cut may have removed.
    static let endSensitive: Set<String> = ["C01", "C02", "E01", "R01", "A02"]

    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.start.line, $0.start.column, $0.rule) < ($1.start.line, $1.start.column, $1.rule) }
    }
}
