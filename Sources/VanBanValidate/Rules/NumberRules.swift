import VanBanModel
import VanBanSyntax

/// N01–N04: số, ký hiệu (number and symbol).
enum NumberRules {
    /// Mixed-case abbreviations the decree itself uses (PL III), and the Prime Minister's `TTg`.
    static let mixedCase: Set<String> = ["QyĐ", "CTr", "TTr", "TrS", "TTg"]

    static let n01 = Rule("N01", "number", .error,
        "`Số:` is present; the serial is in Arabic digits; 1–9 are zero-padded (`05`); a copy's block too.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.3c; Phần II, II.1c") { rule, d, context in
        // The Party's documents print `Số 45-KH/TU` without a colon (HD 36-HD/VPTW).
        let colon = context.profile != .party
        return (Doc.hasHeader(d) ? serialFindings(rule, d.header, missing: "the header has no number (`Số: …`)", at: Doc.headerStart(d), colon: colon) : [])
            + d.copies.flatMap { serialFindings(rule, $0.header, missing: "the copy's block (\($0.form)) has no number (`Số: …/SY-…`)", at: $0.formPosition, colon: colon) }
    }

    /// N01 of one header, the document's or a copy's: its number is present and its serial is right.
    private static func serialFindings(_ rule: Rule, _ h: Header, missing: String, at fallback: Position, colon: Bool) -> [Finding] {
        guard let printed = h.numberAsPrinted, let at = h.positions[.number] else {
            return [rule.finding(missing, at: fallback)]
        }
        let end = h.ends[.number] ?? Doc.end(at, "Số: " + printed)
        // `Số 12/KH-UBND`: the label printed without its colon.
        let label = h.numberLabel.flatMap { !colon || $0.contains(":") || $0.isEmpty || printed.trimmed().isEmpty ? nil : $0 }
            .map { [rule.finding("the number's label `\($0)` lacks its colon: write `\($0.hasSuffix(".") ? String($0.dropLast()) : $0): \(printed.trimmed())`", at: at, end: end)] } ?? []
        return label + serialFindings(rule, h, printed: printed, at: at, end: end)
    }

    /// N01 of a number present: its serial is right.
    private static func serialFindings(_ rule: Rule, _ h: Header, printed: String, at: Position, end: Position) -> [Finding] {
        guard let parts = h.numberParts else {
            // `Số:      /KH-UBND`: a draft, or a copy whose serial was written in by hand when issued.
            if printed.trimmed().hasPrefix("/") {
                return [rule.finding("the serial of `\(printed.trimmed())` is blank (a draft, or a copy numbered by hand when issued)", at: at, end: end)]
            }
            return [rule.finding("`\(printed)` is not a document number (expected e.g. `05/KH-UBND`)", at: at, end: end)]
        }
        // A dotted serial (`66.15/2026/NQ-CP`) is the Government's own numbering.
        if !parts.serial.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) || parts.serial.startsWith(".") || parts.serial.endsWith(".") {
            return [rule.finding("the serial `\(parts.serial)` is not written in Arabic digits", at: at, end: end)]
        }
        if parts.serial.count == 1, parts.serial != "0" {
            return [rule.finding("serial numbers below 10 are zero-padded: write `0\(parts.serial)`, not `\(parts.serial)`", at: at, end: end)]
        }
        // `015/KH-UBND`: only 1–9 take a zero.
        if parts.serial.count > 2, parts.serial.startsWith("0"), parts.serial.allSatisfy(\.isNumber) {
            let plain = String(parts.serial.drop { $0 == "0" })
            let written = plain.count == 1 ? "0" + plain : plain
            if !plain.isEmpty {
                return [rule.finding("only serial numbers below 10 take a leading zero: write `\(written)`, not `\(parts.serial)`", at: at, end: end)]
            }
        }
        return []
    }

    static let n02 = Rule("N02", "symbol", .error,
        "The symbol (ký hiệu) is upper case except the mixed-case abbreviations (QyĐ, CTr, TTr, TrS), groups joined by `-`, no spaces.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.3c; PL III") { rule, d, context in
        guard let printed = d.header.numberAsPrinted, let number = d.header.number, let at = d.header.positions[.number] else { return [] }
        let end = d.header.ends[.number] ?? Doc.end(at, "Số: " + printed)
        if printed.trimmed().contains(" ") {
            return [rule.finding("the number `\(printed.trimmed())` contains spaces; write `\(number)`", at: at, end: end)]
        }
        if printed.containsBytes("–") {
            return [rule.finding("the number `\(printed.trimmed())` joins its groups with an en dash (–); write `\(number)` with hyphens", at: at, end: end)]
        }
        let symbol = number.drop { $0.isNumber }.dropFirst()
        let groups = symbol.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" })
        if groups.contains(where: \.isEmpty) {
            return [rule.finding("the symbol `\(symbol)` has an empty group between separators", at: at, end: end)]
        }
        // A joint document's code adds its qualifier's to the type's (`CTrPH`, `KHLT`).
        for g in groups where g.contains(where: \.isLowercase) && !mixedCase.contains(String(g))
            && !(DocumentTypes.jointCode(String(g)).map { mixedCase.contains($0.code) } ?? false)
            && !(context.profile == .party && DocumentTypes.kind(partyCode: String(g)) != nil) {
            return [rule.finding("the symbol group `\(g)` is not upper case (only QyĐ, CTr, TTr, TrS are mixed case)", at: at, end: end)]
        }
        return []
    }

    static let n03 = Rule("N03", "type-code", .error,
        "The type abbreviation in the number matches the document type (KẾ HOẠCH ↔ KH); a Công văn has none; a copy's number carries its form's (SY, SL, TrS).",
        anchor: "NĐ 30/2020 PL III, Mục I; PL I, Phần I, II.3b; PL I, Phần II, II.1c") { rule, d, context in
        copyCodes(rule, d) + documentCode(rule, d, context)
    }

    /// A copy's number carries its form's code: SY for a bản sao y, SL for a bản sao lục, TrS for a
    /// bản trích sao (PL I, Phần II, II.1c).
    private static func copyCodes(_ rule: Rule, _ d: Document) -> [Finding] {
        d.copies.compactMap { copy in
            guard let number = copy.header.number, let at = copy.header.positions[.number] else { return nil }
            let form = copy.form.uppercased()
            let expected = form.hasPrefix("SAO Y") ? "SY" : form.hasPrefix("SAO LỤC") ? "SL" : form.hasPrefix("TRÍCH SAO") ? "TrS" : nil
            guard let code = expected else { return nil }
            let symbol = number.drop { $0.isNumber }.dropFirst()
            let first = symbol.split(whereSeparator: { $0 == "/" || $0 == "-" }).first.map(String.init)
            guard first?.uppercased() != code.uppercased() else { return nil }
            let end = copy.header.ends[.number] ?? Doc.end(at, "Số: " + (copy.header.numberAsPrinted ?? number))
            return rule.finding("the copy is a \(copy.form) (`\(code)`), but its number `\(number)` carries \(first.map { "`\($0)`" } ?? "no code")", at: at, end: end)
        }
    }

    private static func documentCode(_ rule: Rule, _ d: Document, _ context: RuleContext) -> [Finding] {
        guard let number = d.header.number, let parts = d.header.numberParts else { return [] }
        let at = d.header.positions[.number] ?? d.header.positions[.title] ?? Doc.headerStart(d)
        let end = d.header.ends[.number] ?? Doc.end(at, "Số: " + (d.header.numberAsPrinted ?? number))
        guard let type = d.header.type else {
            // A Công văn: the symbol names the body and unit, not a type.
            if let code = parts.typeCode, Doc.isCongVan(d) {
                return [rule.finding("a Công văn has no type abbreviation, but `\(number)` carries `\(code)`", at: at, end: end)]
            }
            return []
        }
        guard let kind = DocumentTypes.typeLine(type), let expected = kind.code else { return [] }
        let actual = parts.typeCode
        // A consolidated text is numbered `…/VBHN-…` under the type line of what it consolidates.
        guard actual?.uppercased() != expected.uppercased(), actual != DocumentNumber.consolidatedCode else { return [] }
        // A joint document's code: the type's own and the qualifier's (`CTrPH` for CHƯƠNG TRÌNH PHỐI HỢP).
        if let code = actual, let joint = DocumentTypes.jointCode(code), joint.code.uppercased() == expected.uppercased() { return [] }
        // The Party's own abbreviation for the type (`QĐi` for a Quy định).
        if context.profile == .party, let code = actual, DocumentTypes.kind(partyCode: code)?.name == kind.name { return [] }
        let why = actual.map { "carries `\($0)`" } ?? "carries no type abbreviation"
        return [rule.finding("the document is a \(type) (`\(expected)`), but its number `\(number)` \(why)", at: at, end: end)]
    }

    static let n04 = Rule("N04", "number-year", .error,
        "Normative documents: the year segment of the number equals the year of the date.",
        anchor: "Luật 64/2025 Điều 7.3; NĐ 78/2025 Điều 71.5", profiles: [.normative]) { rule, d, _ in
        guard let parts = d.header.numberParts, let number = d.header.number, let date = d.header.date,
              let at = d.header.positions[.number] else { return [] }
        guard let year = parts.year else {
            return [rule.finding("a normative document's number carries its year (`\(parts.serial)/\(date.prefix(4))/…`)", at: at)]
        }
        guard year != String(date.prefix(4)) else { return [] }
        return [rule.finding("the number `\(number)` says \(year), the document is dated \(date)", at: at, end: d.header.ends[.number] ?? Doc.end(at, "Số: " + number))]
    }
}
