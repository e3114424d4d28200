/// Dates as Vietnamese documents write them: `ngày 01 tháng 10 năm 2021`, `ngày 07/8/2018`, `16/7/2021`.
public enum VietnameseDate {
    private static let ngay = Array("ngày".utf8), ngayUpper = Array("NGÀY".utf8), ngayTitle = Array("Ngày".utf8)
    private static let thang = Array("tháng".utf8), thangUpper = Array("THÁNG".utf8)
    private static let nam = Array("năm".utf8), namUpper = Array("NĂM".utf8)
    /// Each word in the cases it is written in, made once (not an array per date read).
    private static let ngayForms = [ngay, ngayUpper, ngayTitle], thangForms = [thang, thangUpper], namForms = [nam, namUpper]

    /// A date at `i` in `b`, which may start with `ngày`; returns the ISO date and the byte offset after it.
    /// With `latestYear`, a numeric date's two-digit year (`ngày 03/03/19`) is read as the latest
    /// year so written not after it (2019 before 2025, 1998 before 2019); without it, not at all.
    static func read(_ b: [UInt8], at start: Int, requireNgay: Bool = false, latestYear: Int? = nil) -> (iso: String, end: Int)? {
        guard let w = written(b, at: start, requireNgay: requireNgay, latestYear: latestYear), let iso = iso(w.year, w.month, w.day) else { return nil }
        return (iso, w.end)
    }

    /// A date written out in full at `start` (day, month and year), whether or not the calendar has it
    /// (`ngày 31 tháng 02 năm 2024`); a two-digit year only as `read` says.
    static func written(_ b: [UInt8], at start: Int, requireNgay: Bool = false, latestYear: Int? = nil) -> (day: Int, month: Int, year: Int, end: Int)? {
        var i = start
        let n = b.count
        if let w = ngayForms.first(where: { Bytes.hasPrefix(b, i, n, $0) }) {
            i += w.count
            i = skip(b, i)
        } else if requireNgay {
            return nil
        }
        guard let (day, afterDay) = digits(b, i, max: 2) else { return nil }
        i = afterDay
        // Numeric form: 07/8/2018, 07-8-2018, 07.8.2018; a space typed after a slash (`15/ 7/ 2025`).
        if i < n, b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: ".") {
            let sep = b[i]
            let slash = sep == UInt8(ascii: "/")
            guard let (month, afterMonth) = digits(b, slash ? skip(b, i + 1) : i + 1, max: 2), afterMonth < n, b[afterMonth] == sep else { return nil }
            let yearStart = slash ? skip(b, afterMonth + 1) : afterMonth + 1
            guard let (year, afterYear) = digits(b, yearStart, max: 4) else { return nil }
            switch afterYear - yearStart {
            case 4: return (day, month, year, afterYear)
            case 2:
                // Not a number going on (`15/9/19.5`, `15/9/19/2`) nor a year split by a space (`16/7/20 21`).
                guard let latest = latestYear, afterYear == n || !Self.continuesNumber(b, at: afterYear) else { return nil }
                let century = latest - latest % 100
                return (day, month, century + year > latest ? century - 100 + year : century + year, afterYear)
            default: return nil
            }
        }
        i = skip(b, i)
        // A comma typed after the day (`ngày 15, tháng 7 năm 2025`).
        if i < n, b[i] == UInt8(ascii: ","), Self.thangForms.contains(where: { Bytes.hasPrefix(b, skip(b, i + 1), n, $0) }) { i = skip(b, i + 1) }
        guard let tw = thangForms.first(where: { Bytes.hasPrefix(b, i, n, $0) }) else { return nil }
        i = skip(b, i + tw.count)
        guard let (month, afterMonth) = digits(b, i, max: 2) else { return nil }
        i = skip(b, afterMonth)
        // A comma typed before the year (`tháng 7, năm 2025`).
        if i < n, b[i] == UInt8(ascii: ","), Self.namForms.contains(where: { Bytes.hasPrefix(b, skip(b, i + 1), n, $0) }) { i = skip(b, i + 1) }
        guard let nw = namForms.first(where: { Bytes.hasPrefix(b, i, n, $0) }) else { return nil }
        i = skip(b, i + nw.count)
        guard let (year, afterYear) = digits(b, i, max: 4), afterYear - i == 4 else { return nil }
        return (day, month, year, afterYear)
    }

    /// The first real date in `text` introduced by `ngày` (any case); nil when there is none.
    public static func first(in text: String) -> String? {
        firstAfterNgay(in: text) { b, i in read(b, at: i, requireNgay: true)?.iso }
    }

    /// Whether `text` holds a date introduced by `ngày` and written out in full, real or not.
    public static func isWritten(in text: String) -> Bool {
        firstAfterNgay(in: text) { b, i in written(b, at: i, requireNgay: true) } != nil
    }

    /// The first non-nil `read` at a word that may be `ngày`.
    private static func firstAfterNgay<T>(in text: String, _ read: ([UInt8], Int) -> T?) -> T? {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "n") || b[i] == UInt8(ascii: "N"), i == 0 || b[i - 1] == Bytes.space || b[i - 1] == UInt8(ascii: ",") || b[i - 1] == UInt8(ascii: "(") {
                if let r = read(b, i) { return r }
            }
            i += 1
        }
        return nil
    }

    /// ISO 8601 for a real calendar date; nil otherwise.
    public static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard isDate(year, month, day) else { return nil }
        // `YYYY-MM-DD`, written in place (ten bytes: a string that needs no storage of its own).
        return String(unsafeUninitializedCapacity: 10) { out in
            func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
            (out[0], out[1], out[2], out[3]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year))
            (out[4], out[5], out[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month))
            (out[7], out[8], out[9]) = (UInt8(ascii: "-"), digit(day / 10), digit(day))
            return 10
        }
    }

    /// Whether the calendar has the day, in the years a document names (1900 to 2200).
    static func isDate(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard year >= 1900, year <= 2200, month >= 1, month <= 12, day >= 1 else { return false }
        switch month {
        case 2: return day <= ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }

    /// Whether the bytes at `i` carry on the number before them: a digit, a separator then a digit,
    /// or a space then a digit.
    private static func continuesNumber(_ b: [UInt8], at i: Int) -> Bool {
        if Bytes.isDigit(b[i]) { return true }
        let c = b[i]
        guard c == UInt8(ascii: "/") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: "-") || c == Bytes.space else { return false }
        return i + 1 < b.count && Bytes.isDigit(b[i + 1])
    }

    private static func skip(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count, b[i] == Bytes.space { i += 1 }
        return i
    }

    private static func digits(_ b: [UInt8], _ i: Int, max: Int) -> (Int, Int)? {
        var j = i
        var v = 0
        while j < b.count, Bytes.isDigit(b[j]), j - i < max {
            v = v * 10 + Int(b[j] - 0x30)
            j += 1
        }
        guard j > i else { return nil }
        if j < b.count, Bytes.isDigit(b[j]) { return nil }
        return (v, j)
    }
}
