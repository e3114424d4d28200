import VanBanModel
import VanBanSyntax

/// H01–H03: quốc hiệu (national name), tiêu ngữ (motto), tên cơ quan (issuer).
enum HeaderRules {
    static let h01 = Rule("H01", "national-name", .error,
        "The national name is exactly `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (HÒA/HOÀ both pass).",
        anchor: "NĐ 30/2020 PL I, Phần I, II.1a", profiles: [.administrative, .normative]) { rule, d, _ in
        guard Doc.hasHeader(d) else { return [] }
        guard let name = d.header.nationalName, let at = d.header.positions[.nationalName] else {
            return [rule.finding("the header has no national name (quốc hiệu) `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`", at: Doc.headerStart(d))]
        }
        guard name.collapsingSpaces.matchKey != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" else { return [] }
        return [rule.finding("national name is `\(name)`; expected `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`", at: at, end: d.header.ends[.nationalName] ?? Doc.end(at, name))]
    }

    static let h02 = Rule("H02", "motto", .error,
        "The motto is exactly `Độc lập - Tự do - Hạnh phúc`, phrases joined by spaced hyphens.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.1b", profiles: [.administrative, .normative]) { rule, d, _ in
        guard Doc.hasHeader(d) else { return [] }
        guard let motto = d.header.motto, let at = d.header.positions[.motto] else {
            return [rule.finding("the header has no motto (tiêu ngữ) `Độc lập - Tự do - Hạnh phúc`", at: Doc.headerStart(d))]
        }
        guard motto != "Độc lập - Tự do - Hạnh phúc" else { return [] }
        return [rule.finding("motto is `\(motto)`; expected `Độc lập - Tự do - Hạnh phúc` with spaced hyphens", at: at, end: d.header.ends[.motto] ?? Doc.end(at, motto))]
    }

    static let h03 = Rule("H03", "issuer", .warning,
        "The issuing body's name is present and upper case; a parent body, if any, stands above it.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.2") { rule, d, _ in
        guard Doc.hasHeader(d) else { return [] }
        guard let issuer = d.header.issuer, let at = d.header.positions[.issuer] else {
            return [rule.finding("the header names no issuing body (tên cơ quan ban hành)", at: Doc.headerStart(d))]
        }
        guard issuer != Case.upper(issuer) else { return [] }
        return [rule.finding("the issuing body's name `\(issuer)` is not upper case", at: at, end: Doc.end(at, d.header.issuerLines.first ?? issuer))]
    }
}

/// M01: the marks of urgency, secrecy and circulation (dấu chỉ mức độ khẩn, độ mật, phạm vi lưu hành).
enum MarkRules {
    static let m01 = Rule("M01", "marks-in-capitals", .warning,
        "The urgency, secrecy and circulation marks are written in capitals (`HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`; `TUYỆT MẬT`, `TỐI MẬT`, `MẬT`; `XEM XONG TRẢ LẠI`, `LƯU HÀNH NỘI BỘ`).",
        anchor: "NĐ 30/2020 PL I, Phần I, III.2") { rule, d, _ in
        let marks: [(HeaderField, String?, String)] = [(.urgency, d.header.urgency, "urgency"), (.secrecy, d.header.secrecy, "secrecy"),
                                                       (.circulation, d.header.circulation, "circulation")]
        return marks.compactMap { field, text, name in
            guard let text, let at = d.header.positions[field], text != text.uppercased() else { return nil }
            return rule.finding("the \(name) mark `\(text)` is not in capitals; expected `\(text.uppercased())`", at: at, end: d.header.ends[field] ?? Doc.end(at, text))
        }
    }
}
