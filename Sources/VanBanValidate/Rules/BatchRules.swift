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
            if let reuse = registry.reuse(in: d) { out[k, default: []].append(reuse) }
        }
        return out
    }
}

/// One document's number as B01 weighs it: whose number, in which year, and which document holds it.
public struct NumberUse: Sendable {
    public var issuer: String
    public var year: String
    public var number: String
    var document: Identity

    /// Which document holds a number: copies of one document (a file given twice, or two sources'
    /// copies) have the same date and type, and the same title where both have one. Only another
    /// document under the same number is a reuse.
    struct Identity: Sendable, Equatable {
        var date: String
        var type: String?
        /// A hash of the title's words (`words`), not the title: a batch remembers one per document.
        var title: UInt64?

        func isSame(as other: Identity) -> Bool {
            date == other.date && type == other.type && (title == nil || other.title == nil || title == other.title)
        }
    }

    public init?(_ doc: Document) {
        let h = doc.header
        guard let number = h.number, let issuer = h.issuer, let date = h.date else { return nil }
        self.issuer = issuer
        self.year = String(date.prefix(4))
        self.number = number
        self.document = Identity(date: date, type: h.type.map(Case.upper), title: h.title.map { Self.hash(Self.words($0)) })
    }

    /// The key B01 groups by: the issuer, the year and the number, case aside.
    var key: String { Case.upper(issuer) + "|" + year + "|" + Case.upper(number) }

    /// A title's text without spaces and ASCII punctuation, in upper case: copies of one document
    /// differ in spacing and case (an OCR's `TRIỂNKHAI`, a site's sentence case), not in words.
    static func words(_ title: String) -> [UInt8] {
        Case.upperUTF8(title).filter { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }

    /// FNV-1a, 64 bits: the same on every run and machine (unlike `Hasher`).
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// Where B01 points in a document: its number, or its header's first line.
    public static func position(in doc: Document) -> Position {
        doc.header.positions[.number] ?? Position(line: doc.header.line ?? 1)
    }

    public func finding(earlier path: String, at position: Position) -> Finding {
        BatchRules.b01.finding("\(issuer) used number \(number) in \(year) already, in \(path)", at: position)
    }
}

/// B01's memory across a batch: the documents each number has named so far (a copy of one of them
/// adds none), with the first input that held each. A batch of thousands keeps one entry for each
/// number, so an entry is small: the first document inline, any other in `more` (rarely any).
public struct NumberRegistry: Sendable {
    private struct Entry: Sendable {
        var first: (document: NumberUse.Identity, path: String)
        var more: [(document: NumberUse.Identity, path: String)] = []
    }

    private var entries: [String: Entry] = [:]

    public init() {}

    /// B01 for a document read after those registered so far (which it joins): the finding naming
    /// the earlier input that used its number for another document, or nil.
    public mutating func reuse(in doc: Document) -> Finding? {
        guard let use = NumberUse(doc), let earlier = register(use, path: doc.source.path) else { return nil }
        return use.finding(earlier: earlier, at: NumberUse.position(in: doc))
    }

    /// The earlier input whose document used the same number for another document, if any.
    public mutating func register(_ use: NumberUse, path: String) -> String? {
        let key = use.key
        guard var entry = entries[key] else {
            entries[key] = Entry(first: (use.document, path))
            return nil
        }
        let held = [entry.first] + entry.more
        if !held.contains(where: { $0.document.isSame(as: use.document) }) {
            entry.more.append((use.document, path))
            entries[key] = entry
        }
        return held.first { !$0.document.isSame(as: use.document) }?.path
    }
}
