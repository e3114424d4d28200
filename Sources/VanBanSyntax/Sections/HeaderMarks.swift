import VanBanModel

/// The marks Decree 30 stamps by a document's number (ô 10a, 10b, 11): độ mật (secrecy), mức độ khẩn
/// (urgency) and the chỉ dẫn phạm vi lưu hành (circulation). A text copy prints each on a line of its
/// own: in the header's left column, above the header, or over `Kính gửi`. Any case and either tone
/// placement are read (`Hỏa tốc`, `HOẢ TỐC`); the text is kept as printed.
enum HeaderMarks {
    /// The field a line is the mark of, when the whole line is one (brackets around it allowed:
    /// `(MẬT)`, `[KHẨN]`); nil for any other line.
    static func field(of line: String) -> HeaderField? {
        let u = line.utf8
        guard u.count >= 3, u.count <= 48, let f = u.first, firstBytes.contains(f | 0x20) || f == UInt8(ascii: "(") || f == UInt8(ascii: "[")
        else { return nil }
        var key = Substring(line.matchKey)
        while let c = key.first, c == "(" || c == "[" || c == " " { key = key.dropFirst() }
        while let c = key.last, c == ")" || c == "]" || c == " " || c == "!" || c == "." { key = key.dropLast() }
        // `HỎA TỐC HẸN GIỜ` may name its hour (`HỎA TỐC HẸN GIỜ 10 GIỜ 00 NGÀY 05/3`).
        if key.hasPrefix(timedUrgency) { return .urgency }
        return marks[String(key)]
    }

    /// Records a mark line in `header`; false when the line is none or its field is set already.
    static func record(_ line: String, at position: Position, into header: inout Header) -> Bool {
        guard let field = field(of: line) else { return false }
        let text = line.trimmed()
        switch field {
        case .urgency where header.urgency == nil: header.urgency = text
        case .secrecy where header.secrecy == nil: header.secrecy = text
        case .circulation where header.circulation == nil: header.circulation = text
        default: return false
        }
        header.positions[field] = position
        return true
    }

    private static let timedUrgency = "HỎA TỐC HẸN GIỜ"

    private static let marks: [String: HeaderField] = {
        var m: [String: HeaderField] = [:]
        for k in ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", timedUrgency] { m[k] = .urgency }
        for k in ["TUYỆT MẬT", "TỐI MẬT", "MẬT"] { m[k] = .secrecy }
        for k in ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"] { m[k] = .circulation }
        return m
    }()

    /// The marks' first letters in lower case (`h`, `t`, `k`, `m`, `x`, `l`): a cheap first test.
    private static let firstBytes: Set<UInt8> = Set("htkmxl".utf8)
}
