import VanBanModel
import VanBanSyntax

/// S01–S04: bố cục (structure) and numbering.
enum StructureRules {
    /// The Vietnamese alphabet as points (điểm) use it: no f, j, w, z; no ă, â, ê, ô, ơ, ư.
    static let letters: [String] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The ordinal of a label within its kind's sequence (1-based), or nil when it has none.
    static func ordinal(_ n: Node) -> Int? {
        guard let label = n.label else { return nil }
        switch n.kind {
        case .point:
            // A point's point (`a.1)`) is numbered within its point.
            if let dot = label.firstIndex(of: ".") { return number(label[label.index(after: dot)...]) }
            return letterOrdinal(pointLetters(label))
        case .clause:
            // The last of its dotted parts (`2` of `1.2.`).
            let u = label.utf8
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == UInt8(ascii: ".") { end = u.index(before: end) }
            var start = end
            while start > u.startIndex, u[u.index(before: start)] != UInt8(ascii: ".") { start = u.index(before: start) }
            return start < end ? number(label[start..<end]) : nil
        case .section, .chapter, .part, .subsection:
            return number(label[...]) ?? Roman.value(label) ?? ordinalWord(label) ?? partLetter(label)
        default:
            return nil
        }
    }

    /// `Int(text)`, read straight from the digits where the text is nothing else (as labels are).
    static func number(_ text: Substring) -> Int? {
        let u = text.utf8
        guard !u.isEmpty, u.count <= 18, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return Int(text) }
        return u.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A point label's letters: up to its first digit or dot (`a`, `đ`; `a` of `a1` and of `a.1`).
    static func pointLetters(_ label: String) -> Substring {
        let u = label.utf8
        let end = u.firstIndex { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") } ?? u.endIndex
        return label[..<end]
    }

    /// The place of a point's letters in `letters` (1-based), compared byte for byte.
    static func letterOrdinal(_ letter: Substring) -> Int? {
        letters.firstIndex { $0.utf8.elementsEqual(letter.utf8) }.map { $0 + 1 }
    }

    /// A report's lettered division: `A` is 1, `B` 2 …
    static func partLetter(_ label: String) -> Int? {
        guard label.utf8.count == 1, let c = label.utf8.first, c >= UInt8(ascii: "A"), c <= UInt8(ascii: "Z") else { return nil }
        return Int(c - UInt8(ascii: "A")) + 1
    }

    static func ordinalWord(_ label: String) -> Int? {
        let words = ["THỨ NHẤT", "THỨ HAI", "THỨ BA", "THỨ TƯ", "THỨ NĂM", "THỨ SÁU", "THỨ BẢY", "THỨ TÁM", "THỨ CHÍN", "THỨ MƯỜI"]
        return words.firstIndex(of: label.uppercased()).map { $0 + 1 }
    }

    static let s01 = Rule("S01", "numbering", .error,
        "Numbering continues at each level: Roman I, II, III…; Arabic 1, 2, 3… restarting under each parent; letters in Vietnamese order a b c d đ e g … y.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6đ") { rule, d, _ in
        var out: [Finding] = []
        // An excerpt without its header may start mid-sequence at the top level.
        check(rule, d.body, atRoot: true, strictStart: Doc.hasHeader(d) || d.header.type != nil, into: &out)
        for a in d.appendices { check(rule, a.body, atRoot: true, strictStart: true, into: &out) }
        return out
    }

    /// The nodes of one numbering sequence among siblings: one kind, one depth of dotted label
    /// (`1.` and `1.1.`), Roman or not.
    private struct Sequence: Equatable {
        let kind: NodeKind
        let dots: Int
        let roman: Bool
    }

    private static func check(_ rule: Rule, _ nodes: [Node], atRoot: Bool, strictStart: Bool, into out: inout [Finding]) {
        guard !nodes.isEmpty else { return }
        // The sequences in the order they open, each with its nodes' places among the siblings (not
        // copied out of them). A list of siblings holds one to three: found by a look along the
        // list, not hashed.
        var groups: [(key: Sequence, members: [Int])] = []
        for i in nodes.indices {
            switch nodes[i].kind {
            case .part, .chapter, .section, .subsection, .clause, .point: break
            default: continue
            }
            let label = nodes[i].label ?? ""
            let dots = label.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
            let key = Sequence(kind: nodes[i].kind, dots: dots, roman: Roman.value(label) != nil)
            if let g = groups.firstIndex(where: { $0.key == key }) { groups[g].members.append(i) } else { groups.append((key, [i])) }
        }
        for (_, members) in groups {
            var expected: Int?
            for (k, m) in members.enumerated() {
                let n = nodes[m]
                let at = Doc.nodePosition(n)
                let end = at.advanced(by: (n.label ?? "").utf8.count)
                if n.kind == .point, let label = n.label {
                    let letter = pointLetters(label)
                    if letterOrdinal(letter) == nil {
                        out.append(rule.finding("`\(letter))` is not a letter of the Vietnamese alphabet used for points (a b c d đ e g h i k …)", at: at, end: end))
                        continue
                    }
                    if label.utf8.count > letter.utf8.count, !label.utf8.contains(UInt8(ascii: ".")) { continue }  // inserted point `a1)`
                }
                guard let value = ordinal(n) else { continue }
                let want = expected ?? (atRoot && !strictStart ? value : 1)
                if value != want {
                    // One wrong label in a sequence that goes on as if it were right (`a) h) c)`: `b`
                    // mistyped) is one finding, not a skip and then a step back.
                    if k + 1 < members.count, let next = ordinal(nodes[members[k + 1]]), next == want + 1 {
                        out.append(rule.finding("\(n.kind.rawValue) `\(n.label ?? "")` is out of sequence: expected \(describe(n, want)), as the next one is `\(nodes[members[k + 1]].label ?? "")`", at: at, end: end))
                        expected = want + 1
                        continue
                    }
                    let what = value < want ? "repeats or goes back" : "skips"
                    out.append(rule.finding("\(n.kind.rawValue) `\(n.label ?? "")` \(what): expected \(describe(n, want))", at: at, end: end))
                }
                expected = value + 1
            }
        }
        for i in nodes.indices where !nodes[i].children.isEmpty { check(rule, nodes[i].children, atRoot: false, strictStart: true, into: &out) }
    }

    private static func describe(_ n: Node, _ value: Int) -> String {
        switch n.kind {
        case .point where n.label?.contains(".") == true: "`\(n.label?.prefix { $0 != "." } ?? "").\(value)`"
        case .point: value <= letters.count ? "`\(letters[value - 1])`" : "\(value)"
        case .clause:
            if let label = n.label, label.contains(".") { "`\(label.split(separator: ".").dropLast().joined(separator: ".")).\(value)`" } else { "`\(value)`" }
        case .part where partLetter(n.label ?? "") != nil && (1...26).contains(value):
            "`\(Character(UnicodeScalar(UInt8(ascii: "A") + UInt8(value - 1))))`"
        default: Roman.value(n.label ?? "") != nil ? "`\(Roman.numeral(value))`" : "`\(value)`"
        }
    }

    static let s02 = Rule("S02", "articles", .error,
        "Articles (`Điều N.`) run continuously from 1 across chapters, in the document and in each document it issues (a Quy chế after the signature).",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6đ; NĐ 78/2025 Điều 63.1") { rule, d, _ in
        var out: [Finding] = []
        checkArticles(rule, d.body, into: &out)
        for a in d.appendices { checkArticles(rule, a.body, into: &out) }
        return out
    }

    /// The articles of one body, in reading order, against 1, 2, 3 …
    private static func checkArticles(_ rule: Rule, _ body: [Node], into out: inout [Finding]) {
        // The articles in reading order with their numbers; an inserted article (`Điều 5a.`) is left out.
        var articles: [(node: Node, label: String, value: Int)] = []
        Doc.walk(body) { n in
            guard n.kind == .article, let label = n.label else { return }
            let digits = label.prefix { $0.isNumber }
            guard let value = Int(digits), digits.count == label.count else { return }
            articles.append((n, label, value))
        }
        var expected = 1
        for (k, a) in articles.enumerated() {
            let at = Doc.nodePosition(a.node)
            let end = at.advanced(by: "Điều \(a.label).".utf8.count)
            if a.value != expected {
                // One mistyped number in a run that goes on as if it were right (`Điều 1, 3, 3`).
                if k + 1 < articles.count, articles[k + 1].value == expected + 1 {
                    out.append(rule.finding("`Điều \(a.label).` is out of sequence: expected `Điều \(expected).`, as the next one is `Điều \(articles[k + 1].label).`", at: at, end: end))
                    expected += 1
                    continue
                }
                let after = expected == 1 ? "is the first article" : "follows article \(expected - 1)"
                out.append(rule.finding("`Điều \(a.label).` \(after); expected `Điều \(expected).`", at: at, end: end))
            }
            expected = a.value + 1
        }
    }

    static let s03 = Rule("S03", "headings", .error,
        "Every part, chapter, section and article has a heading, in the document and in its appendices.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6d; NĐ 78/2025 Điều 63.3") { rule, d, _ in
        var out: [Finding] = []
        for body in [d.body] + d.appendices.map(\.body) {
            Doc.walk(body) { n in
                guard [.part, .chapter, .section, .subsection, .article].contains(n.kind), n.heading.trimmed().isEmpty else { return }
                out.append(rule.finding("\(n.kind.rawValue) `\(n.label ?? "")` has no heading", at: Doc.nodePosition(n)))
            }
        }
        return out
    }

    static let s04 = Rule("S04", "dash-in-point", .warning,
        "Normative documents: no dash or plus items inside a point (điểm).",
        anchor: "NĐ 78/2025 Điều 63.2", profiles: [.normative]) { rule, d, _ in
        var out: [Finding] = []
        // The document and what it issues (a Quy chế is as normative as its decision); not its Phụ lục.
        for body in [d.body] + d.appendices.filter(\.isAttachedDocument).map(\.body) {
            Doc.walk(body) { n in
                guard n.kind == .point else { return }
                for c in n.children where c.kind == .dash || c.kind == .plus {
                    out.append(rule.finding("a `\(c.label ?? "-")` item inside point `\(n.label ?? "")`: a point carries one idea and no other marks", at: Doc.nodePosition(c)))
                }
            }
        }
        return out
    }
}
