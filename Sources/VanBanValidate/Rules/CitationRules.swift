import VanBanModel
import VanBanSyntax

/// X01–X03: cross-checks of the documents a text cites.
enum CitationRules {
    static let x01 = Rule("X01", "citation-dates", .warning,
        "One cited document (same type and number) carries one date everywhere in the document, tables included.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6b") { rule, d, _ in
        var out: [Finding] = []
        for c in d.citations where c.number != nil {
            guard let first = c.mentions.first(where: { $0.date != nil }), let date = first.date else { continue }
            for m in c.mentions where m.date != nil && m.date != date {
                out.append(rule.finding("\(c.type) \(c.number!) is dated \(m.date!) here but \(date) at line \(first.position.line)", at: m.position))
            }
        }
        return out
    }

    static let x02 = Rule("X02", "citation-type", .warning,
        "A citation's type word agrees with its number's type code (`Nghị định số 12/2020/NĐ-CP`).",
        anchor: "NĐ 30/2020 PL III, Mục I") { rule, d, _ in
        var out: [Finding] = []
        for c in d.citations {
            guard let number = c.number, let code = DocumentNumber.parts(number)?.typeCode,
                  let coded = DocumentTypes.kind(code: code) else { continue }
            for m in c.mentions {
                guard let named = DocumentTypes.kind(named: m.type), let namedCode = named.code,
                      namedCode.uppercased() != code.uppercased(), coded.name != named.name,
                      !(Self.isPartyNumber(number) && DocumentTypes.kind(partyCode: code)?.name == named.name) else { continue }
                out.append(rule.finding("`\(m.type) số \(number)`: the code `\(code)` is a \(coded.name), not a \(m.type)", at: m.position))
            }
        }
        return out
    }

    /// A Party document's number: its serial, then a dash (`144-QĐ/TW`).
    static func isPartyNumber(_ number: String) -> Bool {
        guard let parts = DocumentNumber.parts(number) else { return false }
        return number.dropFirst(parts.serial.count).first == "-"
    }

    static let x03 = Rule("X03", "citation-after-document", .warning,
        "A cited document is not dated after the document that cites it.",
        anchor: "NĐ 30/2020 PL I, Phần I, II.6a") { rule, d, _ in
        guard let own = d.header.date else { return [] }
        var out: [Finding] = []
        for c in d.citations {
            for m in c.mentions where (m.date ?? "") > own {
                out.append(rule.finding("\(c.type) \(c.number ?? c.name ?? "") is dated \(m.date!), after this document (\(own))", at: m.position))
            }
        }
        return out
    }
}
