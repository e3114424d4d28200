import VanBanModel

/// U01 and the parser's own findings about the input.
enum InputRules {
    static let u01 = Rule("U01", "encoding", .warning,
        "The input is Unicode NFC, shows no legacy-encoding patterns (TCVN3/VNI) and holds no replacement characters.",
        anchor: "NĐ 30/2020 PL I, Phần I, I.4 (TCVN 6909:2001)") { rule, d, _ in
        parser(d, "U01", rule)
    }

    static let i01 = Rule("I01", "cut-short", .warning,
        "The input does not stop mid-sentence or mid-table (a pasted excerpt).",
        anchor: "vanban: input") { rule, d, _ in
        parser(d, "I01", rule)
    }

    static let i02 = Rule("I02", "cut-character", .warning,
        "The input does not end inside a UTF-8 character.",
        anchor: "vanban: input") { rule, d, _ in
        parser(d, "I02", rule)
    }

    static let i03 = Rule("I03", "header-line-unread", .warning,
        "Every line of the header is read as one of its fields (agency, quốc hiệu, motto, number, place and date, subject).",
        anchor: "vanban: input") { rule, d, _ in
        parser(d, "I03", rule)
    }

    static func parser(_ d: Document, _ id: String, _ rule: Rule) -> [Finding] {
        d.diagnostics.filter { $0.rule == id }.map { rule.finding($0.message, at: Position(line: $0.line, column: $0.column)) }
    }
}
