import VanBanModel

/// An indented, human-readable tree of a document (`--format outline`), with source lines.
public enum OutlineEmitter {
    public static func render(_ doc: Document) -> String {
        var out = ""
        let h = doc.header
        func line(_ s: String) { out += s + "\n" }
        line("\(doc.source.path) [\(doc.source.form.rawValue)]")
        line("  issuer: \(h.parentIssuer.map { $0 + " / " } ?? "")\(h.issuer ?? "—")")
        line("  number: \(h.number ?? "—")   place: \(h.place ?? "—")   date: \(h.date ?? "—")")
        line("  type:   \(h.type ?? "—")")
        if let t = h.title { line("  title:  \(t)") }
        let marks = [h.urgency, h.secrecy, h.circulation].compactMap { $0 }
        if !marks.isEmpty { line("  marks:  \(marks.joined(separator: ", "))") }
        if let a = h.authority { line("  authority: \(a)") }
        if !doc.preamble.isEmpty { line("  preamble: \(doc.preamble.count) paragraph(s)") }
        for n in doc.body { node(n, depth: 1, into: &out) }
        if !doc.closing.isEmpty { line("  closing: \(doc.closing.count) paragraph(s)") }
        func signed(_ s: Signature) -> String {
            let over = ([s.party].compactMap { $0 } + s.authorityLines).joined(separator: " / ")
            return "@\(s.line): \(over)\(over.isEmpty ? "" : " / ")\(s.position ?? "") — \(s.name ?? "—")"
        }
        if let s = doc.signature { line("  signature \(signed(s))") }
        for s in doc.coSignatures { line("  co-signature \(signed(s))") }
        if !doc.recipients.isEmpty { line("  recipients: \(doc.recipients.count)") }
        for a in doc.appendices {
            line("  \(a.label) @\(a.line): \(a.title ?? "")")
            for n in a.body { node(n, depth: 2, into: &out) }
            for t in a.tables { line("    table @\(t.line): \(t.rows.count) rows × \(t.columns.count) columns [\(t.columns.map { $0.role?.rawValue ?? "?" }.joined(separator: ", "))]") }
        }
        for t in doc.tables { line("  table @\(t.line): \(t.rows.count) rows × \(t.columns.count) columns") }
        for c in doc.copies {
            line("  copy @\(c.line): \(c.form) — \(c.header.issuer ?? "—")   number: \(c.header.number ?? "—")   date: \(c.header.date ?? "—")")
            if let s = c.signature { line("    signature \(signed(s))") }
            if !c.recipients.isEmpty { line("    recipients: \(c.recipients.count)") }
        }
        if !doc.notes.isEmpty { line("  notes: \(doc.notes.count)") }
        if !doc.citations.isEmpty { line("  citations: \(doc.citations.count)") }
        for d in doc.diagnostics { line("  \(d.line):\(d.column): \(d.severity.rawValue)[\(d.rule)]: \(d.message)") }
        return out
    }

    private static func node(_ n: Node, depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        // The marker as the document prints it (`Điều 1.`, `Tiểu mục 2.`, `a)`); `¶` for a paragraph.
        let marker = n.kind == .paragraph ? "¶" : n.kind == .dash || n.kind == .plus ? n.label ?? "-" : DocumentRenderer.marker(n).text
        // Cut at 70 characters, counted only that far (a paragraph's heading is its whole text).
        let h = n.heading
        let cut = h.utf8.count > 70 ? h.index(h.startIndex, offsetBy: 70, limitedBy: h.endIndex) : nil
        let heading = cut.map { $0 < h.endIndex ? String(h[..<$0]) + "…" : h } ?? h
        out += "\(pad)\(marker) \(heading)  @\(n.line)\n"
        for c in n.children { node(c, depth: depth + 1, into: &out) }
    }
}
