import VanBanModel
import VanBanSyntax

/// B01: across a batch of documents.
enum BatchRules {
    static let b01 = Rule("B01", "number-reused", .error,
        "(batch) One issuer does not use the same number twice in one year.",
        anchor: "NĐ 30/2020 Điều 15.1") { _, _, _ in [] }

    /// The later documents that reuse an issuer's number within a year, by index.
    static func duplicates(_ docs: [Document]) -> [Int: [Finding]] {
        var registry = NumberRegistry()
        var out: [Int: [Finding]] = [:]
        for (k, d) in docs.enumerated() {
            guard let use = NumberUse(d), let earlier = registry.register(use, path: d.source.path) else { continue }
            out[k, default: []].append(use.finding(earlier: earlier, at: d.header.positions[.number] ?? Position(line: d.header.line ?? 1)))
        }
        return out
    }
}

/// One document's number as B01 weighs it: whose number, in which year, and which document holds it.
public struct NumberUse: Hashable, Sendable {
    public var issuer: String
    public var year: String
    public var number: String
    var date: String
    var type: String?
    var title: String?

    public init?(_ doc: Document) {
        let h = doc.header
        guard let number = h.number, let issuer = h.issuer, let date = h.date else { return nil }
        self.issuer = issuer
        self.year = String(date.prefix(4))
        self.number = number
        self.date = date
        self.type = h.type?.uppercased()
        self.title = h.title
    }

    /// The key B01 groups by: the issuer, the year and the number, case aside.
    var key: String { issuer.uppercased() + "|" + year + "|" + number.uppercased() }

    /// Whether two uses are one document (a file given twice, or copies of one document from two
    /// sources): the same date and type, and the same title where both have one. Only another
    /// document under the same number is a reuse.
    func isSameDocument(as other: NumberUse) -> Bool {
        guard date == other.date, type == other.type else { return false }
        guard let a = title, let b = other.title else { return true }
        return a == b || Self.words(a) == Self.words(b)
    }

    /// A title's text without spaces and ASCII punctuation, in upper case: copies of one document
    /// differ in spacing and case (an OCR's `TRIỂNKHAI`, a site's sentence case), not in words.
    static func words(_ title: String) -> [UInt8] {
        Case.upperUTF8(title).filter { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }

    public func finding(earlier path: String, at position: Position) -> Finding {
        BatchRules.b01.finding("\(issuer) used number \(number) in \(year) already, in \(path)", at: position)
    }
}

/// B01's memory across a batch: the documents each number has named so far (a copy of one of them
/// adds none), with the first input that held each.
public struct NumberRegistry: Sendable {
    private var documents: [String: [(use: NumberUse, path: String)]] = [:]

    public init() {}

    /// The earlier input whose document used the same number for another document, if any.
    public mutating func register(_ use: NumberUse, path: String) -> String? {
        let earlier = documents[use.key, default: []]
        let other = earlier.first { !$0.use.isSameDocument(as: use) }?.path
        if !earlier.contains(where: { $0.use.isSameDocument(as: use) }) { documents[use.key, default: []].append((use, path)) }
        return other
    }
}
