import VanBanModel

/// Reads a timeline cell (`2021-2025`, `Quý IV/2021`, `Trước 30/6/2022`, `Hàng năm` …) into dates at
/// the precision written. Every date in the cell counts: two phases in one cell span both.
public enum TimelineParser {
    public static func parse(_ text: String) -> Timeline? {
        let t = text.collapsingSpaces
        guard !t.isEmpty else { return nil }
        // The earliest start and the latest end so far (ISO dates compare as strings).
        var from: String?, to: String?
        func add(_ start: String?, _ end: String) {
            if let start, from.map({ start < $0 }) ?? true { from = start }
            if to.map({ end > $0 }) ?? true { to = end }
        }
        let b = Array(t.utf8)
        let recurrence = Self.recurrence(b)
        var i = 0
        var before = false
        while i < b.count {
            // "Trước 30/6/2022": only an end.
            let atWord = i == 0 || b[i - 1] == Bytes.space
            if atWord, let w = prefixWord(b, i, Self.truoc) { before = true; i = w; continue }
            if atWord, let (first, last, end) = quarter(b, i) { add(first, last); i = end; continue }
            if Bytes.isDigit(b[i]), i == 0 || !Bytes.isDigit(b[i - 1]) {
                if let (iso, end) = VietnameseDate.read(b, at: i) {
                    add(before ? nil : iso, iso)
                    i = end
                    continue
                }
                if let (value, end) = monthYear(b, i) {
                    add(before ? nil : value, value)
                    i = end
                    continue
                }
                var j = i
                while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
                if j - i == 4, let y = number(b, i, j), y >= 1900, y <= 2200 {
                    let year = String(decoding: b[i..<j], as: UTF8.self)
                    add(before ? nil : year, year)
                }
                i = j
                continue
            }
            i += 1
        }
        return Timeline(text: t, from: from, to: to, recurrence: recurrence)
    }

    /// The value of the ASCII digits `b[from..<to]` (at most four).
    private static func number(_ b: [UInt8], _ from: Int, _ to: Int) -> Int? {
        guard to > from, to - from <= 4 else { return nil }
        return b[from..<to].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// `2021-04`: a year's digits and a month.
    private static func isoMonth(_ b: [UInt8], year: Range<Int>, _ month: Int) -> String {
        var out = Array(b[year])
        out += [UInt8(ascii: "-"), UInt8(0x30 + month / 10), UInt8(0x30 + month % 10)]
        return String(decoding: out, as: UTF8.self)
    }

    /// Continuous work outweighs a yearly mention (`Thường xuyên, hằng năm báo cáo`): a word of
    /// either kind anywhere in the cell, found in one pass (only bytes that open a word are tried).
    private static func recurrence(_ b: [UInt8]) -> Recurrence? {
        var annual = false
        for i in b.indices where recurrenceFirstBytes[Int(b[i])] {
            if continuousWords.contains(where: { Bytes.hasPrefix(b, i, b.count, $0) }) { return .continuous }
            if !annual { annual = annualWords.contains { Bytes.hasPrefix(b, i, b.count, $0) } }
        }
        return annual ? .annual : nil
    }

    private static let recurrenceFirstBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in continuousWords + annualWords { if let f = w.first { t[Int(f)] = true } }
        return t
    }()

    private static let annualWords = ["hàng năm", "Hàng năm", "hằng năm", "Hằng năm", "định kỳ", "Định kỳ", "HÀNG NĂM", "HẰNG NĂM"].map { Array($0.utf8) }
    private static let continuousWords = ["thường xuyên", "Thường xuyên", "liên tục", "Liên tục", "trong quá trình", "Trong quá trình",
                                          "THƯỜNG XUYÊN"].map { Array($0.utf8) }
    private static let truoc = ["Trước", "trước"].map { Array($0.utf8) }
    private static let quy = ["Quý", "quý", "QUÝ"].map { Array($0.utf8) }
    private static let nam = [Array("năm".utf8)]

    /// The end of the first of `words` that starts a word at `i`.
    private static func prefixWord(_ b: [UInt8], _ i: Int, _ words: [[UInt8]]) -> Int? {
        guard i == 0 || b[i - 1] == Bytes.space else { return nil }
        for u in words where Bytes.hasPrefix(b, i, b.count, u) { return i + u.count }
        return nil
    }

    /// `Quý IV/2021`, `Quý 4 năm 2021`, `quý II/2022`.
    private static func quarter(_ b: [UInt8], _ i: Int) -> (String, String, Int)? {
        guard let w = prefixWord(b, i, quy) else { return nil }
        var j = w
        while j < b.count, b[j] == Bytes.space { j += 1 }
        var k = j
        while k < b.count, b[k] == UInt8(ascii: "I") || b[k] == UInt8(ascii: "V") || Bytes.isDigit(b[k]) { k += 1 }
        let label = String(decoding: b[j..<k], as: UTF8.self)
        guard let q = Int(label) ?? Roman.value(label), (1...4).contains(q) else { return nil }
        var m = k
        while m < b.count, b[m] == Bytes.space || b[m] == UInt8(ascii: "/") { m += 1 }
        if let w2 = prefixWord(b, m, nam) { m = w2; while m < b.count, b[m] == Bytes.space { m += 1 } }
        var e = m
        while e < b.count, Bytes.isDigit(b[e]) { e += 1 }
        guard e - m == 4 else { return nil }
        return (isoMonth(b, year: m..<e, (q - 1) * 3 + 1), isoMonth(b, year: m..<e, q * 3), e)
    }

    /// `12/2021` (month and year).
    private static func monthYear(_ b: [UInt8], _ i: Int) -> (String, Int)? {
        var j = i
        while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
        guard j - i <= 2, j < b.count, b[j] == UInt8(ascii: "/"), let month = number(b, i, j), (1...12).contains(month) else { return nil }
        var k = j + 1
        let ys = k
        while k < b.count, Bytes.isDigit(b[k]) { k += 1 }
        guard k - ys == 4 else { return nil }
        return (isoMonth(b, year: ys..<k, month), k)
    }
}
