/// A Phụ lục (appendix) with its title, attachment note, body and tables.
public struct Appendix: Sendable, Equatable {
    /// The label as printed: `PHỤ LỤC I`, `Phụ lục số 01`.
    public var label: String
    /// The appendix number without the word: `I`, `01`; nil for a lone `PHỤ LỤC`.
    public var number: String?
    public var title: String?
    public var attachedTo: AttachmentNote?
    public var body: [Node]
    public var tables: [Table]
    public var line: Int

    public init(label: String, number: String?, title: String? = nil, attachedTo: AttachmentNote? = nil, body: [Node] = [], tables: [Table] = [], line: Int) {
        self.label = label
        self.number = number
        self.title = title
        self.attachedTo = attachedTo
        self.body = body
        self.tables = tables
        self.line = line
    }
}

/// The `(Kèm theo … số … ngày …)` note under an appendix title.
public struct AttachmentNote: Sendable, Equatable {
    public var text: String
    public var number: String?
    public var date: String?
    public var line: Int

    public init(text: String, number: String?, date: String?, line: Int) {
        self.text = text
        self.number = number
        self.date = date
        self.line = line
    }
}
