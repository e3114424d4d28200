import VanBanModel

/// What a line of plain text may carry that is not the document's text: Markdown's marks, `<br>`
/// tags, and the page breaks of a PDF's text (`pdftotext`). Used by the line forms' tokenizer.
enum LineMarkup {
    /// A line without Markdown's marks: a heading's `#`s, `**bold**` spans (in pairs only). The
    /// text of the document has neither.
    static func withoutMarkdown(_ line: String) -> String {
        let b = line.utf8
        guard let f = b.first, f == UInt8(ascii: "#") || line.containsBytes("**") else { return line }
        var t = Substring(line)
        if f == UInt8(ascii: "#") {
            let marks = t.prefix { $0 == "#" }
            guard marks.count <= 6, t.dropFirst(marks.count).first == " " else { return line }
            t = t.dropFirst(marks.count + 1)
        }
        var out = String(t)
        let pairs = out.components(separatedByBytes: "**")
        if pairs.count > 1, pairs.count % 2 == 1 { out = pairs.joined() }
        return out.collapsingSpaces
    }

    /// The lines of a PDF's text (`pdftotext`: a form feed opens each page) that only mark a page
    /// break: the page number at the foot of a page or the head of the next (`2`, `- 2 -`, `Trang 2/5`)
    /// and the blank lines around it. A paragraph runs on across them. Empty when the text has no
    /// form feed.
    static func pageBreakLines(_ source: SourceText) -> Set<Int> {
        guard source.bytes.contains(0x0C), source.lineCount > 0 else { return [] }
        let texts = (1...source.lineCount).map { source.lineText($0) }
        func blank(_ n: Int) -> Bool { texts[n - 1].collapsingSpaces.isEmpty }
        func number(_ n: Int) -> Bool { isPageNumber(texts[n - 1].collapsingSpaces) }
        var out: Set<Int> = []
        /// Back from `n`: blank lines and one page number, up to the page's last text.
        func footer(before n: Int) {
            var k = n - 1
            var tookNumber = false
            while k >= 1, blank(k) || (!tookNumber && number(k)) {
                if !blank(k) { tookNumber = true }
                out.insert(k)
                k -= 1
            }
        }
        for n in 1...texts.count where texts[n - 1].utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0x0C {
            footer(before: n)
            // A page number at the head of the page, and the blank lines after it.
            if number(n) || blank(n) {
                out.insert(n)
                var k = n + 1
                while k <= texts.count, blank(k) { out.insert(k); k += 1 }
            }
        }
        footer(before: texts.count + 1)
        return out
    }

    /// `2`, `- 2 -`, `Trang 2`, `Trang 2/5`, `2/5`: a page number and nothing else.
    static func isPageNumber(_ t: String) -> Bool {
        var s = Substring(t)
        if s.hasPrefix("Trang ") || s.hasPrefix("trang ") { s = s.dropFirst(6) }
        s = s.drop { $0 == "-" || $0 == " " }
        while let l = s.last, l == "-" || l == " " { s.removeLast() }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// `<br>`, `<br/>` and `<br />` (any case) as line breaks.
    static func breakingAtBR(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "<")), line.containsBytes("<br") || line.containsBytes("<BR") || line.containsBytes("<Br") else { return line }
        var out = line
        for tag in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />", "<Br>"] { out = out.replacingAll(tag, with: "\n") }
        return out
    }
}
