import VanBanModel
import VanBanSyntax

/// A01–A02: phụ lục (appendices).
enum AppendixRules {
    static let a01 = Rule("A01", "appendix-notes", .error,
        "Two or more appendices are numbered in Roman; each appendix's `Kèm theo … số … ngày …` equals the document's own number and date.",
        anchor: "NĐ 30/2020 PL I, Phần III, 1a, 1c") { rule, d, _ in
        var out: [Finding] = []
        let numbered = d.appendices.filter { !$0.isAttachedDocument }
        if numbered.count >= 2 {
            for a in numbered where a.number.flatMap(Roman.value) == nil {
                out.append(rule.finding("`\(a.label)`: two or more appendices are numbered in Roman (PHỤ LỤC I, II …)", at: Position(line: a.line), end: Position(line: a.line, column: 1 + a.label.utf8.count)))
            }
        }
        for a in d.appendices {
            guard let note = a.attachedTo else { continue }
            let at = Position(line: note.line)
            if let n = note.number, let own = d.header.number, n.uppercased() != own.uppercased() {
                out.append(rule.finding("`\(a.label)` is attached to number \(n), but the document is \(own)", at: at))
            }
            if let date = note.date, let own = d.header.date, date != own {
                out.append(rule.finding("`\(a.label)` is attached to a document dated \(date), but the document is dated \(own)", at: at))
            }
        }
        return out
    }

    static let a02 = Rule("A02", "appendix-references", .warning,
        "Appendices named in the body exist, and each appendix is named in the body.",
        anchor: "NĐ 30/2020 PL I, Phần III, 1a") { rule, d, _ in
        var named: [(number: String?, at: Position)] = []
        func scan(_ text: String, _ at: Position) {
            let block = TextBlock(text: text, line: at.line, column: at.column)
            named += AppendixMentions.scan(block, bytes: Array(text.utf8)).map { ($0.number, $0.position) }
        }
        if let mentions = d.appendixMentions {
            // Where the parser found them, each at its words.
            named = mentions.map { ($0.number, $0.position) }
        } else {
            for p in d.preamble { scan(p.text, Position(line: p.line, column: p.column)) }
            Doc.walk(d.body) { n in
                scan(n.heading, Doc.nodePosition(n))
                for p in n.paragraphs { scan(p, Doc.nodePosition(n)) }
            }
            for p in d.closing { scan(p.text, Position(line: p.line, column: p.column)) }
        }
        var out: [Finding] = []
        // A document issued with this one (`QUY CHẾ`) is named by its type, not as a phụ lục.
        let appendices = d.appendices.filter { !$0.isAttachedDocument }
        let present = Set(appendices.compactMap { $0.number.map(normalize) })
        if !Doc.isCutShort(d) {
            for m in named {
                if let n = m.number, !present.contains(normalize(n)) {
                    out.append(rule.finding("the body names Phụ lục \(n), which the document does not contain", at: m.at))
                } else if m.number == nil, appendices.isEmpty {
                    out.append(rule.finding("the body names an appendix (phụ lục), which the document does not contain", at: m.at))
                }
            }
        }
        let namedNumbers = Set(named.compactMap { $0.number.map(normalize) })
        let unnumbered = named.contains { $0.number == nil }
        for a in appendices {
            let isNamed = a.number.map { namedNumbers.contains(normalize($0)) } ?? unnumbered
            if !isNamed, !(unnumbered && appendices.count == 1) {
                out.append(rule.finding("`\(a.label)` is not named anywhere in the body", at: Position(line: a.line)))
            }
        }
        return out
    }

    private static func normalize(_ n: String) -> String {
        if let v = Roman.value(n.uppercased()) { return String(v) }
        if let (base, letter) = AppendixLabel.suffixedParts(n) { return normalize(base) + String(letter) }
        return String(Int(n) ?? 0)
    }
}
