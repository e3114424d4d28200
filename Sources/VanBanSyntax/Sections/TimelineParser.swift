import VanBanModel

/// Reads a timeline cell (`2021-2025`, `Quý IV/2021`, `Trước 30/6/2022`, `Hàng năm` …) into dates at
/// the precision written. Every date in the cell counts: two phases in one cell span both.
public enum TimelineParser {
    public static func parse(_ text: String) -> Timeline? {
        let t = text.collapsingSpaces
        guard !t.isEmpty else { return nil }
        let b = Array(t.utf8)
        var span = Span()
        var i = 0
        while i < b.count {
            // A word that may open one of the words read here: T (Trước, Từ, Tháng), Đ/đ (C4 90/91), Q (Quý).
            let atWord = (i == 0 || b[i - 1] == Bytes.space) && Self.opensWord[Int(b[i])]
            if atWord, let w = prefixWord(b, i, Self.truoc) { span.before = true; i = w; continue }
            if atWord, let w = prefixWord(b, i, Self.tu, whole: true) {
                // "Từ nay đến 2030" (from now until 2030) names only an end.
                var n = w
                while n < b.count, b[n] == Bytes.space { n += 1 }
                if let e = prefixWord(b, n, Self.nay, whole: true) { span.before = true; i = e; continue }
                span.since = span.since || span.from == nil && span.to == nil
                i = w
                continue
            }
            if atWord, let w = prefixWord(b, i, Self.den, whole: true) {
                // "Đến …" before anything is dated names an end alone; after a start, it closes a span,
                // unless it runs to now (`Từ tháng 3/2022 đến nay`), which names no end.
                var n = w
                while n < b.count, b[n] == Bytes.space { n += 1 }
                let now = prefixWord(b, n, Self.nay, whole: true) != nil
                if span.from == nil, span.to == nil, span.months.isEmpty, !span.since { span.before = true } else if !now { span.closed = true }
                i = w
                continue
            }
            if b[i] == UInt8(ascii: "-") || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x93) { span.closed = true }
            if atWord, let (first, last, end) = quarter(b, i) { span.add(first, last); i = end; continue }
            if atWord, let w = prefixWord(b, i, Self.thang, whole: true) {
                // `tháng 6 năm 2022` read here, `tháng 6/2022` below; `tháng 3` waits for its year.
                var j = w
                while j < b.count, b[j] == Bytes.space { j += 1 }
                i = j
                guard let (m, end) = monthNumber(b, j) else { continue }
                if let (value, year, e) = monthOfYear(b, j) { span.dated(value, year: year, month: m); i = e; continue }
                if end < b.count, b[end] == UInt8(ascii: "/") { continue }
                span.months.append(m)
                i = end
                continue
            }
            if Bytes.isDigit(b[i]), i == 0 || !Bytes.isDigit(b[i - 1]) {
                if let w = VietnameseDate.written(b, at: i), VietnameseDate.isDate(w.year, w.month, w.day) {
                    span.dated(Stamp(year: w.year, month: w.month, day: w.day), year: w.year, month: w.month)
                    i = w.end
                    continue
                }
                if let (year, month, end) = monthYear(b, i) {
                    span.dated(Stamp(year: year, month: month), year: year, month: month)
                    i = end
                    continue
                }
                if let (first, last, end) = half(b, i) { span.add(first, last); i = end; continue }
                // A month in a list of months (`tháng 6, 7, 8/2022`, `tháng 6, 7 năm 2022`).
                if !span.months.isEmpty, let (m, end) = monthNumber(b, i) {
                    if let (value, year, e) = monthOfYear(b, i) { span.dated(value, year: year, month: m); i = e; continue }
                    span.months.append(m)
                    i = end
                    continue
                }
                var j = i
                while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
                if j - i == 4, let y = number(b, i, j), y >= 1900, y <= 2200 { span.add(Stamp(year: y), Stamp(year: y)) }
                i = j
                continue
            }
            i += 1
        }
        // A span opened (`Từ …`) at one date (a day, month, quarter or year) and never closed runs
        // on: it names no end.
        if span.since, !span.closed, !span.before, span.dates == 1 { span.to = nil }
        return Timeline(text: t, from: span.from?.iso, to: span.to?.iso, recurrence: recurrence(b))
    }

    /// What a cell's words have dated so far.
    private struct Span {
        /// The earliest start and the latest end.
        var from: Stamp?, to: Stamp?
        var dates = 0
        /// "Trước 30/6/2022", "Đến hết năm 2025": only an end. "Từ năm 2022", no end named: only a start.
        var before = false, since = false, closed = false
        /// Months named before the year they are in (`Tháng 6, 7/2022`, `Từ tháng 3 đến tháng 6/2022`).
        var months: [Int] = []

        /// A date read from `start` (nil: only an end, after `Trước`) to `end`.
        mutating func add(_ start: Stamp, _ end: Stamp) {
            dates += 1
            if !before, from.map({ start < $0 }) ?? true { from = start }
            if to.map({ end > $0 }) ?? true { to = end }
        }

        /// A date (`value`) in `year` and `month` has been read: the months waiting for a year take
        /// its year, or the year before for a month after its own (`tháng 11 - 2/2023`).
        mutating func dated(_ value: Stamp, year: Int, month: Int) {
            for m in months {
                let stamp = Stamp(year: m > month ? year - 1 : year, month: m)
                add(stamp, stamp)
            }
            months = []
            add(value, value)
        }
    }

    /// An ISO date at the precision written (`2022`, `2022-06`, `2022-06-30`), kept as numbers:
    /// the earliest and latest are found without a string made. They compare as their ISO strings
    /// do (a year before its own months).
    struct Stamp: Comparable {
        let year: Int
        /// 0 where not written.
        let month: Int, day: Int

        init(year: Int, month: Int = 0, day: Int = 0) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Four digits: the strings' order is the numbers' (an absent part, 0, sorts first as the
        /// shorter string does).
        private var hasFourDigits: Bool { year >= 1000 && year <= 9999 }

        static func < (a: Stamp, b: Stamp) -> Bool {
            guard a.hasFourDigits, b.hasFourDigits else { return a.iso < b.iso }
            return (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }

        /// `2021`, `2021-04`, `2021-04-30` (the year as `String(year)` writes it).
        var iso: String {
            guard hasFourDigits else {
                var s = String(year)
                for part in [month, day] where part > 0 { s += (part < 10 ? "-0" : "-") + String(part) }
                return s
            }
            let count = day > 0 ? 10 : month > 0 ? 7 : 4
            return String(unsafeUninitializedCapacity: count) { out in
                func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
                (out[0], out[1], out[2], out[3]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year))
                if count > 4 { (out[4], out[5], out[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month)) }
                if count > 7 { (out[7], out[8], out[9]) = (UInt8(ascii: "-"), digit(day / 10), digit(day)) }
                return count
            }
        }
    }

    /// The value of the ASCII digits `b[from..<to]` (at most four).
    private static func number(_ b: [UInt8], _ from: Int, _ to: Int) -> Int? {
        guard to > from, to - from <= 4 else { return nil }
        return b[from..<to].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// A month's number (1 to 12, one or two digits) at `i`, and where it ends.
    private static func monthNumber(_ b: [UInt8], _ i: Int) -> (Int, Int)? {
        var j = i
        while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
        guard j > i, j - i <= 2, let m = number(b, i, j), (1...12).contains(m) else { return nil }
        return (m, j)
    }

    /// `6 năm 2022` (a month, `năm` and the year) at `i`: the ISO month, the year, and where it ends.
    private static func monthOfYear(_ b: [UInt8], _ i: Int) -> (Stamp, Int, Int)? {
        guard let (m, j) = monthNumber(b, i) else { return nil }
        var k = j
        while k < b.count, b[k] == Bytes.space { k += 1 }
        guard let w = prefixWord(b, k, nam) else { return nil }
        var ys = w
        while ys < b.count, b[ys] == Bytes.space { ys += 1 }
        var e = ys
        while e < b.count, Bytes.isDigit(b[e]) { e += 1 }
        guard e - ys == 4, let y = number(b, ys, e) else { return nil }
        return (Stamp(year: y, month: m), y, e)
    }

    /// `6 tháng đầu năm 2022` (the first half: 2022-01 to 2022-06), `3 tháng cuối năm 2022` (the last
    /// quarter: 2022-10 to 2022-12), any count of months from one to eleven.
    private static func half(_ b: [UInt8], _ i: Int) -> (Stamp, Stamp, Int)? {
        guard let (n, j) = monthNumber(b, i), n < 12, j < b.count, b[j] == Bytes.space else { return nil }
        for (words, opening) in [(halfFirst, true), (halfLast, false)] {
            guard let w = prefixWord(b, j + 1, words) else { continue }
            var ys = w
            while ys < b.count, b[ys] == Bytes.space { ys += 1 }
            var e = ys
            while e < b.count, Bytes.isDigit(b[e]) { e += 1 }
            guard e - ys == 4, let y = number(b, ys, e) else { return nil }
            return opening ? (Stamp(year: y, month: 1), Stamp(year: y, month: n), e) : (Stamp(year: y, month: 13 - n), Stamp(year: y, month: 12), e)
        }
        return nil
    }

    /// Continuous work outweighs a yearly mention (`Thường xuyên, hằng năm báo cáo`): a word of
    /// either kind anywhere in the cell, found in one pass (only bytes that open a word are tried).
    /// `Định kỳ` (periodically) alone is yearly, as plans mean it; with a shorter period named
    /// (`Định kỳ 6 tháng`, `định kỳ hằng quý`) it is none the model has.
    private static func recurrence(_ b: [UInt8]) -> Recurrence? {
        var annual = false, periodic = false
        for i in b.indices where recurrenceFirstBytes[Int(b[i])] {
            if continuousWords.contains(where: { Bytes.hasPrefix(b, i, b.count, $0) }) { return .continuous }
            if !annual { annual = annualWords.contains { Bytes.hasPrefix(b, i, b.count, $0) } }
            if !periodic { periodic = periodicWords.contains { Bytes.hasPrefix(b, i, b.count, $0) } }
        }
        if annual { return .annual }
        // The shorter periods are looked for only in a cell that says `định kỳ` (most cells are
        // asked this, and their t and q open many words).
        guard periodic else { return nil }
        let shorter = b.indices.contains { i in shorterPeriods.contains { Bytes.hasPrefix(b, i, b.count, $0) } }
        return shorter ? nil : .annual
    }

    private static let recurrenceFirstBytes = Bytes.table(firstBytesOf: continuousWords + annualWords + periodicWords)

    private static let annualWords = ["hàng năm", "Hàng năm", "hằng năm", "Hằng năm", "HÀNG NĂM", "HẰNG NĂM"].map { Array($0.utf8) }
    private static let periodicWords = ["định kỳ", "Định kỳ", "ĐỊNH KỲ"].map { Array($0.utf8) }
    private static let shorterPeriods = ["tháng", "Tháng", "quý", "Quý", "tuần", "Tuần"].map { Array($0.utf8) }
    private static let continuousWords = ["thường xuyên", "Thường xuyên", "liên tục", "Liên tục", "trong quá trình", "Trong quá trình",
                                          "THƯỜNG XUYÊN"].map { Array($0.utf8) }
    private static let truoc = ["Trước", "trước"].map { Array($0.utf8) }
    private static let quy = ["Quý", "quý", "QUÝ"].map { Array($0.utf8) }
    private static let nam = [Array("năm".utf8)]
    private static let thang = ["Tháng", "tháng", "THÁNG"].map { Array($0.utf8) }
    /// The first bytes of `truoc`, `tu`, `den`, `quy` and `thang`.
    private static let opensWord = Bytes.table(firstBytesOf: truoc + tu + den + quy + thang)
    private static let joiners = ["và", "đến"].map { Array($0.utf8) }
    private static let nay = ["nay", "NAY"].map { Array($0.utf8) }
    private static let tu = ["Từ", "từ", "TỪ"].map { Array($0.utf8) }
    private static let den = ["Đến", "đến", "ĐẾN"].map { Array($0.utf8) }
    private static let halfFirst = ["tháng đầu năm", "Tháng đầu năm"].map { Array($0.utf8) }
    private static let halfLast = ["tháng cuối năm", "Tháng cuối năm"].map { Array($0.utf8) }

    /// The end of the first of `words` that starts a word at `i` (and, `whole`, ends one: `Từ`, not `Từng`).
    private static func prefixWord(_ b: [UInt8], _ i: Int, _ words: [[UInt8]], whole: Bool = false) -> Int? {
        guard i == 0 || b[i - 1] == Bytes.space else { return nil }
        for u in words where Bytes.hasPrefix(b, i, b.count, u) {
            let e = i + u.count
            if whole, e < b.count, b[e] >= 0x80 || (b[e] | 0x20 >= 0x61 && b[e] | 0x20 <= 0x7A) { continue }
            return e
        }
        return nil
    }

    /// `Quý IV/2021`, `Quý 4 năm 2021`, `quý II/2022`; quarters listed before their year (`Quý II, III/2022`,
    /// `quý I và quý II năm 2022`, `Quý III - IV/2022`) span from the first to the last.
    private static func quarter(_ b: [UInt8], _ i: Int) -> (Stamp, Stamp, Int)? {
        guard let w = prefixWord(b, i, quy) else { return nil }
        /// The quarter's number at `j` (Roman or Arabic) and where it ends.
        func label(_ j: Int) -> (Int, Int)? {
            var k = j
            while k < b.count, b[k] == UInt8(ascii: "I") || b[k] == UInt8(ascii: "V") || Bytes.isDigit(b[k]) { k += 1 }
            let label = String(decoding: b[j..<k], as: UTF8.self)
            guard let q = Int(label) ?? Roman.value(label), (1...4).contains(q) else { return nil }
            return (q, k)
        }
        var j = w
        while j < b.count, b[j] == Bytes.space { j += 1 }
        guard var (q, k) = label(j) else { return nil }
        let first = q
        // More quarters after a comma, a dash or `và`/`đến`, each perhaps named `quý` again.
        while true {
            var n = k
            while n < b.count, b[n] == Bytes.space { n += 1 }
            if n < b.count, b[n] == UInt8(ascii: ",") || b[n] == UInt8(ascii: "-") { n += 1 }
            else if n + 2 < b.count, b[n] == 0xE2, b[n + 1] == 0x80, b[n + 2] == 0x93 { n += 3 }
            else if let e = prefixWord(b, n, joiners, whole: true) { n = e }
            else { break }
            while n < b.count, b[n] == Bytes.space { n += 1 }
            if let e = prefixWord(b, n, quy) { n = e; while n < b.count, b[n] == Bytes.space { n += 1 } }
            guard let (next, e) = label(n), next > q else { break }
            (q, k) = (next, e)
        }
        var m = k
        while m < b.count, b[m] == Bytes.space || b[m] == UInt8(ascii: "/") { m += 1 }
        if let w2 = prefixWord(b, m, nam) { m = w2; while m < b.count, b[m] == Bytes.space { m += 1 } }
        var e = m
        while e < b.count, Bytes.isDigit(b[e]) { e += 1 }
        guard e - m == 4 else { return nil }
        guard let y = number(b, m, e) else { return nil }
        return (Stamp(year: y, month: (first - 1) * 3 + 1), Stamp(year: y, month: q * 3), e)
    }

    /// `12/2021` (month and year): the year, the month and where they end.
    private static func monthYear(_ b: [UInt8], _ i: Int) -> (Int, Int, Int)? {
        var j = i
        while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
        guard j - i <= 2, j < b.count, b[j] == UInt8(ascii: "/"), let month = number(b, i, j), (1...12).contains(month) else { return nil }
        var k = j + 1
        let ys = k
        while k < b.count, Bytes.isDigit(b[k]) { k += 1 }
        guard k - ys == 4 else { return nil }
        guard let y = number(b, ys, k) else { return nil }
        return (y, month, k)
    }
}
