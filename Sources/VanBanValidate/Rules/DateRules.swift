import VanBanModel
import VanBanSyntax

/// D01–D03: địa danh và thời gian ban hành (place and date).
enum DateRules {
    /// National Assembly bodies print some Nghị quyết without place and date.
    static func exempt(_ d: Document) -> Bool {
        // The line first: only a header without one asks for its issuer in capitals, and that is
        // searched byte for byte (the standard library's substring search costs fifty times more).
        guard d.header.dateLine == nil, let issuer = d.header.issuer else { return false }
        return Case.upper(issuer).containsBytes("QUỐC HỘI")
    }

    /// `<Place>, ngày DD tháng M năm YYYY`, read strictly.
    struct DateLine {
        var place: Substring
        var comma: Bool
        var day: Substring
        var month: Substring
        var year: Substring
        /// A comma or stop typed after the day or the month (`ngày 15 tháng 7, năm 2025`), which the
        /// numbers are read without.
        var strayPunctuation = false
    }

    static func read(_ line: String) -> DateLine? {
        guard let r = line.byteRange(of: " ngày ") ?? line.byteRange(of: "ngày ") else { return nil }
        var place = line[..<r.lowerBound]
        let comma = place.hasSuffix(",")
        if comma { place = place.dropLast() }
        let words = line[r.upperBound...].split(separator: " ")
        guard words.count == 5, words[1] == "tháng", words[3] == "năm" else { return nil }
        func number(_ w: Substring) -> Substring { w.count > 1 && (w.hasSuffix(",") || w.hasSuffix(".")) ? w.dropLast() : w }
        let (day, month) = (number(words[0]), number(words[2]))
        return DateLine(place: place, comma: comma, day: day, month: month, year: words[4],
                        strayPunctuation: day.count < words[0].count || month.count < words[2].count)
    }

    /// A draft's date, its day (and perhaps its month) left blank to fill in when signed: `ngày
    /// tháng      năm 2023`, `ngày ... tháng ... năm 2023`, `ngày …… tháng 3 năm 2023`.
    static func isLeftBlank(_ line: String) -> Bool {
        guard let r = line.byteRange(of: "ngày") else { return false }
        let words = Array(line[r.upperBound...].split(separator: " "))
        func filler(_ w: Substring) -> Bool { w.allSatisfy { ".…_".contains($0) } }
        // The day stands between `ngày` and `tháng`, the month between `tháng` and `năm`.
        guard let t = words.firstIndex(of: "tháng"), let n = words.firstIndex(of: "năm"), t < n else { return false }
        return words[..<t].allSatisfy(filler) || words[(t + 1)..<n].allSatisfy(filler)
    }

    static let d01 = Rule("D01", "place-date", .error,
        "The place/date line is `<Place>, ngày DD tháng M năm YYYY`, with the comma; a copy's block too.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.4c; Phần II, II.1c") { rule, d, _ in
        (Doc.hasHeader(d) && !exempt(d)
            ? dateLineFindings(rule, d.header, missing: "the header has no place and date line (`<Địa danh>, ngày … tháng … năm …`)", at: Doc.headerStart(d)) : [])
            + d.copies.flatMap { dateLineFindings(rule, $0.header, missing: "the copy's block (\($0.form)) has no place and date line", at: $0.formPosition) }
    }

    /// D01 of one header, the document's or a copy's.
    private static func dateLineFindings(_ rule: Rule, _ h: Header, missing: String, at fallback: Position) -> [Finding] {
        guard let line = h.dateLine, let at = h.positions[.dateLine] else {
            return [rule.finding(missing, at: fallback)]
        }
        let end = h.ends[.dateLine] ?? Doc.end(at, line)
        guard let parsed = read(line), !parsed.place.isEmpty, !parsed.strayPunctuation else {
            // A draft's blank date is D02's to report.
            if isLeftBlank(line), let r = line.byteRange(of: "ngày"), case let place = String(line[..<r.lowerBound]).trimmed(), !place.isEmpty {
                guard !place.endsWith(",") else { return [] }
                return [rule.finding("a comma follows the place name: `\(place), ngày …`", at: at.advanced(by: place.utf8.count), end: end)]
            }
            return [rule.finding("`\(line)` is not `<Place>, ngày DD tháng M năm YYYY`", at: at, end: end)]
        }
        if !parsed.comma {
            return [rule.finding("a comma follows the place name: `\(parsed.place), ngày …`", at: at.advanced(by: parsed.place.utf8.count), end: end)]
        }
        return []
    }

    static let d02 = Rule("D02", "date", .error,
        "The date is a real calendar date, not after today; a day below 10 and months 1–2 are zero-padded; a copy's too.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.4b") { rule, d, ctx in
        dateFindings(rule, d.header, ctx) + d.copies.flatMap { dateFindings(rule, $0.header, ctx, copy: $0.form) }
    }

    /// D02 of one header, the document's or (`copy`: its form) a copy's.
    private static func dateFindings(_ rule: Rule, _ h: Header, _ ctx: RuleContext, copy: String? = nil) -> [Finding] {
        guard let line = h.dateLine, let at = h.positions[.dateLine] else { return [] }
        let end = h.ends[.dateLine] ?? Doc.end(at, line)
        let what = copy.map { "the copy (\($0))" } ?? "the document"
        if isLeftBlank(line) {
            return [rule.finding("the date is left blank (a draft, or a copy dated by hand when signed)", at: at, end: end)]
        }
        guard let parsed = read(line) else { return [] }
        guard let day = Int(parsed.day), let month = Int(parsed.month), let year = Int(parsed.year),
              let iso = VietnameseDate.iso(year, month, day) else {
            return [rule.finding("`ngày \(parsed.day) tháng \(parsed.month) năm \(parsed.year)` is not a calendar date", at: at, end: end)]
        }
        if iso > ctx.today {
            return [rule.finding("\(what) is dated \(iso), after today (\(ctx.today))", at: at, end: end)]
        }
        var out: [Finding] = []
        if day < 10, parsed.day.count == 1 {
            out.append(rule.finding("days below 10 are zero-padded: write `ngày 0\(day)`", at: at, end: end, severity: .warning))
        }
        if month <= 2, parsed.month.count == 1 {
            out.append(rule.finding("months 1 and 2 are zero-padded: write `tháng 0\(month)`", at: at, end: end, severity: .warning))
        } else if month >= 3, month < 10, parsed.month.count == 2 {
            out.append(rule.finding("months 3 to 12 take no leading zero: write `tháng \(month)`", at: at, end: end, severity: .warning))
        }
        return out
    }

    static let d03 = Rule("D03", "place-abbreviated", .warning,
        "The place name is written in full, not abbreviated (`TP.`, `Q.`); a copy's too.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.4a") { rule, d, _ in
        ([d.header] + d.copies.map(\.header)).compactMap { h in
            guard let place = h.place, let at = h.positions[.dateLine] else { return nil }
            let abbreviations = ["TP.", "TP ", "Tp.", "Q.", "TX.", "H.", "P."]
            guard let a = abbreviations.first(where: { place.startsWith($0) || place.containsBytes(" " + $0) }) else { return nil }
            return rule.finding("the place `\(place)` is abbreviated (`\(a.trimmed())`); write it in full", at: at, end: Doc.end(at, place))
        }
    }
}
