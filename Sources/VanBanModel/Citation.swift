/// A document cited by this one (căn cứ, viện dẫn).
public struct Citation: Sendable, Equatable {
    /// The first mention as printed, wraps joined.
    public var text: String
    /// The type word in title case: `Nghị quyết`, `Luật`.
    public var type: String
    /// Số, ký hiệu with spaces removed; nil for laws cited by name.
    public var number: String?
    /// ISO 8601 date at the first mention that states one.
    public var date: String?
    public var issuer: String?
    /// The cited name for laws and ordinances (`Luật Tổ chức Chính phủ`).
    public var name: String?
    /// Every 1-based line that mentions it, ascending.
    public var lines: [Int]
    /// Every mention as printed, in document order; not part of the JSON contract.
    public var mentions: [Mention] = []

    /// One mention of a cited document.
    public struct Mention: Sendable, Equatable {
        public var position: Position
        /// The type word used at this mention (`Nghị định`), title case.
        public var type: String
        public var date: String?
        public var issuer: String?
        /// The mention stands in a `Theo đề nghị`/`Xét đề nghị` paragraph that names the issuer before it.
        public var issuerImplied: Bool

        public init(position: Position, type: String, date: String?, issuer: String?, issuerImplied: Bool = false) {
            self.position = position
            self.type = type
            self.date = date
            self.issuer = issuer
            self.issuerImplied = issuerImplied
        }
    }

    public init(text: String, type: String, number: String?, date: String?, issuer: String?, name: String? = nil, lines: [Int]) {
        self.text = text
        self.type = type
        self.number = number
        self.date = date
        self.issuer = issuer
        self.name = name
        self.lines = lines
    }
}
