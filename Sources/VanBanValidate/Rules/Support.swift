import VanBanModel
import VanBanSyntax

/// Small helpers the rules share.
enum Doc {
    /// A law or resolution of the National Assembly (Quốc hội: issuer `QUỐC HỘI`, number `…/QH15`).
    /// It closes with its adoption clause (`Luật này được Quốc hội … thông qua ngày …`) and the
    /// Chairman's signature: Decree 30's `Nơi nhận` and `./.` are not its form.
    static func isOfNationalAssembly(_ d: Document) -> Bool {
        if let code = d.header.numberParts?.issuerCode, code.hasPrefix("QH"), code.dropFirst(2).allSatisfy(\.isNumber) { return true }
        return d.header.issuer?.matchKey == "QUỐC HỘI"
    }

    /// Whether the document has a header block at all (excerpts may start after it).
    static func hasHeader(_ d: Document) -> Bool {
        let p = d.header.positions
        return p[.number] != nil || p[.nationalName] != nil || p[.motto] != nil || p[.dateLine] != nil
    }

    static func headerStart(_ d: Document) -> Position { Position(line: d.header.line ?? 1) }

    /// A Công văn: no type line, and its title under its number, `V/v …` (or spelled out, `Về việc …`).
    static func isCongVan(_ d: Document) -> Bool {
        guard d.header.type == nil, let title = d.header.title else { return false }
        return title.startsWith("V/v") || title.startsWith("V/V") || title.startsWith("Về việc")
    }

    /// The input stops mid-sentence or mid-table (a pasted excerpt).
    static func isCutShort(_ d: Document) -> Bool {
        d.diagnostics.contains { $0.rule == "I01" || $0.rule == "I02" }
    }

    /// The input stops before the signature: the content's own end may be what was cut (a cut
    /// in an appendix after the signature leaves it whole).
    static func isCutBeforeSignature(_ d: Document) -> Bool {
        let cuts = d.diagnostics.filter { $0.rule == "I01" || $0.rule == "I02" }
        guard let signature = d.signature else { return !cuts.isEmpty }
        return cuts.contains { $0.line <= signature.line }
    }

    /// Every node of a tree, depth first, with its parent's kind.
    static func walk(_ nodes: [Node], _ visit: (Node) -> Void) {
        for n in nodes {
            visit(n)
            walk(n.children, visit)
        }
    }

    static func nodePosition(_ n: Node) -> Position { Position(line: n.line, column: n.column) }

    /// The end of a short text starting at `p` on one line.
    static func end(_ p: Position, _ text: String) -> Position { Position(line: p.line, column: p.column + text.utf8.count) }
}
