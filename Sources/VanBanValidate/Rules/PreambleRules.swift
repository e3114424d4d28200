import VanBanModel
import VanBanSyntax

/// C01–C02: căn cứ (legal bases) and first citations.
enum PreambleRules {
    static let c01 = Rule("C01", "legal-bases", .warning,
        "Each `Căn cứ` stands on its own line and ends with `;`, the last with `.` (or `;` before `Theo đề nghị`/`Xét đề nghị`/`Xét Tờ trình …`/`Thực hiện …` or an enacting sentence `… ban hành …`, `… như sau:`; a Lệnh's with `,` before `NAY CÔNG BỐ:`).",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6a") { rule, d, _ in
        let preamble = d.preamble
        let bases = preamble.indices.filter { preamble[$0].text.startsWith("Căn cứ") }
        guard let lastBase = bases.last else { return [] }
        var out: [Finding] = []
        for k in bases {
            let p = preamble[k]
            let at = Position(line: p.line, column: p.column)
            // Found byte-wise in the whole text: it opens with `Căn cứ`, so no match starts in it.
            if p.text.containsBytes("; Căn cứ") {
                out.append(rule.finding("two `Căn cứ` in one paragraph: each legal basis stands on its own line", at: at))
            } else if p.text.containsBytes(" Căn cứ ") {
                // Capitalized mid-sentence, `Căn cứ` opens the next basis: the `;` before it is missing.
                out.append(rule.finding("a `Căn cứ` runs on into the next without `;`: each legal basis stands on its own line", at: at))
            }
            let text = p.text.trimmed()
            if k != lastBase {
                if !text.endsWith(";") {
                    out.append(rule.finding("a `Căn cứ` line does not end with `;`", at: at))
                }
                continue
            }
            let next = k + 1 < preamble.count ? preamble[k + 1].text : ""
            let beforeProposal = next.startsWith("Theo đề nghị") || next.startsWith("Xét ") || next.startsWith("Theo đề xuất")
                || next.startsWith("Thực hiện")
            // The enacting sentence of a Thông tư or Kế hoạch (`Bộ trưởng … ban hành Thông tư …`, `Trường …
            // xây dựng Kế hoạch … như sau:`) follows a `;`.
            let beforeEnacting = !next.isEmpty && (next.containsBytes(" ban hành ") || next.containsBytes(" hướng dẫn ") || next.endsWith("như sau:"))
            // `Căn cứ …, Ủy ban nhân dân tỉnh ban hành Chương trình … như sau:` carries its own enacting
            // clause; so does a Hướng dẫn's `Căn cứ …, Sở … hướng dẫn thực hiện … như sau:`, and a
            // school's `Căn cứ …, Trường … xây dựng Kế hoạch như sau:`.
            let enactsItself = text.endsWith(":") && (text.containsBytes(" ban hành ") || text.containsBytes(" hướng dẫn ") || text.endsWith("như sau:"))
            // The President's Lệnh ends its last basis with a comma before `NAY CÔNG BỐ:`.
            let proclaims = d.header.enactingWords.map { $0.matchKey.startsWith("NAY CÔNG BỐ") } ?? false
            if proclaims, text.endsWith(",") || text.endsWith(".") { continue }
            if beforeProposal || beforeEnacting {
                if !(text.endsWith(";") || text.endsWith(",") || text.endsWith(".")) {
                    out.append(rule.finding("the last `Căn cứ` before `\(next.prefix(12))…` does not end with `;`", at: at))
                }
            } else if !enactsItself, !text.endsWith(".") {
                out.append(rule.finding("the last `Căn cứ` line does not end with `.`", at: at))
            }
        }
        return out
    }

    static let c02 = Rule("C02", "first-citation", .warning,
        "The first mention of a cited document names its type, number, date and issuer (Luật and Pháp lệnh exempt).",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6a–b") { rule, d, _ in
        var out: [Finding] = []
        for c in d.citations where c.number != nil && !["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"].contains(c.type) {
            guard let m = c.mentions.first else { continue }
            var missing: [String] = []
            if m.date == nil { missing.append("date") }
            if m.issuer == nil, !m.issuerImplied { missing.append("issuer") }
            guard !missing.isEmpty else { continue }
            out.append(rule.finding("the first mention of \(c.type) \(c.number!) lacks its \(missing.joined(separator: " and "))",
                                   at: m.position, end: m.position.advanced(by: c.text.utf8.count)))
        }
        return out
    }
}
