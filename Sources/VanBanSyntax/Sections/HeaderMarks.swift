import VanBanModel

/// The marks Decree 30 stamps by a document's number (ô 10a, 10b, 11): độ mật (secrecy), mức độ khẩn
/// (urgency) and the chỉ dẫn phạm vi lưu hành (circulation). A text copy prints each on a line of its
/// own: in the header's left column, above the header, or over `Kính gửi`. Any case and either tone
/// placement are read (`Hỏa tốc`, `HOẢ TỐC`); the text is kept as printed.
enum HeaderMarks {
    /// The field a line is the mark of, when the whole line is one (brackets around it allowed:
    /// `(MẬT)`, `[KHẨN]`); nil for any other line.
    static func field(of line: String) -> HeaderField? {
        guard mayBeMark(line) else { return nil }
        // Compared in capitals, byte-wise, brackets and spaces around it dropped.
        var key = Case.upperUTF8(line, foldingSpaces: true)[...]
        while let c = key.first, c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == Bytes.space { key = key.dropFirst() }
        while let c = key.last, c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == Bytes.space || c == UInt8(ascii: "!") || c == UInt8(ascii: ".") {
            key = key.dropLast()
        }
        // `HỎA TỐC HẸN GIỜ` may name its hour (`HỎA TỐC HẸN GIỜ 10 GIỜ 00 NGÀY 05/3`).
        if timedUrgency.contains(where: { key.starts(with: $0) }) { return .urgency }
        return marks.first { $0.key.elementsEqual(key) }?.field
    }

    /// A mark ending a line after a space (`Số: 88/UBND-NC HỎA TỐC`): the line before it and the
    /// mark, the longest of up to four words that is one (`THƯỢNG KHẨN`, not `KHẨN`); nil when none
    /// is. (A timed `HỎA TỐC HẸN GIỜ …` is read only on a line of its own.)
    static func trailing(_ line: String) -> (head: String, mark: String)? {
        var line = line
        return line.withUTF8 { u -> (head: String, mark: String)? in
            // The last word first: every mark ends with one of a few (`TỐC`, `KHẨN`, `MẬT`, `LẠI`, `BỘ`).
            var last = u.count
            while last > 0, u[last - 1] == UInt8(ascii: ")") || u[last - 1] == UInt8(ascii: "]") || u[last - 1] == UInt8(ascii: ".") || u[last - 1] == UInt8(ascii: "!") { last -= 1 }
            var start = last
            while start > 0, u[start - 1] != Bytes.space { start -= 1 }
            guard start > 0 else { return nil }
            var word = start
            while word < last, u[word] == UInt8(ascii: "(") || u[word] == UInt8(ascii: "[") { word += 1 }
            guard last - word <= 8, lastWords.contains(Case.upperUTF8(String(decoding: UnsafeBufferPointer(rebasing: u[word..<last]), as: UTF8.self)))
            else { return nil }
            var found: (head: String, mark: String)?
            var k = u.count
            for _ in 0..<4 {
                var space = k - 1
                while space > 0, u[space] != Bytes.space { space -= 1 }
                guard space > 0, space + 1 < u.count else { break }
                k = space
                var head = space
                while head > 0, u[head - 1] == Bytes.space { head -= 1 }
                let mark = String(decoding: UnsafeBufferPointer(rebasing: u[(space + 1)...]), as: UTF8.self)
                if head > 0, field(of: mark) != nil { found = (String(decoding: UnsafeBufferPointer(rebasing: u[..<head]), as: UTF8.self), mark) }
            }
            return found
        }
    }

    /// The words the marks end with, in capitals.
    private static let lastWords: Set<[UInt8]> = Set(["TỐC", "KHẨN", "MẬT", "LẠI", "BỘ"].map { Array($0.utf8) })

    /// Records a mark line in `header` and returns its field; nil when the line is none or its field
    /// is set already.
    @discardableResult
    static func record(_ line: String, at position: Position, into header: inout Header) -> HeaderField? {
        guard let field = field(of: line) else { return nil }
        let text = line.trimmed()
        switch field {
        case .urgency where header.urgency == nil: header.urgency = text
        case .secrecy where header.secrecy == nil: header.secrecy = text
        case .circulation where header.circulation == nil: header.circulation = text
        default: return nil
        }
        header.positions[field] = position
        return field
    }

    /// `HỎA TỐC HẸN GIỜ`, the tone placed on either vowel (`HOẢ`).
    private static let timedUrgency = ["HỎA TỐC HẸN GIỜ", "HOẢ TỐC HẸN GIỜ"].map { Array($0.utf8) }

    private static let marks: [(key: [UInt8], field: HeaderField)] = {
        let words: [(String, HeaderField)] = [
            ("HỎA TỐC", .urgency), ("HOẢ TỐC", .urgency), ("THƯỢNG KHẨN", .urgency), ("KHẨN", .urgency),
            ("TUYỆT MẬT", .secrecy), ("TỐI MẬT", .secrecy), ("MẬT", .secrecy),
            ("XEM XONG TRẢ LẠI", .circulation), ("LƯU HÀNH NỘI BỘ", .circulation),
        ]
        return words.map { (Array($0.0.utf8), $0.1) }
    }()

    /// A cheap first test on a line's length and first two bytes, the first letter in lower case:
    /// `hỏ`/`ho`, `th`/`tố`/`tu`, `kh`, `mậ`, `xe`, `lư` (or a bracket first).
    private static func mayBeMark(_ line: String) -> Bool {
        var it = line.utf8.makeIterator()
        guard line.utf8.count >= 3, line.utf8.count <= 48, let f = it.next(), let g = it.next() else { return false }
        if f == UInt8(ascii: "(") || f == UInt8(ascii: "[") { return true }
        let s = g < 0x80 ? g | 0x20 : g
        switch f | 0x20 {
        case UInt8(ascii: "h"): return s == UInt8(ascii: "o") || s == 0xE1
        case UInt8(ascii: "t"): return s == UInt8(ascii: "h") || s == UInt8(ascii: "u") || s == 0xE1
        case UInt8(ascii: "k"): return s == UInt8(ascii: "h")
        case UInt8(ascii: "m"): return s == 0xE1
        case UInt8(ascii: "x"): return s == UInt8(ascii: "e")
        case UInt8(ascii: "l"): return s == 0xC6
        default: return false
        }
    }
}
