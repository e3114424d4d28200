/// One parsed administrative document (văn bản hành chính): the whole typed model.
///
/// Every node that comes from the text carries its 1-based source `line`; JSON keys follow
/// `shared/spec/output.md` and are written by `VanBanEmit.JSONEmitter`.
public struct Document: Sendable, Equatable {
    /// Version of the JSON contract this model serializes to.
    public static let schemaVersion = "1"

    public var source: SourceInfo
    public var header: Header
    /// Paragraphs before the first numbered part (including `Căn cứ …` lines).
    public var preamble: [Paragraph]
    /// The numbered body (nội dung) as a tree of Decree 30 levels.
    public var body: [Node]
    /// Paragraphs after the body (`Trên đây là …`) and before the signature.
    public var closing: [Paragraph]
    public var signature: Signature?
    /// The other signers beside the document's own signature, in reading order: a joint document's
    /// (liên tịch) other bodies, a Biên bản's chair beside its secretary.
    public var coSignatures: [Signature] = []
    /// Nơi nhận (recipients), one entry per printed line, markers kept.
    public var recipients: [String]
    /// Where each recipient entry starts (parallel to `recipients`); where `Nơi nhận` itself stands.
    public var recipientPositions: [Position] = []
    public var recipientsLabel: Position?
    /// Whether `Nơi nhận` is printed with its colon; not part of the JSON contract.
    public var recipientsLabelHasColon = true
    /// The label typed in lower case (`nơi nhận:`), as R01 reports.
    public var recipientsLabelInLowerCase = false
    public var appendices: [Appendix]
    /// Data tables printed in the body, outside any appendix (`Biểu …`).
    public var tables: [Table]
    /// Footnotes (chú thích) printed after the signature, as a consolidated text (văn bản hợp nhất)
    /// says where each amendment comes from: `[1] Điều này được sửa đổi …`.
    public var notes: [Note] = []
    public var citations: [Citation]
    /// The blocks of a copy (bản sao) printed after the copied document: who copied it, how, when,
    /// and for whom; a copy of a copy has two, in the order printed; empty for an original.
    public var copies: [CopyBlock] = []
    /// Site furniture found before the document (metadata rows, banners), kept for the record.
    public var sourceMetadata: [Paragraph]
    public var diagnostics: [Diagnostic]
    /// Where the paragraph starts in which the input stops, for a cut-off excerpt; not serialized.
    public var cutParagraph: Position?
    /// Where the content's last paragraph (the body's, or a closing `Trên đây là …` after it) has its
    /// last printed line start, and where it ends (after its last byte): where `./.` belongs; not
    /// serialized.
    public var contentLastLine: Position?
    public var contentEnd: Position?
    /// The phụ lục named in the preamble, body and closing, each where it stands; nil where no
    /// parser filled it (a model built by hand). Not serialized.
    public var appendixMentions: [AppendixMention]?
    /// The footnote marks in the text (`[1]`), each where it stands; nil where no parser filled it.
    /// Not serialized.
    public var noteMarks: [NoteMark]?
    /// The page a Word file sets (paper, margins, fonts); nil for text and HTML, which set none.
    public var page: PageFormat?

    public init(
        source: SourceInfo, header: Header = Header(), preamble: [Paragraph] = [], body: [Node] = [],
        closing: [Paragraph] = [], signature: Signature? = nil, recipients: [String] = [],
        appendices: [Appendix] = [], tables: [Table] = [], citations: [Citation] = [], sourceMetadata: [Paragraph] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.header = header
        self.preamble = preamble
        self.body = body
        self.closing = closing
        self.signature = signature
        self.recipients = recipients
        self.appendices = appendices
        self.tables = tables
        self.citations = citations
        self.sourceMetadata = sourceMetadata
        self.diagnostics = diagnostics
    }
}

/// Where the document came from.
public struct SourceInfo: Sendable, Equatable {
    /// The path as given on the command line (`-` for standard input).
    public var path: String
    public var form: InputForm
    /// Lower-case hex SHA-256 of the input bytes as read (before any normalization).
    public var sha256: String?

    public init(path: String, form: InputForm, sha256: String? = nil) {
        self.path = path
        self.form = form
        self.sha256 = sha256
    }
}

/// The input forms of `shared/spec/input-forms.md`.
public enum InputForm: String, Sendable, CaseIterable {
    case pipeText = "pipe-text"
    case text = "text"
    case inlinePipe = "inline-pipe"
    case html = "html"
    case docx = "docx"
}

/// A paragraph of running text with its source line.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    /// 1-based line of the paragraph's first character.
    public var line: Int
    /// 1-based column (UTF-8 bytes) of the first character; not part of the JSON contract.
    public var column: Int

    public init(text: String, line: Int, column: Int = 1) {
        self.text = text
        self.line = line
        self.column = column
    }
}

/// A footnote: its mark as printed in the text (`1` for `[1]`) and its paragraphs, the first
/// without the mark.
public struct Note: Sendable, Equatable {
    public var mark: String
    public var paragraphs: [Paragraph]
    /// 1-based line of the mark.
    public var line: Int

    public init(mark: String, paragraphs: [Paragraph], line: Int) {
        self.mark = mark
        self.paragraphs = paragraphs
        self.line = line
    }
}

/// A footnote mark in the text (`[1]`): the mark's digits and where its bracket stands.
public struct NoteMark: Sendable, Equatable {
    public var mark: String
    public var position: Position

    public init(mark: String, position: Position) {
        self.mark = mark
        self.position = position
    }
}

/// A place in the source: 1-based line, 1-based column in UTF-8 bytes.
public struct Position: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int = 1) {
        self.line = line
        self.column = column
    }
}

/// A Word file's page setup and fonts, for the format rules of Decree 30 (PL I, Phần I).
public struct PageFormat: Sendable, Equatable {
    /// Paper width and height in millimetres, as set (nil when the file sets none).
    public var paperWidth: Int?
    public var paperHeight: Int?
    /// Margins in millimetres: top, bottom, left, right (nil when the file sets none).
    public var margins: (top: Int, bottom: Int, left: Int, right: Int)?
    /// Every font the text is set in (the default font and those its runs name), sorted.
    public var fonts: [String]

    public init(paperWidth: Int? = nil, paperHeight: Int? = nil, margins: (top: Int, bottom: Int, left: Int, right: Int)? = nil, fonts: [String] = []) {
        self.paperWidth = paperWidth
        self.paperHeight = paperHeight
        self.margins = margins
        self.fonts = fonts
    }

    public static func == (a: PageFormat, b: PageFormat) -> Bool {
        a.paperWidth == b.paperWidth && a.paperHeight == b.paperHeight && a.fonts == b.fonts
            && a.margins.map { [$0.top, $0.bottom, $0.left, $0.right] } == b.margins.map { [$0.top, $0.bottom, $0.left, $0.right] }
    }
}

/// A copy's own block (Decree 30 Phần II: bản sao), printed under a rule after the copied document:
/// the copying body, the form of copy (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`), its own number, place and
/// date (`Số: 05/SY-UBND`), its recipients and signer.
public struct CopyBlock: Sendable, Equatable {
    /// The form as printed (`SAO Y`, `SAO Y BẢN CHÍNH`, `SAO LỤC`, `TRÍCH SAO`).
    public var form: String
    /// The copying body, number, place and date, read as a header is.
    public var header: Header
    public var signature: Signature?
    public var recipients: [String]
    /// Where each recipient entry starts (parallel to `recipients`); where `Nơi nhận` stands.
    public var recipientPositions: [Position] = []
    public var recipientsLabel: Position?
    /// Whether `Nơi nhận` is printed with its colon.
    public var recipientsLabelHasColon = true
    /// The label typed in lower case (`nơi nhận:`), as R01 reports.
    public var recipientsLabelInLowerCase = false
    /// 1-based line where the block starts (its agency's first line, or the form's).
    public var line: Int
    /// Where the form's line stands.
    public var formPosition: Position

    public init(form: String, formPosition: Position, header: Header = Header(), signature: Signature? = nil, recipients: [String] = [], line: Int) {
        self.form = form
        self.formPosition = formPosition
        self.header = header
        self.signature = signature
        self.recipients = recipients
        self.line = line
    }
}
