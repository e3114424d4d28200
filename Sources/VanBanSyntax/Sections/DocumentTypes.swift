/// The document types of Decree 30/2020 art. 7 and the normative types, with their abbreviations
/// (Phụ lục III, Mục I of the decree; `shared/research/format-rules-and-peers.md` §2.7).
public enum DocumentTypes {
    public struct Kind: Sendable {
        /// Title-case name as used in citations: `Kế hoạch`.
        public let name: String
        /// The abbreviation in a number's symbol: `KH`; nil for Công văn, Luật and others without one.
        public let code: String?
        public let normative: Bool

        /// Whether the type's form prints a title (trích yếu) under the type line: a Giấy giới thiệu's
        /// and a Giấy nghỉ phép's do not (Mẫu 1.8, 1.10): their fields say what they are for.
        public var hasTitle: Bool { name != "Giấy giới thiệu" && name != "Giấy nghỉ phép" }

        /// Whether the type's form lists where it is sent (Nơi nhận): a Hợp đồng, a Bản ghi nhớ
        /// (memorandum of understanding) and a Bản thỏa thuận (agreement) go to their parties, in the
        /// copies they name; the President's Lệnh (order) is published, with none.
        public var listsRecipients: Bool { !["Hợp đồng", "Bản ghi nhớ", "Bản thỏa thuận", "Lệnh"].contains(name) }
    }

    /// Every type, longest names first so that `Thông tư liên tịch` wins over `Thông tư`.
    public static let all: [Kind] = [
        Kind(name: "Nghị quyết liên tịch", code: "NQLT", normative: true),
        Kind(name: "Thông tư liên tịch", code: "TTLT", normative: true),
        Kind(name: "Bản thỏa thuận", code: "BTT", normative: false),
        Kind(name: "Giấy giới thiệu", code: "GGT", normative: false),
        Kind(name: "Giấy nghỉ phép", code: "GNP", normative: false),
        Kind(name: "Giấy ủy quyền", code: "GUQ", normative: false),
        Kind(name: "Phiếu chuyển", code: "PC", normative: false),
        Kind(name: "Chương trình", code: "CTr", normative: false),
        Kind(name: "Bản ghi nhớ", code: "BGN", normative: false),
        Kind(name: "Nghị quyết", code: "NQ", normative: false),
        Kind(name: "Quyết định", code: "QĐ", normative: false),
        Kind(name: "Nghị định", code: "NĐ", normative: true),
        Kind(name: "Hiến pháp", code: nil, normative: true),
        Kind(name: "Pháp lệnh", code: nil, normative: true),
        Kind(name: "Thông tư", code: "TT", normative: true),
        Kind(name: "Thông cáo", code: "TC", normative: false),
        Kind(name: "Thông báo", code: "TB", normative: false),
        // The Party's (Hướng dẫn 36-HD/VPTW): `Số 08-TT/TU`.
        Kind(name: "Thông tri", code: "TT", normative: false),
        Kind(name: "Hướng dẫn", code: "HD", normative: false),
        Kind(name: "Phương án", code: "PA", normative: false),
        Kind(name: "Công điện", code: "CĐ", normative: false),
        Kind(name: "Phiếu gửi", code: "PG", normative: false),
        Kind(name: "Phiếu báo", code: "PB", normative: false),
        Kind(name: "Giấy mời", code: "GM", normative: false),
        Kind(name: "Kế hoạch", code: "KH", normative: false),
        Kind(name: "Biên bản", code: "BB", normative: false),
        Kind(name: "Công văn", code: nil, normative: false),
        Kind(name: "Hợp đồng", code: "HĐ", normative: false),
        Kind(name: "Báo cáo", code: "BC", normative: false),
        Kind(name: "Tờ trình", code: "TTr", normative: false),
        Kind(name: "Quy chế", code: "QC", normative: false),
        Kind(name: "Quy định", code: "QyĐ", normative: false),
        Kind(name: "Chỉ thị", code: "CT", normative: false),
        Kind(name: "Kết luận", code: "KL", normative: false),
        Kind(name: "Thư công", code: nil, normative: false),
        Kind(name: "Bộ luật", code: nil, normative: true),
        Kind(name: "Đề án", code: "ĐA", normative: false),
        Kind(name: "Dự án", code: "DA", normative: false),
        Kind(name: "Luật", code: nil, normative: true),
        Kind(name: "Lệnh", code: "L", normative: true),
    ]

    /// How a Thư công (official letter) names itself: by what it is sent for (`THƯ CHÚC MỪNG`, `THƯ
    /// KHEN`), not by its type's name.
    private static let letterNames = ["Thư chúc mừng", "Thư khen", "Thư cảm ơn", "Thư thăm hỏi", "Thư kêu gọi", "Thư ngỏ", "Thư chia buồn",
                                      "Thư động viên", "Thư công"]
    static let letters = letterNames.map(\.matchKey)
    private static let letter = all.first { $0.name == "Thư công" }!

    /// Every name's match key (upper case, tone placement unified), in the order of `all`, then a
    /// letter's names.
    private static let keys: [String] = all.map(\.name.matchKey)
    private static let allKeys: [String] = keys + letters

    /// First byte (ASCII upper-cased) and byte length of every name's key.
    private static let keyShapes = ShapeSet(allKeys.compactMap { key in key.utf8.first.map { ($0, key.utf8.count) } })

    /// Whether a line of `length` bytes opening with `first` can name a type in any case (upper and
    /// lower Vietnamese letters take the same bytes): a test before any string is built.
    static func mayNameType(first: UInt8, length: Int) -> Bool {
        keyShapes.contains(first: first, length: length) || qualifiedShapes.contains(first: first, length: length)
    }

    /// The shapes of every name followed by a qualifier (`KẾ HOẠCH LIÊN TỊCH`): one lookup rules out
    /// most lines.
    private static let qualifiedShapes: ShapeSet = {
        var shapes: [(first: UInt8, length: Int)] = []
        shapes.reserveCapacity(keys.count * qualifiers.count)
        for key in keys {
            guard let f = key.utf8.first else { continue }
            for q in qualifiers { shapes.append((first: f, length: key.utf8.count + 1 + q.utf8.count)) }
        }
        return ShapeSet(shapes)
    }()

    /// Texts by their shape: first byte (ASCII upper-cased) and byte length, one bit each (lengths
    /// up to 127 bytes; a longer text is never in the set).
    struct ShapeSet {
        private var bits = [UInt64](repeating: 0, count: 512)

        init(_ shapes: [(first: UInt8, length: Int)]) {
            for (f, n) in shapes where n < 128 { bits[Self.slot(f, n)] |= 1 << UInt64(n & 63) }
        }

        private static func slot(_ first: UInt8, _ length: Int) -> Int {
            let f = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
            return Int(f) << 1 | length >> 6
        }

        func contains(first: UInt8, length: Int) -> Bool {
            length < 128 && bits[Self.slot(first, length)] & 1 << UInt64(length & 63) != 0
        }
    }

    /// Types of attached documents that are not among Decree 30's own, and the lists a Quyết định
    /// sends with it (`DANH SÁCH` thành viên, `DANH MỤC` thủ tục hành chính).
    static let attached = ["ĐIỀU LỆ", "QUY TRÌNH", "NỘI QUY", "CHIẾN LƯỢC", "DANH SÁCH", "DANH MỤC"]

    /// Whether `text` is one of `attached`, compared byte for byte (text is NFC, as every reader
    /// leaves it: a hashed set's lookup would normalize it to hash it).
    static func isAttached(_ text: String) -> Bool {
        guard let f = text.utf8.first, attachedFirstBytes[Int(f)] else { return false }
        return attached.contains { $0.sameBytes(text) }
    }

    /// Whether a type line can start with this byte (a cheap test before building any string).
    static func mayStartTypeLine(_ byte: UInt8) -> Bool { firstBytes[Int(byte)] }

    /// Whether one of `attached` can start with this byte.
    static func mayStartAttached(_ byte: UInt8) -> Bool { attachedFirstBytes[Int(byte)] }

    /// The bytes one of `attached` can start with, as a table like `firstBytes` (not a hashed set:
    /// it is asked of every table cell's first line).
    private static let attachedFirstBytes = Bytes.table(attached.compactMap { $0.utf8.first })

    /// The bytes a type line can start with (a cheap test before the lookup).
    private static let firstBytes = Bytes.table([0x20] + all.indices.flatMap { [keys[$0].utf8.first, Case.upperUTF8(all[$0].name).first].compactMap { $0 } })

    private static let byUpperName: [String: Kind] = {
        // Sized once: growing rehashes every key, and hashing a non-ASCII string normalizes it.
        var map: [String: Kind] = Dictionary(minimumCapacity: allKeys.count)
        for i in all.indices { map[keys[i]] = all[i] }
        for key in letters { map[key] = letter }
        return map
    }()

    /// The type a whole line names (`KẾ HOẠCH`, `QUYẾT ĐỊNH`), upper case as printed; nil otherwise.
    /// A line may name its type and what kind of it the document is (`KẾ HOẠCH LIÊN TỊCH`,
    /// `CHƯƠNG TRÌNH PHỐI HỢP`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`, `THÔNG CÁO BÁO CHÍ`): the type is the one named first.
    public static func typeLine(_ text: String) -> Kind? { typeLine(text, isUpper: Case.isUpper(text)) }

    /// `typeLine`, for a caller that has told already whether the text is in capitals (`Case.isUpper`).
    static func typeLine(_ text: String, isUpper: Bool) -> Kind? {
        guard isUpper, text.utf8.count >= 4, let f = text.utf8.first, firstBytes[Int(f)] else { return nil }
        if text.utf8.count <= 40, let kind = named(text.collapsingSpaces) { return kind }
        return letterSpacedName(text).flatMap { named($0) }
    }

    /// The type's name a letter-spaced line spells (`K Ế  H O Ạ C H`, as some prints space a type
    /// line out), as the header keeps it (`KẾ HOẠCH`); nil for any other line.
    public static func letterSpacedName(_ text: String) -> String? {
        let u = text.utf8
        // Cheaply first: one letter (at most three bytes), a space, one letter, a space.
        guard u.count >= 7, u.count <= 120, let s1 = u.firstIndex(of: Bytes.space), u.distance(from: u.startIndex, to: s1) <= 3,
              let s2 = u[u.index(after: s1)...].firstIndex(of: Bytes.space), u.distance(from: s1, to: s2) <= 4 else { return nil }
        let letters = text.unicodeScalars.split(separator: " ")
        guard letters.count >= 4, letters.allSatisfy({ $0.count == 1 }) else { return nil }
        return bySpacelessKey[String(String.UnicodeScalarView(letters.joined())).matchKey]
    }

    /// Every name in capitals (`KẾ HOẠCH`), and every name with a qualifier (`KẾ HOẠCH LIÊN TỊCH`), by
    /// its key's letters without spaces.
    private static let bySpacelessKey: [String: String] = {
        let names = all.map { String(decoding: Case.upperUTF8($0.name), as: UTF8.self) }
        let qualified = all.filter { !$0.normative }.flatMap { k in qualifierNames.map { String(decoding: Case.upperUTF8(k.name), as: UTF8.self) + " " + $0 } }
        var map: [String: String] = Dictionary(minimumCapacity: names.count + qualified.count + letterNames.count)
        for name in names + qualified + letterNames.map({ String(decoding: Case.upperUTF8($0), as: UTF8.self) }) {
            map[name.matchKey.replacingAll(" ", with: "")] = name
        }
        return map
    }()

    /// The type a line names, alone or with a qualifier, in any case.
    private static func named(_ t: String) -> Kind? {
        // Upper-casing keeps the byte length of Vietnamese letters: a name's first byte and length
        // rule out most lines before any key is built. (A name and a qualified name may share a
        // shape: `BÁO CÁO NHANH`, `BẢN THỎA THUẬN`.)
        guard let g = t.utf8.first else { return nil }
        let n = t.utf8.count
        let plain = keyShapes.contains(first: g, length: n), qualified = qualifiedShapes.contains(first: g, length: n)
        guard plain || qualified else { return nil }
        // The match key's bytes (the text is NFC, as every reader leaves it): hashed as bytes, where a
        // string's hash would normalize it first.
        let key = TonePlacement.now(Case.upperUTF8(t))
        if plain, let kind = byUpperKey[key] { return kind }
        guard qualified else { return nil }
        for q in qualifierSuffixes where key.count > q.count && key[(key.count - q.count)...].elementsEqual(q) {
            if let kind = byUpperKey[Array(key[..<(key.count - q.count)])], !kind.normative { return kind }
        }
        return nil
    }

    /// `byUpperName` by the keys' bytes.
    private static let byUpperKey: [[UInt8]: Kind] = {
        var map: [[UInt8]: Kind] = Dictionary(minimumCapacity: byUpperName.count)
        for (key, kind) in byUpperName { map[Array(key.utf8)] = kind }
        return map
    }()

    /// What a type line adds after the type's name, in match-key form: that the document is joint
    /// (văn bản liên tịch: issued by two or more bodies together: `LIÊN TỊCH`, `PHỐI HỢP`, `LIÊN
    /// NGÀNH`), an action programme or plan (`HÀNH ĐỘNG`), a statement to the press (`BÁO CHÍ`), a
    /// report's kind (`NHANH`, `TÓM TẮT`, `THẨM TRA`, `THẨM ĐỊNH`).
    private static let qualifierNames = ["LIÊN TỊCH", "PHỐI HỢP", "LIÊN NGÀNH", "HÀNH ĐỘNG", "BÁO CHÍ", "NHANH", "TÓM TẮT", "THẨM TRA", "THẨM ĐỊNH"]
    private static let qualifiers = qualifierNames.map(\.matchKey)
    private static let qualifierSuffixes: [[UInt8]] = qualifiers.map { Array((" " + $0).utf8) }

    /// The type code a joint document's number carries: the type's own code and the qualifier's
    /// (`KHLT`, `CTrPH`, `QCPH`); nil for any other group.
    public static func jointCode(_ group: String) -> (kind: Kind, code: String)? {
        for suffix in ["LT", "PH", "LN"] where group.hasSuffix(suffix) && group.count > suffix.count {
            let base = String(group.dropLast(suffix.count))
            if let kind = kind(code: base), !kind.normative { return (kind, base) }
        }
        return nil
    }

    /// The type a document's type line names, as the header keeps it: in upper case, or in sentence
    /// case (a slip T01 reports).
    public static func kind(ofTypeLine text: String) -> Kind? { typeLine(text) ?? sentenceCaseTypeLine(text) }

    /// A type line in sentence case (`Kế hoạch`, `Quyết định`): a type's name alone, capitalized but not
    /// upper case, as T01 reports it.
    public static func sentenceCaseTypeLine(_ text: String) -> Kind? {
        guard text.utf8.count <= 32, text.utf8.count >= 4, let f = text.utf8.first, f >= 0x41, firstBytes[Int(f)],
              Case.isUpper(text) == false, text.first?.isUppercase == true else { return nil }
        return named(text.collapsingSpaces)
    }

    /// The type named by a word in any case (`công văn`, `NGHỊ QUYẾT`).
    public static func kind(named text: String) -> Kind? {
        // A type's own name, as most citations write it, told by its bytes before any key is built.
        let u = text.utf8
        if let k = nameBytes.firstIndex(where: { $0.count == u.count && $0.elementsEqual(u) }) { return all[k] }
        // The match key's bytes, hashed as bytes (a string's hash would normalize it first).
        return byUpperKey[TonePlacement.now(Case.upperUTF8(text.collapsingSpaces))]
    }

    /// `all`'s names as UTF-8.
    private static let nameBytes = all.map { Array($0.name.utf8) }

    /// The type whose abbreviation is `code` (case kept: `QyĐ`, `CTr`; upper-case forms also match),
    /// or whose Party abbreviation it is (`QĐi`).
    public static func kind(code: String) -> Kind? {
        guard let first = code.utf8.first else { return nil }
        for k in codesByFirstByte[Int(first)] where all[k].code?.sameBytes(code) == true { return all[k] }
        let key = code.uppercased()
        if let k = upperCodes.firstIndex(where: { $0?.sameBytes(key) == true }) { return all[k] }
        return kind(partyCode: code)
    }

    /// The places in `all` of the codes that open with each byte, in order.
    private static let codesByFirstByte: [[Int]] = all.indices.reduce(into: Array(repeating: [], count: 256)) { table, k in
        if let c = all[k].code?.utf8.first { table[Int(c)].append(k) }
    }

    /// Each type's code in capitals, in the order of `all`.
    private static let upperCodes: [String?] = all.map { $0.code?.uppercased() }

    /// The Party's abbreviations where they differ from Decree 30's: a Quy định is `QĐi` (Hướng dẫn
    /// 36-HD/VPTW; `Quy định số 08-QĐi/TW`) or, as the Politburo's newer ones print it, `QĐ`
    /// (`Quy định số 144-QĐ/TW`).
    private static let partyCodes: [String: String] = ["QĐi": "Quy định", "QĐ": "Quy định"]

    /// The type whose Party abbreviation is `code` (case kept).
    public static func kind(partyCode code: String) -> Kind? {
        partyCodes[code].flatMap { name in all.first { $0.name == name } }
    }
}
