/// A Phụ lục (appendix) with its title, attachment note, body and tables.
/// A phụ lục (appendix), or a document issued with the one it follows (a Quyết định's `QUY CHẾ`,
/// `QUY ĐỊNH`, `ĐIỀU LỆ` … under its `(Ban hành kèm theo Quyết định số …)` note).
public struct Appendix: Sendable, Equatable {
    /// The label as printed: `PHỤ LỤC I`, `Phụ lục số 01`; for an attached document, its type line.
    public var label: String
    /// The appendix number without the word: `I`, `01`; nil for a lone `PHỤ LỤC`.
    public var number: String?
    public var title: String?
    public var attachedTo: AttachmentNote?
    public var body: [Node]
    public var tables: [Table]
    public var line: Int

    /// An attached document (`QUY CHẾ`) or form (`Mẫu số 01`), not a numbered phụ lục.
    public var isAttachedDocument: Bool {
        // Byte for byte (a label is NFC, as every reader leaves it): `hasPrefix` compares characters,
        // at a few thousand instructions a call.
        !Self.appendixWords.contains { label.utf8.starts(with: $0.utf8) }
    }

    /// How an appendix's label opens (an attached document's does not).
    private static let appendixWords = ["PHỤ LỤC", "Phụ lục", "PHỤ LUC", "Phụ Lục"]

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

/// A phụ lục named in the text (`… tại Phụ lục II kèm theo`): its number (nil for a bare `phụ lục`)
/// and where the words stand.
public struct AppendixMention: Sendable, Equatable {
    public var number: String?
    public var position: Position

    public init(number: String?, position: Position) {
        self.number = number
        self.position = position
    }
}
