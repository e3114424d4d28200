import VanBanModel

/// A numbering marker at the start of a paragraph: `I.`, `1.`, `1.1.`, `a)`, `-`, `+`, `Điều 5a.`,
/// `Chương II`, `Mục 1`, `Tiểu mục 2`, `Phần I`.
struct Marker: Equatable {
    var kind: NodeKind
    /// Where the label's bytes stand (`IV`, `1.2`, `đ`, `5a`); empty for a dash's or a plus's, whose
    /// label is its sign whatever the bullet. The label is made only for a marker that becomes a node.
    var labelRange: Range<Int>
    /// Byte offset (absolute) where the text after the marker and its spaces begins.
    var contentStart: Int
    /// Depth within `clause` (0 for `1.`, 1 for `1.1.`) or `point` (0 for `a)` and `a1)`, 1 for `a.1)`);
    /// 0 for other kinds.
    var depth: Int = 0
    /// An Arabic number closed by a parenthesis (`1)`), not a stop.
    var parenthesized = false

    init(kind: NodeKind, label: Range<Int>, contentStart: Int, depth: Int = 0, parenthesized: Bool = false) {
        self.kind = kind
        self.labelRange = label
        self.contentStart = contentStart
        self.depth = depth
        self.parenthesized = parenthesized
    }

    /// The label without punctuation (`IV`, `1.2`, `đ`, `-`, `+`), from the bytes the marker was read in.
    func label(_ b: [UInt8]) -> String {
        switch kind {
        case .dash: "-"
        case .plus: "+"
        default: String(decoding: b[labelRange], as: UTF8.self)
        }
    }

    /// Nesting rank: a node becomes the child of the nearest open node of a lower rank.
    var rank: Int {
        switch kind {
        case .part: 0
        case .chapter: 10
        case .section: 20
        case .subsection: 30
        case .article: 40
        case .clause: 50 + depth
        case .point: 60 + depth
        case .paragraph: 70
        case .dash: 80
        case .plus: 90
        }
    }
}

/// Byte prefixes a line may open with, grouped by their first byte: a line is compared only with
/// the prefixes that open as it does.
struct PrefixSet {
    let needles: [[UInt8]]
    private let byFirstByte: [[[UInt8]]]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }
        var t = [[[UInt8]]](repeating: [], count: 256)
        for n in needles { t[Int(n[0])].append(n) }
        byFirstByte = t
    }

    /// Whether bytes `from..<to` of `b` open with one of the prefixes.
    func opens(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        return byFirstByte[Int(b[from])].contains { Bytes.hasPrefix(b, from, to, $0) }
    }

    /// Whether `text` opens with one of the prefixes.
    func opens(_ text: String) -> Bool {
        guard let f = text.utf8.first else { return false }
        return byFirstByte[Int(f)].contains { text.utf8.starts(with: $0) }
    }
}

/// Whole words matched exactly: a word's first byte and length rule most words out before any
/// comparison of bytes.
struct WordSet {
    private let byFirstByte: [[[UInt8]]]
    /// Bit n set where a word of n bytes opens with the byte.
    private let lengths: [UInt32]

    init(_ words: [[UInt8]]) {
        var t = [[[UInt8]]](repeating: [], count: 256)
        var l = [UInt32](repeating: 0, count: 256)
        for w in words {
            precondition(!w.isEmpty && w.count < 32, "a word set holds words of 1 to 31 bytes")
            t[Int(w[0])].append(w)
            l[Int(w[0])] |= 1 << UInt32(w.count)
        }
        byFirstByte = t
        lengths = l
    }

    /// Whether bytes `from..<to` of `b` are one of the words.
    func contains(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        let n = to - from
        guard n > 0, n < 32, lengths[Int(b[from])] >> UInt32(n) & 1 == 1 else { return false }
        return byFirstByte[Int(b[from])].contains { $0.count == n && Bytes.hasPrefix(b, from, to, $0) }
    }
}

/// A legal basis or a proposal of the preamble (`Căn cứ …`, `Theo đề nghị …`, `Xét đề nghị …`).
enum Basis {
    private static let openings = PrefixSet(["Căn cứ", "Xét đề nghị", "Theo đề nghị", "Xét đề xuất"])

    static func opens(_ b: [UInt8], from: Int) -> Bool { openings.opens(b, from, b.count) }
    static func opens(_ text: String) -> Bool { openings.opens(text) }
}

/// Paragraph openers that start a new paragraph without being body nodes.
enum Opener {
    private static let all = PrefixSet([
        "Căn cứ", "Xét đề nghị", "Theo đề nghị", "Xét đề xuất", RecipientsLabel.sentenceCase, RecipientsLabel.capitals, "Kính gửi", "KÍNH GỬI", "Trên đây",
        "Nghị quyết này đã được Hội đồng", "Nghị quyết này được Hội đồng", "Nghị quyết này đã được Quốc hội",
        "Nghị quyết này được Quốc hội", "Luật này đã được Quốc hội", "Luật này được Quốc hội",
        "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "NGHỊ QUYẾT:", "CHỈ THỊ:", "NAY CÔNG BỐ", "PHỤ LỤC", "Đơn vị tính",
    ])
    /// Openers that a sentence also names in its course (`… theo mẫu tại` / `Phụ lục I kèm theo …`,
    /// `… việc thực hiện` / `Nghị định này.`): they open a paragraph only where the line before
    /// could end one; so does a sentence about the document by its type's name (`… và Nhân dân.` /
    /// `Nghị quyết này được phổ biến …`).
    private static let names = PrefixSet(["Nghị định này", "Phụ lục", "Bảng ", "Biểu "] + DocumentTypes.all.map { $0.name + " này " })

    /// Whether the line opens a paragraph wherever it stands.
    static func starts(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { all.opens(b, from, to) }

    /// Whether the line opens a paragraph after a line that could end one.
    static func startsAfterEnd(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { names.opens(b, from, to) }

    /// Whether the line opens with any opener, where it stands alone (a cell, a title).
    static func startsAny(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { all.opens(b, from, to) || names.opens(b, from, to) }
}

/// The fields of a meeting, each opening a line of its own in a Giấy mời (invitation) or a Thông
/// báo (notice): `Thời gian: 08 giờ 00 …`, `Địa điểm: Hội trường …`.
enum MeetingField {
    private static let names = PrefixSet(["Thời gian:", "Địa điểm:", "Thành phần:", "Thành phần mời:", "Thành phần tham dự:", "Chủ trì:",
                                          "Nội dung:"])

    static func starts(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { names.opens(b, from, to) }
}

/// The first line of a closing paragraph, by its set words: a letter's courtesy (`Rất mong …`,
/// `Trân trọng …`), a Thông báo's `… thông báo để … biết`, a Tờ trình's `… kính trình …`. After a
/// line that ends a sentence, such a line opens a paragraph, even where that line runs full.
enum ClosingLine {
    private static let openings = PrefixSet(["Rất mong ", "Trân trọng"])
    private static let phrases = [Array(" thông báo để ".utf8), Array(" kính trình ".utf8)]

    static func opens(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        openings.opens(b, from, to) || phrases.contains { Bytes.find(b, $0, from: from, to: to) != nil }
    }
}

/// A directive's opening words (`Giao …`, `Đề nghị …`, `Yêu cầu …`): an item that opens so is a
/// sentence, not a heading.
enum Directive {
    private static let openings = PrefixSet(["Giao ", "Đề nghị ", "Yêu cầu ", "Chỉ đạo ", "Phân công ", "Ủy quyền ", "Thống nhất "])

    static func opens(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { openings.opens(b, from, to) }
}

/// A form's field: a short label in sentence case, then a colon and its value (`Ông (bà): Phạm Thị
/// Lan`, `Chức vụ: …`, `Được cử đến: …`), as a Giấy giới thiệu or a Giấy nghỉ phép prints its lines.
enum FormField {
    /// Whether bytes `from..<to` (an item's text after its marker) open with a field and its value, a
    /// meeting's (`Địa điểm: …`) or a form's (`Thời hạn ủy quyền: …`).
    static func opensItem(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        MeetingField.starts(b, from, to) || starts(b, from, to)
    }

    /// Whether bytes `from..<to` open with a label of at most four words (a parenthesis allowed:
    /// `(bà)`) and a colon followed by a space or the line's end, within the first 32 bytes.
    static func starts(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to, Case.startsLower(b, from, to) == false else { return false }
        var spaces = 0
        var i = from
        let limit = min(to, from + 32)
        while i < limit {
            let c = b[i]
            if c == UInt8(ascii: ":") { return i > from && (i + 1 == to || b[i + 1] == Bytes.space) && spaces <= 3 }
            if c == Bytes.space { spaces += 1; if spaces > 3 { return false } }
            // A sentence's punctuation or a number: not a label.
            else if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || Bytes.isDigit(c) { return false }
            i += 1
        }
        return false
    }
}

/// A legal document's type name opening a line (`Luật sửa đổi …`, `Nghị định số …`): in a basis, the
/// next document it names.
enum DocumentName {
    private static let names = PrefixSet(["Luật ", "Bộ luật ", "Pháp lệnh ", "Nghị định ", "Nghị quyết ", "Thông tư ", "Quyết định ",
                                          "Chỉ thị ", "Hiến pháp "])

    static func starts(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool { names.opens(b, from, to) }
}

package enum Markers {
    private static let dieu = Array("Điều".utf8)
    private static let dieuUpper = Array("ĐIỀU".utf8)
    private static let chuong = Array("Chương".utf8)
    private static let chuongUpper = Array("CHƯƠNG".utf8)
    private static let muc = Array("Mục".utf8)
    private static let mucUpper = Array("MỤC".utf8)
    private static let tieuMuc = Array("Tiểu mục".utf8)
    private static let tieuMucUpper = Array("TIỂU MỤC".utf8)
    private static let phan = Array("Phần".utf8)
    private static let phanUpper = Array("PHẦN".utf8)
    private static let enDash: [UInt8] = [0xE2, 0x80, 0x93]
    private static let emDash: [UInt8] = [0xE2, 0x80, 0x94]
    private static let bullet: [UInt8] = [0xE2, 0x80, 0xA2]
    private static let dStroke: [UInt8] = [0xC4, 0x91]  // đ
    private static let dashes = [enDash, emDash, bullet]
    /// Bullets a copy from Word keeps, by level: its first (the Symbol font's `` at U+F0B7), and
    /// its lower ones, a plus's level here (`◦`, `▪`, the Wingdings `` at U+F0A7).
    private static let firstBullets: [[UInt8]] = [[0xEF, 0x82, 0xB7]]
    private static let lowerBullets: [[UInt8]] = [[0xE2, 0x97, 0xA6], [0xE2, 0x96, 0xAA], [0xEF, 0x82, 0xA7]]
    private static let bullets: [([[UInt8]], NodeKind)] = [(dashes, .dash), (firstBullets, .dash), (lowerBullets, .plus)]

    /// Whether bytes open with a marker (`1.`, `a)`, `-`, `Điều 1.`), for the readers of other forms.
    package static func opens(_ b: [UInt8]) -> Bool { match(b, 0, b.count) != nil }

    /// Recognizes a marker at `from`; nil when the text starts without one.
    static func match(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        guard from < to else { return nil }
        let c = b[from]
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            // "-" alone or followed by a space; "-Text" with a capital also counts, "-5" does not.
            let kind: NodeKind = c == UInt8(ascii: "+") ? .plus : .dash
            let next = from + 1
            if next == to { return nil }
            if gap(b, next, to) { return Marker(kind: kind, label: from..<from, contentStart: skipSpaces(b, next, to)) }
            if b[next] >= 0x80 || Bytes.isASCIIUpper(b[next]), Case.startsLower(b, next, to) == false {
                return Marker(kind: kind, label: from..<from, contentStart: next)
            }
            return nil
        }
        if c == 0xE2 || c == 0xEF {
            // En dash, em dash, bullet: E2 80 93 / 94 / A2; Word's bullets.
            for (list, kind) in bullets {
                for d in list where Bytes.hasPrefix(b, from, to, d) {
                    let next = from + d.count
                    guard next < to, gap(b, next, to) else { return nil }
                    return Marker(kind: kind, label: from..<from, contentStart: skipSpaces(b, next, to))
                }
            }
        }
        // An asterisk for a dash, as plain text and Markdown list (`* Tổ chức …`).
        if c == UInt8(ascii: "*"), from + 1 < to, gap(b, from + 1, to), from + 2 < to, b[from + 2] != UInt8(ascii: "*") {
            return Marker(kind: .dash, label: from..<from, contentStart: skipSpaces(b, from + 1, to))
        }
        if Bytes.isDigit(c) { return arabic(b, from, to) }
        if c == UInt8(ascii: "(") { return bracketed(b, from, to) }
        // The rest by their first byte: a point is a lower-case letter or đ (C4 91), a keyword
        // opens Đ (C4 90) C M T P, a Roman number I V X L, a lettered part A–H. Any other line
        // (most of a text's, `Ủy ban …`, `Sở …`, `Nâng cao …`) opens no marker.
        if Bytes.isASCIILower(c) { return from + 1 < to && stopsLetter(b[from + 1]) ? point(b, from, to) : nil }
        if c == 0xC4 { return keyword(b, from, to) ?? point(b, from, to) }
        guard Bytes.isASCIIUpper(c) else { return nil }
        if let m = keyword(b, from, to) { return m }
        if let m = roman(b, from, to) { return m }
        return letterPart(b, from, to)
    }

    /// `A.`, `B.` … `H.` over a heading in capitals (`A. KẾT QUẢ THỰC HIỆN NĂM 2024`): the top
    /// division of a report or plan, above its Roman sections, read as a part (phần).
    private static func letterPart(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        let c = b[from]
        guard c >= UInt8(ascii: "A"), c <= UInt8(ascii: "H"), from + 3 < to, b[from + 1] == UInt8(ascii: "."), b[from + 2] == Bytes.space else { return nil }
        let content = skipSpaces(b, from + 2, to)
        guard content < to, b[content] >= 0x80 || Bytes.isASCIIUpper(b[content]), Case.isUpper(b, content, to) else { return nil }
        return Marker(kind: .part, label: from..<(from + 1), contentStart: content)
    }

    /// `(1)`, `(12)` before a capital: a clause in parentheses, numbered as `1)` is (a level below
    /// the clause or point open above it). `(a)`, `(đ)` before a capital: a point, as `a)` is (some
    /// documents bracket their points whole, as treaties and their translations do).
    private static func bracketed(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        let letter = from + 1 < to && Bytes.isASCIILower(b[from + 1]) ? 1 : Bytes.hasPrefix(b, from + 1, to, dStroke) ? 2 : 0
        if letter > 0 {
            let close = from + 1 + letter
            guard close + 2 < to, b[close] == UInt8(ascii: ")"), b[close + 1] == Bytes.space, Case.startsLower(b, close + 2, to) == false,
                  !hasBracketedOption(b, close + 2, to) else { return nil }
            return Marker(kind: .point, label: (from + 1)..<close, contentStart: skipSpaces(b, close + 1, to))
        }
        var i = from + 1
        while i < to, Bytes.isDigit(b[i]), i - from <= 2 { i += 1 }
        guard i > from + 1, i + 2 < to, b[i] == UInt8(ascii: ")"), b[i + 1] == Bytes.space, Case.startsLower(b, i + 2, to) == false else { return nil }
        return Marker(kind: .clause, label: (from + 1)..<i, contentStart: skipSpaces(b, i + 1, to),
                      parenthesized: true)
    }

    private static func skipSpaces(_ b: [UInt8], _ i: Int, _ to: Int) -> Int {
        var i = i
        while i < to, gap(b, i, to) { i += b[i] == 0xC2 ? 2 : 1 }
        return i
    }

    /// A space after a marker: a space, a tab, or a no-break space (U+00A0, as a web page's `&nbsp;`
    /// copied into text gives it).
    private static func gap(_ b: [UInt8], _ i: Int, _ to: Int) -> Bool {
        guard i < to else { return false }
        return b[i] == Bytes.space || b[i] == 0x09 || b[i] == 0xC2 && i + 1 < to && b[i + 1] == 0xA0
    }

    /// `1.`, `1.2.`, `1.2`, `1)` followed by a space or the end.
    private static func arabic(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        var i = from
        var groups = 0  // the dotted label's groups of digits (`1.2.3`: three)
        var groupStart = i
        while true {
            while i < to, Bytes.isDigit(b[i]) { i += 1 }
            let len = i - groupStart
            // "1.1", "2.12" number sub-clauses; "1.000" is a thousand.
            guard len >= 1, len <= (groups == 0 ? 3 : 2) else { return nil }
            groups += 1
            guard i < to else { break }
            if b[i] == UInt8(ascii: "."), i + 1 < to, Bytes.isDigit(b[i + 1]) {
                i += 1
                groupStart = i
                continue
            }
            break
        }
        let labelEnd = i
        var end = i
        if end < to, b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: ")") {
            end += 1
            if b[end - 1] == UInt8(ascii: "."), hyphenAfterStop(b, end, to) { end += 1 }
        } else if groups == 1, partyStop(b, end, to) || slashStop(b, end, to) {
            end += 1
        } else if groups == 1, let n = spacedHyphen(b, end, to) {
            end += n
        } else if groups < 2 {
            return nil
        }
        // "1......" and "1…" are form fields: numbered all the same.
        let dots = end < to && end > labelEnd && (b[end] == UInt8(ascii: ".") || Bytes.hasPrefix(b, end, to, [0xE2, 0x80, 0xA6]))
        let noted = end > labelEnd && footnoteMarkFollows(b, end, to)
        guard end == to || gap(b, end, to) || dots || noted || groups == 1 && gluedAfterStop(b, labelEnd, end, to) else { return nil }
        // "2021." or "100." opening a sentence are not markers.
        if groups == 1, labelEnd - from > 2 { return nil }
        return Marker(kind: .clause, label: from..<labelEnd, contentStart: skipSpaces(b, end, to), depth: groups - 1,
                      parenthesized: end > labelEnd && b[labelEnd] == UInt8(ascii: ")"))
    }

    /// A capital right after a marker's stop, the space typed away (`Điều 1.Phạm vi điều chỉnh`,
    /// `I.MỤC ĐÍCH`, `1.Mục đích`, `a)Tuyên truyền`), as documents often print it and LibreOffice
    /// saves outline numbers as HTML: the text opens there. (`1.000`, `Điều 1.2`, `1.a` and an
    /// initial, `V.I.Lênin`, are no such thing.)
    private static func gluedAfterStop(_ b: [UInt8], _ labelEnd: Int, _ end: Int, _ to: Int) -> Bool {
        end == labelEnd + 1 && (b[labelEnd] == UInt8(ascii: ".") || b[labelEnd] == UInt8(ascii: ")")) && end < to
            && Case.startsLower(b, end, to) == false && !(end + 1 < to && b[end + 1] == UInt8(ascii: "."))
    }

    /// A footnote mark right after a marker's stop (`3.[3] Chi …`, `a)[12] Hỗ trợ …`), as a
    /// consolidated text (văn bản hợp nhất) marks an amended clause: one to three digits in square
    /// brackets, then a space. The mark stays in the node's text.
    private static func footnoteMarkFollows(_ b: [UInt8], _ i: Int, _ to: Int) -> Bool {
        guard let end = NoteMarks.end(b, at: i, to: to) else { return false }
        return end < to && b[end] == Bytes.space
    }

    /// The hyphen the Party's documents number with (`I- TÌNH HÌNH …`, `1- Kết quả …`, as Hướng dẫn
    /// 36-HD/VPTW prints them) at `i`: a space and then no digit follow it (`5- 7 ngày` is a range),
    /// nor a word with a slash or a hyphen (`21- NQ/TW`, `15/ QĐ-UBND`: a number typed with a space).
    private static func partyStop(_ b: [UInt8], _ i: Int, _ to: Int, mark: UInt8 = UInt8(ascii: "-")) -> Bool {
        guard i + 2 < to, b[i] == mark, b[i + 1] == Bytes.space, !Bytes.isDigit(b[i + 2]), b[i + 2] != Bytes.space else { return false }
        var k = i + 2
        while k < to, b[k] != Bytes.space {
            if b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-") { return false }
            k += 1
        }
        return true
    }

    /// A hyphen after a marker's stop, then a space, as older prints number (`Điều 1.- Nay ban hành
    /// …`, `I.- MỤC ĐÍCH`, `1.- Giao …`, `a.- Phát huy …`), or for the stop (`Điều 1- Thành lập …`).
    private static func hyphenAfterStop(_ b: [UInt8], _ i: Int, _ to: Int) -> Bool {
        i + 1 < to && b[i] == UInt8(ascii: "-") && gap(b, i + 1, to)
    }

    /// A hyphen or en dash a space apart from the number, as sloppier prints number (`I - MỤC ĐÍCH`,
    /// `1 – Mục đích`) at `i`, then a space and a capital (`5 - 7 ngày` is a range): the bytes up to
    /// that space.
    private static func spacedHyphen(_ b: [UInt8], _ i: Int, _ to: Int) -> Int? {
        guard i + 3 < to, b[i] == Bytes.space else { return nil }
        let dash = b[i + 1] == UInt8(ascii: "-") ? 1 : Bytes.hasPrefix(b, i + 1, to, [0xE2, 0x80, 0x93]) ? 3 : 0
        guard dash > 0, i + 1 + dash + 1 < to, b[i + 1 + dash] == Bytes.space else { return nil }
        let next = i + 2 + dash
        guard !Bytes.isDigit(b[next]), b[next] != Bytes.space, Case.startsLower(b, next, to) == false else { return nil }
        return 1 + dash
    }

    /// The slash many local documents number with (`I/ MỤC ĐÍCH`, `1/ Mục đích`, `a/ Tuyên truyền`;
    /// Decree 30 writes `I.`, `1.`, `a)`) at `i`, as the Party's hyphen: a space, then no digit and
    /// no word with a slash.
    private static func slashStop(_ b: [UInt8], _ i: Int, _ to: Int) -> Bool { partyStop(b, i, to, mark: UInt8(ascii: "/")) }

    /// `a)`, `đ)`, `a1)` followed by a space or the end; `a.` followed by a capital; `a/`.
    private static func point(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        var i = from
        if Bytes.isASCIILower(b[i]) {
            i += 1
        } else if Bytes.hasPrefix(b, i, to, dStroke) {
            i += 2
        } else {
            return nil
        }
        // Every form below has a stop, slash, bracket or digit right after the letter: one test
        // rules out the lines a wrap opened with a lower-case word.
        guard i < to, stopsLetter(b[i]) else { return nil }
        // `a1)` is a point inserted after `a)` (as amendments number them), one of its siblings;
        // `a.1)` numbers the points of point `a)`, one level down.
        let letterEnd = i
        // `a.` before a capital, as many local documents letter their points (Decree 30 writes `a)`).
        // Options side by side on one line (`a. Có □    b. Không □`, a form's) are no points.
        if i + 2 < to, b[i] == UInt8(ascii: "."), gap(b, i + 1, to), Case.startsLower(b, skipSpaces(b, i + 1, to), to) == false, !hasLetteredOption(b, i + 2, to) {
            return Marker(kind: .point, label: from..<i, contentStart: skipSpaces(b, i + 1, to))
        }
        if i + 3 < to, b[i] == UInt8(ascii: "."), hyphenAfterStop(b, i + 1, to) {
            return Marker(kind: .point, label: from..<i, contentStart: skipSpaces(b, i + 2, to))
        }
        if slashStop(b, i, to) {
            return Marker(kind: .point, label: from..<i, contentStart: skipSpaces(b, i + 1, to))
        }
        let sub = i + 1 < to && b[i] == UInt8(ascii: ".") && Bytes.isDigit(b[i + 1])
        if sub { i += 1 }
        let digitsStart = i
        while i < to, Bytes.isDigit(b[i]), i - letterEnd < 4 { i += 1 }
        guard i < to, b[i] == UInt8(ascii: ")"), !sub || i > digitsStart else { return nil }
        let end = i + 1
        guard end == to || gap(b, end, to) || footnoteMarkFollows(b, end, to) || gluedAfterStop(b, i, end, to) else { return nil }
        return Marker(kind: .point, label: from..<i, contentStart: skipSpaces(b, end, to),
                      depth: sub ? 1 : 0)
    }

    /// What may follow a point's letter: a stop, a slash, a bracket, or a digit (`a1)`, `a.1)`).
    @inline(__always) private static func stopsLetter(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: ")") || Bytes.isDigit(c)
    }

    /// A lowercase letter and a stop standing as a word (` b. `) in bytes `from..<to`.
    private static func hasLetteredOption(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var j = from
        while j + 2 < to {
            if b[j] == Bytes.space, Bytes.isASCIILower(b[j + 1]), b[j + 2] == UInt8(ascii: "."), j + 3 == to || b[j + 3] == Bytes.space { return true }
            j += 1
        }
        return false
    }

    /// Another option on the line after a space (` (b) `, ` (b)` at the end): `(a) Có □   (b) Không □`.
    private static func hasBracketedOption(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var j = from
        while j + 3 < to {
            if b[j] == Bytes.space, b[j + 1] == UInt8(ascii: "("), Bytes.isASCIILower(b[j + 2]), b[j + 3] == UInt8(ascii: ")"),
               j + 4 == to || b[j + 4] == Bytes.space { return true }
            j += 1
        }
        return false
    }

    /// Roman `I.`, `IV.` followed by a space or the end: a section (mục) in plans and reports.
    private static func roman(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        var i = from
        while i < to, b[i] == UInt8(ascii: "I") || b[i] == UInt8(ascii: "V") || b[i] == UInt8(ascii: "X") || b[i] == UInt8(ascii: "L") { i += 1 }
        guard i > from else { return nil }
        let spaced = i < to ? spacedHyphen(b, i, to) : nil
        guard i < to, b[i] == UInt8(ascii: ".") || partyStop(b, i, to) || slashStop(b, i, to) || spaced != nil else { return nil }
        guard Roman.value(String(decoding: b[from..<i], as: UTF8.self)) != nil else { return nil }
        var end = i + (spaced ?? 1)
        if b[i] == UInt8(ascii: "."), hyphenAfterStop(b, end, to) { end += 1 }
        guard end == to || gap(b, end, to) || gluedAfterStop(b, i, end, to) else { return nil }
        return Marker(kind: .section, label: from..<i, contentStart: skipSpaces(b, end, to))
    }

    /// `Điều 5a.`, `Chương II`, `Mục 1`, `Tiểu mục 1`, `Phần I`, `PHẦN THỨ NHẤT`.
    private static let keywords: [([UInt8], NodeKind)] = [
        (dieu, .article), (dieuUpper, .article), (chuong, .chapter), (chuongUpper, .chapter),
        (tieuMuc, .subsection), (tieuMucUpper, .subsection), (muc, .section), (mucUpper, .section),
        (phan, .part), (phanUpper, .part),
    ]

    /// Bit 0: a keyword's first byte; bit 1: its second (a table made from `keywords`).
    private static let keywordBytes: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for (word, _) in keywords {
            t[Int(word[0])] |= 1
            t[Int(word[1])] |= 2
        }
        return t
    }()

    private static func keyword(_ b: [UInt8], _ from: Int, _ to: Int) -> Marker? {
        // Two byte tests rule most text out (`Các …`, `Thực hiện …` go no further).
        guard from + 1 < to, keywordBytes[Int(b[from])] & 1 != 0, keywordBytes[Int(b[from + 1])] & 2 != 0 else { return nil }
        for (word, kind) in keywords where Bytes.hasPrefix(b, from, to, word) {
            var i = from + word.count
            guard i < to, gap(b, i, to) else { return nil }
            i = skipSpaces(b, i, to)
            let labelStart = i
            if kind == .article || kind == .section || kind == .subsection {
                while i < to, Bytes.isDigit(b[i]) { i += 1 }
                if i > labelStart, i < to, Bytes.isASCIILower(b[i]), kind == .article { i += 1 }
                if i == labelStart, kind == .section {
                    return romanLabel(b, labelStart, to).flatMap { end in
                        finish(b, kind, labelStart, end, to, requirePunct: false)
                    }
                }
                guard i > labelStart else { return nil }
                return finish(b, kind, labelStart, i, to, requirePunct: false)
            }
            // Chương and Phần: Roman, Arabic, or "THỨ NHẤT" ordinal words.
            if let end = romanLabel(b, labelStart, to) { return finish(b, kind, labelStart, end, to, requirePunct: false) }
            while i < to, Bytes.isDigit(b[i]) { i += 1 }
            if i > labelStart { return finish(b, kind, labelStart, i, to, requirePunct: false) }
            if kind == .part {
                // A lettered part (`PHẦN A: ĐÁNH GIÁ KẾT QUẢ …`), as reports print their divisions.
                if labelStart < to, b[labelStart] >= UInt8(ascii: "A"), b[labelStart] <= UInt8(ascii: "H"),
                   labelStart + 1 == to || !(Bytes.isASCIIUpper(b[labelStart + 1]) || Bytes.isASCIILower(b[labelStart + 1]) || b[labelStart + 1] >= 0x80) {
                    return finish(b, kind, labelStart, labelStart + 1, to, requirePunct: false)
                }
                let rest = String(decoding: b[labelStart..<to], as: UTF8.self)
                let key = rest.uppercased()
                if key.startsWith("THỨ ") {
                    let words = rest.split(separator: " ", maxSplits: 2)
                    if words.count >= 2 {
                        let label = words[0] + " " + words[1]
                        let end = labelStart + label.utf8.count
                        return finish(b, kind, labelStart, end, to, requirePunct: false)
                    }
                }
            }
            return nil
        }
        return nil
    }

    private static func romanLabel(_ b: [UInt8], _ from: Int, _ to: Int) -> Int? {
        var i = from
        while i < to, b[i] == UInt8(ascii: "I") || b[i] == UInt8(ascii: "V") || b[i] == UInt8(ascii: "X") || b[i] == UInt8(ascii: "L") { i += 1 }
        guard i > from, Roman.value(String(decoding: b[from..<i], as: UTF8.self)) != nil else { return nil }
        guard i == to || b[i] == Bytes.space || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ":") else { return nil }
        return i
    }

    private static func finish(_ b: [UInt8], _ kind: NodeKind, _ labelStart: Int, _ labelEnd: Int, _ to: Int, requirePunct: Bool) -> Marker? {
        var end = labelEnd
        if end < to, b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: ":") {
            end += 1
            if hyphenAfterStop(b, end, to) { end += 1 }
        } else if hyphenAfterStop(b, end, to) {
            // A hyphen for the stop: `Điều 1- Thành lập …`.
            end += 1
        } else if Case.startsLower(b, skipSpaces(b, end, to), to) == true {
            // A reference that a wrap put at a line's start (`Điều 5 của Nghị định …`, `Chương III
            // của Luật …`, `Mục 4 chỉ áp dụng …`): a heading opens in upper case, or after a stop.
            return nil
        }
        guard end == to || gap(b, end, to) || kind == .article && gluedAfterStop(b, labelEnd, end, to) else { return nil }
        while end < to, gap(b, end, to) || b[end] == UInt8(ascii: "-") || b[end] == UInt8(ascii: ".") {
            end += b[end] == 0xC2 ? 2 : 1
        }
        return Marker(kind: kind, label: labelStart..<labelEnd, contentStart: end)
    }
}

/// Roman numerals as used for sections, chapters, parts and appendices (I … XXXIX, and L).
package enum Roman {
    package static func value(_ s: String) -> Int? {
        guard !s.isEmpty, s.utf8.count <= 8 else { return nil }
        var total = 0
        var prev = 0
        for c in s.utf8.reversed() {
            let v: Int
            switch c {
            case UInt8(ascii: "I"): v = 1
            case UInt8(ascii: "V"): v = 5
            case UInt8(ascii: "X"): v = 10
            case UInt8(ascii: "L"): v = 50
            default: return nil
            }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        guard total > 0, total < 90, numerals[total] == s else { return nil }
        return total
    }

    /// The numerals of 0 … 89 (`""` for 0), made once: `value` asks one of every label it reads.
    /// Each is its tens' numeral and its units' (both short, so no string is allocated).
    private static let numerals: [String] = {
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"]
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        var out: [String] = []
        out.reserveCapacity(90)
        for t in tens { for u in units { out.append(t + u) } }
        return out
    }()

    private static let values: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

    package static func numeral(_ n: Int) -> String {
        if n >= 0, n < numerals.count { return numerals[n] }
        var n = n
        var out = ""
        for (v, s) in values {
            while n >= v { out += s; n -= v }
        }
        return out
    }
}
