import VanBanModel

/// F01, F02: the page a Word file or an OpenDocument text sets — paper and margins, fonts (Decree 30
/// PL I, Phần I, I.3–I.4).
/// Text and HTML input set no page, and these rules say nothing about them.
enum PageRules {
    /// Margins in millimetres (top, bottom, left, right), as the decree gives them.
    static let marginRanges: [(name: String, range: ClosedRange<Int>)] = [("top", 20...25), ("bottom", 20...25), ("left", 30...35), ("right", 15...20)]

    static let f01 = Rule("F01", "page-format", .warning,
        "A Word file (or OpenDocument text) is set on A4 paper (210 × 297 mm) with margins of 20–25 mm top and bottom, 30–35 mm left and 15–20 mm right.",
        anchor: "NĐ 30/2020 PL I, Phần I, I.1–I.3") { rule, d, _ in
        guard let page = d.page else { return [] }
        var out: [Finding] = []
        let at = Position(line: 1)
        if let w = page.paperWidth, let h = page.paperHeight {
            let (short, long) = (min(w, h), max(w, h))  // landscape pages are allowed for wide tables
            if abs(short - 210) > 1 || abs(long - 297) > 1 {
                out.append(rule.finding("the paper is \(w) × \(h) mm, not A4 (210 × 297 mm)", at: at))
            }
        }
        if let m = page.margins {
            for ((name, range), value) in zip(marginRanges, [m.top, m.bottom, m.left, m.right]) where !range.contains(value) {
                out.append(rule.finding("the \(name) margin is \(value) mm, outside \(range.lowerBound)–\(range.upperBound) mm", at: at))
            }
        }
        return out
    }

    static let f02 = Rule("F02", "font", .warning,
        "The text of a Word file (or OpenDocument text) is set in Times New Roman.",
        anchor: "NĐ 30/2020 PL I, Phần I, I.4") { rule, d, _ in
        guard let page = d.page else { return [] }
        let others = page.fonts.filter { $0.lowercased() != "times new roman" }
        guard !others.isEmpty else { return [] }
        return [rule.finding("text is set in \(others.joined(separator: ", ")), not Times New Roman", at: Position(line: 1))]
    }
}
