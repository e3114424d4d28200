import VanBanModel

/// B01: across a batch of documents.
enum BatchRules {
    static let b01 = Rule("B01", "number-reused", .error,
        "(batch) One issuer does not use the same number twice in one year.",
        anchor: "NĐ 30/2020 Điều 15.1") { _, _, _ in [] }

    /// The later documents that reuse an issuer's number within a year, by index.
    static func duplicates(_ docs: [Document]) -> [Int: [Finding]] {
        var first: [String: Int] = [:]
        var out: [Int: [Finding]] = [:]
        for (k, d) in docs.enumerated() {
            guard let number = d.header.number, let issuer = d.header.issuer, let date = d.header.date else { continue }
            let key = issuer.uppercased() + "|" + date.prefix(4) + "|" + number.uppercased()
            if let earlier = first[key] {
                let at = d.header.positions[.number] ?? Position(line: d.header.line ?? 1)
                out[k, default: []].append(b01.finding("\(issuer) used number \(number) in \(date.prefix(4)) already, in \(docs[earlier].source.path)", at: at))
            } else {
                first[key] = k
            }
        }
        return out
    }
}
