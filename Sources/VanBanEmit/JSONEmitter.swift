import VanBanModel

/// Writes a `Document` as the JSON of `shared/spec/output.md`: snake_case keys in the contract's
/// order, `null` for facts a document lacks, deterministic bytes, a final line break.
public enum JSONEmitter {
    /// One document as pretty JSON (for `--format json`), or on one line (for NDJSON).
    /// - Parameter capacity: the bytes to make room for at once (a guess from the input's size saves
    ///   growing the buffer, and copying it, as the JSON is written).
    public static func encode(_ doc: Document, pretty: Bool = true, capacity: Int = 1 << 16) -> [UInt8] {
        withEncoded(doc, pretty: pretty, capacity: capacity) { Array($0) }
    }

    /// The document's JSON, for a caller that keeps it before writing it out (no copy into an array).
    public static func emitted(_ doc: Document, pretty: Bool = true, capacity: Int = 1 << 16) -> EmittedBytes {
        var w = JSONWriter(pretty: pretty, capacity: capacity)
        write(doc, to: &w)
        w.finish()
        return w.emitted()
    }

    /// The document's JSON handed to `body` in place, for a caller that writes it out (the copy into
    /// an array that `encode` makes had cost as much as a sixth of the writing).
    public static func withEncoded<R>(_ doc: Document, pretty: Bool = true, capacity: Int = 1 << 16,
                                      _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var w = JSONWriter(pretty: pretty, capacity: capacity)
        write(doc, to: &w)
        w.finish()
        return try w.withBytes(body)
    }

    /// The document's JSON handed to `drain` in pieces as it is written (one piece for most
    /// documents; a huge one's JSON is never held whole).
    public static func stream(_ doc: Document, pretty: Bool = true, capacity: Int = 1 << 16,
                              to drain: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        var w = JSONWriter(pretty: pretty, capacity: capacity, drain: drain)
        write(doc, to: &w)
        w.finish()
        w.flush()
    }

    public static func write(_ doc: Document, to w: inout JSONWriter) {
        w.beginObject()
        w.key("schema_version"); w.string(Document.schemaVersion)
        w.key("source"); source(doc.source, &w)
        w.key("page")
        if let p = doc.page { page(p, &w) } else { w.null() }
        w.key("header"); header(doc.header, &w)
        w.key("preamble"); paragraphs(doc.preamble, &w)
        w.key("body"); nodes(doc.body, &w)
        w.key("closing"); paragraphs(doc.closing, &w)
        w.key("signature")
        if let s = doc.signature { signature(s, &w) } else { w.null() }
        w.key("co_signatures")
        w.beginArray()
        for s in doc.coSignatures { signature(s, &w) }
        w.endArray()
        w.key("recipients"); w.strings(doc.recipients)
        w.key("appendices")
        w.beginArray()
        for a in doc.appendices { appendix(a, &w) }
        w.endArray()
        w.key("tables"); tables(doc.tables, &w)
        w.key("copies")
        w.beginArray()
        for c in doc.copies { copy(c, &w) }
        w.endArray()
        w.key("notes")
        w.beginArray()
        for n in doc.notes {
            w.beginObject()
            w.key("mark"); w.string(n.mark)
            w.key("paragraphs"); paragraphs(n.paragraphs, &w)
            w.key("line"); w.int(n.line)
            w.endObject()
        }
        w.endArray()
        w.key("citations")
        w.beginArray()
        for c in doc.citations { citation(c, &w) }
        w.endArray()
        w.key("source_metadata"); paragraphs(doc.sourceMetadata, &w)
        w.key("diagnostics"); diagnostics(doc.diagnostics, &w)
        w.endObject()
    }

    public static func diagnostics(_ list: [Diagnostic], _ w: inout JSONWriter) {
        w.beginArray()
        for d in list {
            w.beginObject()
            w.key("rule"); w.string(d.rule)
            w.key("severity"); w.string(d.severity.rawValue)
            w.key("message"); w.string(d.message)
            w.key("line"); w.int(d.line)
            w.key("column"); w.int(d.column)
            w.endObject()
        }
        w.endArray()
    }

    /// A Word file's page: paper and margins in millimetres, the fonts of its text.
    private static func page(_ p: PageFormat, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("paper_mm")
        if let width = p.paperWidth, let height = p.paperHeight {
            w.beginObject(); w.key("width"); w.int(width); w.key("height"); w.int(height); w.endObject()
        } else { w.null() }
        w.key("margins_mm")
        if let m = p.margins {
            w.beginObject()
            w.key("top"); w.int(m.top); w.key("bottom"); w.int(m.bottom); w.key("left"); w.int(m.left); w.key("right"); w.int(m.right)
            w.endObject()
        } else { w.null() }
        w.key("fonts"); w.strings(p.fonts)
        w.endObject()
    }

    private static func source(_ s: SourceInfo, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.string(s.path)
        w.key("form"); w.string(s.form.rawValue)
        w.key("sha256"); w.string(s.sha256)
        w.endObject()
    }

    private static func header(_ h: Header, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("issuer"); w.string(h.issuer)
        w.key("issuer_lines"); w.strings(h.issuerLines)
        w.key("parent_issuer"); w.string(h.parentIssuer)
        w.key("national_name"); w.string(h.nationalName)
        w.key("motto"); w.string(h.motto)
        w.key("number"); w.string(h.number)
        w.key("number_parts")
        if let p = h.numberParts {
            w.beginObject()
            w.key("serial"); w.string(p.serial)
            w.key("year"); w.string(p.year)
            w.key("type_code"); w.string(p.typeCode)
            w.key("issuer_code"); w.string(p.issuerCode)
            w.endObject()
        } else {
            w.null()
        }
        w.key("place"); w.string(h.place)
        w.key("date"); w.string(h.date)
        w.key("date_line"); w.string(h.dateLine)
        w.key("type"); w.string(h.type)
        w.key("title"); w.string(h.title)
        w.key("authority"); w.string(h.authority)
        w.key("enacting_words"); w.string(h.enactingWords)
        w.key("addressees"); w.strings(h.addressees)
        w.key("urgency"); w.string(h.urgency)
        w.key("secrecy"); w.string(h.secrecy)
        w.key("circulation"); w.string(h.circulation)
        w.key("line"); w.int(h.line)
        w.endObject()
    }

    private static func paragraphs(_ list: [Paragraph], _ w: inout JSONWriter) {
        w.beginArray()
        for p in list {
            w.beginObject()
            w.key("text"); w.string(p.text)
            w.key("line"); w.int(p.line)
            w.endObject()
        }
        w.endArray()
    }

    private static func nodes(_ list: [Node], _ w: inout JSONWriter) {
        w.beginArray()
        for n in list {
            w.beginObject()
            w.key("kind"); w.string(n.kind.rawValue)
            w.key("label"); w.string(n.label)
            w.key("heading"); w.string(n.heading)
            w.key("paragraphs"); w.strings(n.paragraphs)
            w.key("children"); nodes(n.children, &w)
            w.key("line"); w.int(n.line)
            w.key("column"); w.int(n.column)
            w.endObject()
        }
        w.endArray()
    }

    private static func signature(_ s: Signature, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("party"); w.string(s.party)
        w.key("authority"); w.string(s.authority)
        w.key("authority_lines"); w.strings(s.authorityLines)
        w.key("position"); w.string(s.position)
        w.key("name"); w.string(s.name)
        w.key("line"); w.int(s.line)
        w.endObject()
    }

    private static func copy(_ c: CopyBlock, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("form"); w.string(c.form)
        w.key("issuer"); w.string(c.header.issuer)
        w.key("issuer_lines"); w.strings(c.header.issuerLines)
        w.key("number"); w.string(c.header.number)
        w.key("place"); w.string(c.header.place)
        w.key("date"); w.string(c.header.date)
        w.key("date_line"); w.string(c.header.dateLine)
        w.key("signature")
        if let s = c.signature { signature(s, &w) } else { w.null() }
        w.key("recipients"); w.strings(c.recipients)
        w.key("line"); w.int(c.line)
        w.endObject()
    }

    private static func appendix(_ a: Appendix, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("label"); w.string(a.label)
        w.key("number"); w.string(a.number)
        w.key("title"); w.string(a.title)
        w.key("attached_to")
        if let n = a.attachedTo {
            w.beginObject()
            w.key("text"); w.string(n.text)
            w.key("number"); w.string(n.number)
            w.key("date"); w.string(n.date)
            w.key("line"); w.int(n.line)
            w.endObject()
        } else {
            w.null()
        }
        w.key("body"); nodes(a.body, &w)
        w.key("tables"); tables(a.tables, &w)
        w.key("line"); w.int(a.line)
        w.endObject()
    }

    private static func tables(_ list: [Table], _ w: inout JSONWriter) {
        w.beginArray()
        for t in list {
            w.beginObject()
            w.key("columns")
            w.beginArray()
            for c in t.columns {
                w.beginObject()
                w.key("header"); w.string(c.header)
                w.key("role"); w.string(c.role?.rawValue)
                w.endObject()
            }
            w.endArray()
            w.key("rows")
            w.beginArray()
            for r in t.rows {
                w.beginObject()
                w.key("cells"); w.strings(r.cells)
                w.key("line"); w.int(r.line)
                w.key("kind"); w.string(r.kind.rawValue)
                w.key("group"); w.string(r.group)
                w.key("timeline")
                if let tl = r.timeline {
                    w.beginObject()
                    w.key("text"); w.string(tl.text)
                    w.key("from"); w.string(tl.from)
                    w.key("to"); w.string(tl.to)
                    w.key("recurrence"); w.string(tl.recurrence?.rawValue)
                    w.endObject()
                } else {
                    w.null()
                }
                w.endObject()
            }
            w.endArray()
            w.key("line"); w.int(t.line)
            w.endObject()
        }
        w.endArray()
    }

    private static func citation(_ c: Citation, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("text"); w.string(c.text)
        w.key("type"); w.string(c.type)
        w.key("number"); w.string(c.number)
        w.key("date"); w.string(c.date)
        w.key("issuer"); w.string(c.issuer)
        w.key("name"); w.string(c.name)
        w.key("lines"); w.ints(c.lines)
        w.endObject()
    }
}
