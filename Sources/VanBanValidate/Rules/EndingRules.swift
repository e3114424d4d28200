import VanBanModel
import VanBanSyntax

/// K01, R01, R02, E01, E02: signature, recipients, addressees, the `./.` ending, the notes after it.
enum EndingRules {
    static let prefixes = ["TM.", "Q.", "KT.", "TL.", "TUQ."]
    /// The Party's own prefixes (Hướng dẫn 36-HD/VPTW): `T/M BAN THƯỜNG VỤ`, `K/T BÍ THƯ`, `T/L`, `T/UQ`.
    static let partyPrefixes = ["T/M", "K/T", "T/L", "T/UQ"]
    static let academicTitles = ["GS.", "PGS.", "TS.", "ThS.", "TSKH.", "BS.", "KS.", "CN.", "GS.TS.", "PGS.TS.", "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Phó Giáo sư", "Bác sĩ"]

    static let k01 = Rule("K01", "signature", .error,
        "The signature's authority prefix is one of TM., Q., KT., TL., TUQ. (a Party document's: T/M, K/T, T/L, T/UQ); KT./TL./TUQ. are followed by the signer's own position; no academic title before the name.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.7; Điều 13") { rule, d, context in
        // The document's signature, each co-signer's, and each copy's signer.
        ([d.signature].compactMap { $0 } + d.coSignatures + d.copies.compactMap(\.signature)).flatMap { signatureFindings($0, rule, context) }
    }

    private static func signatureFindings(_ s: Signature, _ rule: Rule, _ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        let at = Position(line: s.line)
        let accepted = context.profile == .party ? prefixes + partyPrefixes : prefixes
        for (k, line) in s.authorityLines.enumerated() {
            let prefix = line.prefix { $0 != " " }
            if let glued = accepted.first(where: { line.hasPrefix($0) && prefix.count > $0.count }) {
                // `TM.ỦY BAN NHÂN DÂN`: the prefix is right, the space after it was typed away.
                let place = k < s.authorityPositions.count ? s.authorityPositions[k] : at
                out.append(rule.finding("authority prefix `\(glued)` runs into the words after it; write `\(glued) \(line.dropFirst(glued.count))`",
                                        at: place, end: place.advanced(by: glued.utf8.count)))
            } else if !accepted.contains(String(prefix)) {
                let meant = (context.profile == .party ? partyPrefixes : prefixes).first { $0.filter(\.isLetter) == prefix.filter(\.isLetter).uppercased() }
                let hint = meant.map { "; write `\($0)`" } ?? ""
                let place = k < s.authorityPositions.count ? s.authorityPositions[k] : at
                out.append(rule.finding("authority prefix `\(prefix)` is not one of \(accepted.joined(separator: ", "))\(hint)", at: place, end: place.advanced(by: prefix.utf8.count)))
            }
        }
        if let last = s.authorityLines.last, ["KT", "TL", "TUQ"].contains(last.prefix { $0 != " " }.filter(\.isLetter).uppercased()), s.position == nil {
            let place = s.authorityPositions.last ?? at
            out.append(rule.finding("`\(last)` is followed by the signer's own position (e.g. `PHÓ CHỦ TỊCH`), which is missing", at: place, end: place.advanced(by: last.utf8.count)))
        }
        if let name = s.name, let title = academicTitles.first(where: { name.startsWith($0) }) {
            out.append(rule.finding("an academic title (`\(title)`) stands before the signer's name", at: s.namePosition ?? at, end: (s.namePosition ?? at).advanced(by: title.utf8.count)))
        }
        return out
    }

    static let r01 = Rule("R01", "recipients", .warning,
        "`Nơi nhận:` is present; items start with `-` and end with `;` (a Party document's with `,`); the last is `- Lưu: VT, …` ending with `.`.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.9") { rule, d, context in
        // The document's recipients, and each copy's (a copy's block lists its own: PL I, Phần II).
        recipientFindings(d, rule, context) + d.copies.flatMap { copy in
            var own = Document(source: d.source)
            own.signature = copy.signature
            own.recipients = copy.recipients
            own.recipientPositions = copy.recipientPositions
            own.recipientsLabel = copy.recipientsLabel
            own.recipientsLabelHasColon = copy.recipientsLabelHasColon
            own.recipientsLabelInLowerCase = copy.recipientsLabelInLowerCase
            return recipientFindings(own, rule, context)
        }
    }

    private static func recipientFindings(_ d: Document, _ rule: Rule, _ context: RuleContext) -> [Finding] {
        guard d.signature != nil || d.recipientsLabel != nil, !Doc.isOfNationalAssembly(d) else { return [] }
        guard !d.recipients.isEmpty else {
            if d.header.type.flatMap(DocumentTypes.kind(ofTypeLine:))?.listsRecipients == false { return [] }
            return [rule.finding("no recipients list (`Nơi nhận:`)", at: Position(line: d.signature?.line ?? 1))]
        }
        var out: [Finding] = []
        if !d.recipientsLabelHasColon, let at = d.recipientsLabel {
            out.append(rule.finding("the label `Nơi nhận` lacks its colon: write `Nơi nhận:`", at: at, end: Doc.end(at, "Nơi nhận")))
        }
        if d.recipientsLabelInLowerCase, let at = d.recipientsLabel {
            out.append(rule.finding("the label `nơi nhận:` is in lower case: write `Nơi nhận:`", at: at, end: Doc.end(at, "nơi nhận:")))
        }
        let lastIndex = d.recipients.count - 1
        let cut = Doc.isCutShort(d)
        // A group of recipients under a line that ends with a colon, each with `+` (`- Các bộ:` /
        // `+ Bộ Y tế;`): its line leads the group, and its items stand one level down.
        let subItem = { (k: Int) in k < d.recipients.count && d.recipients[k].startsWith("+") }
        var inGroup = false
        for (k, item) in d.recipients.enumerated() {
            let at = k < d.recipientPositions.count ? d.recipientPositions[k] : Position(line: d.recipientsLabel?.line ?? 1)
            let end = Doc.end(at, item)
            let leadsGroup = item.endsWith(":") && subItem(k + 1)
            if !subItem(k) { inGroup = leadsGroup }
            let grouped = subItem(k) && inGroup
            if !grouped, !(item.startsWith("-") || item.startsWith("–")) {
                out.append(rule.finding("recipient `\(item)` does not start with `-`", at: at, end: end))
            }
            // A Party document's items end with a comma (`- Ban Bí thư (để báo cáo),`).
            let stop = context.profile == .party ? "," : ";"
            if k < lastIndex, !leadsGroup, !item.endsWith(stop), !(context.profile == .party && item.endsWith(";")) {
                out.append(rule.finding("recipient `\(item)` does not end with `\(stop)`", at: at, end: end))
            }
            if k == lastIndex, !cut {
                // Whatever marks the item (already reported above when it is no dash).
                let body = item.drop { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "+" || $0 == "•" || $0 == "*" || $0 == " " }
                if !body.hasPrefix("Lưu") {
                    out.append(rule.finding("the last recipient is not the archive copy `- Lưu: VT, …`", at: at, end: end))
                } else if !item.endsWith("."), !endsWithDrafterMark(item) {
                    out.append(rule.finding("the last recipient `\(item)` does not end with `.`", at: at, end: end))
                }
            }
        }
        return out
    }

    /// `- Lưu: VT, KGVX (03). PL`, `- Lưu: VT, TCCB. PL.(300)`: after the stop, the drafter's initials
    /// and the number of copies issued (NĐ 30/2020 PL I, Phần III.3).
    static func endsWithDrafterMark(_ item: String) -> Bool {
        let b = Array(item.utf8)
        guard let stop = b.indices.dropLast().last(where: { b[$0] == UInt8(ascii: ".") && b[$0 + 1] == UInt8(ascii: " ") }) else { return false }
        let mark = String(decoding: b[(stop + 2)...], as: UTF8.self)
        guard !mark.isEmpty, mark.utf8.count <= 20, mark.first?.isUppercase == true else { return false }
        let punctuation: Set<Character> = [".", "(", ")", " "]
        return mark.allSatisfy { c in c.isLetter || c.isNumber || punctuation.contains(c) }
    }

    static let r02 = Rule("R02", "addressees", .warning,
        "A Công văn or Tờ trình names its addressees after `Kính gửi:`.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.9b,d") { rule, d, _ in
        let isCongVan = Doc.isCongVan(d)
        let isToTrinh = d.header.type.map { $0.matchKey == "TỜ TRÌNH" } ?? false
        guard isCongVan || isToTrinh, d.header.addressees.isEmpty else { return [] }
        let at = d.header.positions[.title] ?? d.header.positions[.type] ?? Doc.headerStart(d)
        return [rule.finding("this \(isCongVan ? "Công văn" : "Tờ trình") has no addressees (`Kính gửi: …`)", at: at)]
    }

    static let e01 = Rule("E01", "ending", .warning,
        "The content ends with `./.`.",
        anchor: "NĐ 30/2020 PL III (Mẫu 1.1–3.2)") { rule, d, _ in
        guard !Doc.isCutBeforeSignature(d), !Doc.isOfNationalAssembly(d), d.signature != nil || !d.closing.isEmpty || !d.recipients.isEmpty else { return [] }
        if d.closing.contains(where: { $0.text.endsWith("./.") }) { return [] }
        // With no numbered part, the text before the signature is all preamble (a Giấy giới thiệu).
        guard let last = lastText(d.body) ?? d.preamble.last.map({ ($0.text, Position(line: $0.line, column: $0.column)) }) else { return [] }
        if last.text.endsWith("./.") { return [] }
        // At the last printed line of the content's last paragraph (the body's, or a closing
        // `Trên đây là …` after it), where `./.` belongs.
        if let line = d.contentLastLine, let end = d.contentEnd {
            return [rule.finding("the content does not end with `./.`", at: line, end: end)]
        }
        return [rule.finding("the content does not end with `./.`", at: last.position)]
    }

    static let e02 = Rule("E02", "notes", .warning,
        "Every footnote mark in the text (`[1]`) has its note after the signature, and every note its mark.",
        anchor: "Pháp lệnh Hợp nhất văn bản QPPL 2012 (chú thích); the document against itself") { rule, d, _ in
        var marks: [NoteMark] = []
        if let found = d.noteMarks {
            marks = found
        } else {
            func scan(_ text: String, _ at: Position) { marks += NoteMarks.scan(TextBlock(text: text, line: at.line, column: at.column), bytes: Array(text.utf8)) }
            for p in d.preamble + d.closing { scan(p.text, Position(line: p.line, column: p.column)) }
            Doc.walk(d.body + d.appendices.flatMap(\.body)) { n in
                scan(n.heading, Doc.nodePosition(n))
                for p in n.paragraphs { scan(p, Doc.nodePosition(n)) }
            }
            for t in d.tables + d.appendices.flatMap(\.tables) { for r in t.rows { for c in r.cells { scan(c, Position(line: r.line)) } } }
        }
        var out: [Finding] = []
        // A mark with no note, where the document has notes (a copy may have lost them all).
        if !d.notes.isEmpty {
            let noted = Set(d.notes.map(\.mark))
            var reported: Set<String> = []
            for m in marks where !noted.contains(m.mark) && reported.insert(m.mark).inserted {
                out.append(rule.finding("the footnote mark `[\(m.mark)]` has no note after the signature", at: m.position, end: Doc.end(m.position, "[\(m.mark)]")))
            }
        }
        let marked = Set(marks.map(\.mark))
        for n in d.notes where !marked.contains(n.mark) {
            out.append(rule.finding("note `[\(n.mark)]` is marked nowhere in the text", at: Position(line: n.line), end: Doc.end(Position(line: n.line), "[\(n.mark)]")))
        }
        return out
    }

    /// The last text of a body tree, with where its node starts.
    static func lastText(_ nodes: [Node]) -> (text: String, position: Position)? {
        guard let n = nodes.last else { return nil }
        if let deeper = lastText(n.children) { return deeper }
        return (n.paragraphs.last ?? n.heading, Doc.nodePosition(n))
    }
}
