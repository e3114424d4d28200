import VanBanModel

/// What a line of plain text may carry that is not the document's text: Markdown's marks, `<br>`
/// tags, the page breaks of a PDF's text (`pdftotext`), and columns laid out side by side
/// (`pdftotext -layout`). Used by the line forms' tokenizer.
enum LineMarkup {
    /// A line without Markdown's marks: a heading's `#`s, `**bold**` and `__bold__` spans, a link's
    /// target (`[Phụ lục](https://…)` → `Phụ lục`), emphasis (`*…*`, `withoutEmphasis`); footnotes
    /// as a plain text's notes (`footnoteMarks`, `mammothNote`). A `**` pair counts only when it
    /// hugs its text (`**KẾ HOẠCH**`), so footnote marks such as `(**)` stay.
    static func withoutMarkdown(_ text: String, unescaping: Bool = true) -> String {
        var line = unescaping && text.utf8.contains(UInt8(ascii: "\\")) ? unescaped(text, keepingPipes: true) : text
        if line.utf8.contains(UInt8(ascii: "<")) {
            line = withoutInlineTags(line)
            // A span around a space alone (`<span …>&nbsp;</span>`) holds no text.
            if line.isBlankText { return "" }
        }
        // pandoc's bracketed spans (`[**QUYẾT ĐỊNH**]{style="…"}`): their text; one around a space
        // alone holds none.
        if line.containsBytes("]{") {
            line = withoutBracketedSpans(line)
            if line.isBlankText { return "" }
        }
        if line.containsBytes("[^") { line = footnoteMarks(line) }
        // pandoc's plain text writes a page's superscript and subscript so: `m^(2)`, `KGVX (2). _(PL).`;
        // its Markdown, `m^2^`, `KGVX (2). ~PL~.`.
        if line.containsBytes("^(") || line.containsBytes("_(") || line.utf8.contains(UInt8(ascii: "~"))
            || line.utf8.lazy.filter({ $0 == UInt8(ascii: "^") }).count >= 2 { line = withoutScriptMarks(line) }
        if line.containsBytes("](") {
            if line.containsBytes("-ref-") { line = mammothNote(line) }
            line = withoutLinkTargets(line)
        }
        let b = line.utf8
        // (Spaces a mark or tag stood between folded: `…;* </span>` of a line whose `*` a line before
        // opened, `LineMarkup.marksOverLines`.)
        guard let f = b.first, f == UInt8(ascii: "#") || b.contains(UInt8(ascii: "*")) || b.contains(UInt8(ascii: "_")) else { return line.collapsingSpaces }
        // A bold span around a line break alone (`**  ` / `**`, as pandoc writes an empty bold line) holds no text.
        if line == "**" || line == "__" || line == "****" { return "" }
        // Nor one around a space alone (`** **`: a page's `<b>&nbsp;</b>` through pandoc).
        if line.utf8.count > 4, line.hasPrefix("**"), line.hasSuffix("**"),
           String(decoding: line.utf8.dropFirst(2).dropLast(2), as: UTF8.self).isBlankText { return "" }
        var t = Substring(line)
        if f == UInt8(ascii: "#") {
            let marks = t.prefix { $0 == "#" }
            guard marks.count <= 6, t.dropFirst(marks.count).first == " " else { return line }
            t = t.dropFirst(marks.count + 1)
        }
        var out = String(t)
        // Bold inside bold (markitdown's `<strong><b>`: `****Điều 1.****`) is bold once; so is a span
        // closed before an empty one (html2text's `… ASEAN******`).
        if out.containsBytes("****") {
            // An empty span at the end (html2text's `****Điều 3.**** Trách nhiệm thi hành****`) goes.
            if out.hasSuffix("****"), !out.hasSuffix("*****"), boldParts(starRunsAsBold(out)).count % 2 == 0 { out = String(out.dropLast(4)) }
            // Two spans opened together and closed apart, a space between (html2text's `<strong><b>Điều
            // 1.</b> </strong>…`: `****Điều 1.** **Ban hành …`): the second close goes.
            if out.hasPrefix("****"), case let b = Array(out.utf8), let at = Bytes.find(b, Array("** **".utf8), from: 4) {
                out = String(decoding: b[..<(at + 3)] + b[(at + 5)...], as: UTF8.self)
            }
            out = starRunsAsBold(out)
        }
        // A dash between two bold spans that lost the space before it (`… 2026**- **2030**`: markitdown
        // drops the space that ended a span, `2026 </b>- <b>2030`) stands between spaces.
        if out.containsBytes("**- **") { out = out.replacingAll("**- **", with: "** - **") }
        // `**bold**`, and `__bold__` as mammoth writes it.
        for mark in ["**", "__"] where out.containsBytes(mark) {
            let parts = mark == "**" ? boldParts(out) : out.components(separatedByBytes: mark)
            // Parts between an opening and a closing mark (odd indices) must not start or end with a
            // space, nor be empty, nor with a bracket, but where the span opens or ends the line
            // (`**Nhân kỷ niệm … (20/11/1982 - 20/11/2025)**`; pandoc keeps a page's spaces inside
            // its bold: `** NƯỚC NGOÀI CỦA …**`, `**Quy định … giai đoạn 2026 ** - **2030**`).
            let hugs = parts.count > 1 && parts.count % 2 == 1 && parts.indices.filter { $0 % 2 == 1 }.allSatisfy { k in
                let opensLine = k == 1 && parts[0].isEmpty, endsLine = k == parts.count - 2 && parts[parts.count - 1].isEmpty
                guard let first = parts[k].first, let last = parts[k].last, opensLine || endsLine || first != " " && last != " ",
                      parts[k].contains(where: { $0 != " " }) else { return false }
                return (opensLine || !"()".contains(first)) && (endsLine || !"()".contains(last))
            }
            if hugs { out = parts.joined() }
        }
        if out.utf8.contains(UInt8(ascii: "*")) { out = withoutEmphasis(out) }
        // `_italics_`, as html2text writes `<em>`.
        if out.utf8.contains(UInt8(ascii: "_")) { out = withoutEmphasis(out, mark: UInt8(ascii: "_")) }
        return out.collapsingSpaces
    }

    /// Every run of four stars or more as `**`.
    static func starRunsAsBold(_ line: String) -> String {
        rewriting(line) { b, i, out in
            guard b[i] == UInt8(ascii: "*"), i == 0 || b[i - 1] != UInt8(ascii: "*") else { return nil }
            var e = i
            while e < b.count, b[e] == UInt8(ascii: "*") { e += 1 }
            guard e - i >= 4 else { return nil }
            out += [UInt8(ascii: "*"), UInt8(ascii: "*")]
            return e
        }
    }

    /// The text between `**` marks. Three stars after a letter or a bracket close emphasis, then
    /// bold (`**PHÓ THỦ TƯỚNG *(Đã ký)***`, as markitdown writes an italic note ending a bold cell):
    /// the bold mark is the last two.
    static func boldParts(_ text: String) -> [String] {
        let b = Array(text.utf8)
        var parts: [String] = [], start = 0, i = 0
        let star = UInt8(ascii: "*")
        while i + 1 < b.count {
            guard b[i] == star, b[i + 1] == star else { i += 1; continue }
            var at = i
            if i + 2 < b.count, b[i + 2] == star, i > 0, b[i - 1] != Bytes.space, b[i - 1] != star, i + 3 == b.count || b[i + 3] != star { at = i + 1 }
            parts.append(String(decoding: b[start..<at], as: UTF8.self))
            start = at + 2
            i = start
        }
        parts.append(String(decoding: b[start...], as: UTF8.self))
        return parts
    }

    /// `*Đồng Tháp, ngày 17 tháng 8 năm 2026*` (Markdown's emphasis, as pandoc and markitdown write
    /// a Word file's italics: the date line, the bases) as its text. A `*` opens where a space, the
    /// line's start, a bar, a bracket or a quote stands before it and text after it, and closes where
    /// text stands before it and a space, a stop, a bar, a bracket, a quote or the line's end after
    /// it; only such pairs go (`(*)`, `5*3`, `* mục` stay).
    static func withoutEmphasis(_ line: String, mark: UInt8 = UInt8(ascii: "*")) -> String {
        let drop = Set(emphasisMarks(Array(line.utf8), mark: mark))
        guard !drop.isEmpty else { return line }
        return rewriting(line) { _, i, _ in drop.contains(i) ? i + 1 : nil }
    }

    /// Markdown's footnotes (pandoc's GFM) as the notes of a plain text: a mark `[^3]` as `[3]`, and
    /// a note's own line `[^3]: Trong đó …` as `[3] Trong đó …` (the colon dropped too).
    static func footnoteMarks(_ line: String) -> String {
        rewriting(line) { b, i, out in
            guard b[i] == UInt8(ascii: "^"), i > 0, b[i - 1] == UInt8(ascii: "["), let end = footnoteMarkEnd(b, caret: i) else { return nil }
            out += b[(i + 1)..<end]
            // The note's own line: `[^3]:` opening it.
            return end < b.count && b[end] == UInt8(ascii: ":") && b[..<(i - 1)].allSatisfy({ $0 == Bytes.space }) ? end + 1 : end
        }
    }

    /// A line rewritten byte by byte: where `step` writes something for the bytes at `i` it returns
    /// where to go on; where it returns nil the byte is copied.
    private static func rewriting(_ line: String, _ step: ([UInt8], Int, inout [UInt8]) -> Int?) -> String {
        let b = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if let next = step(b, i, &out) {
                i = next
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// After `^3]` whose caret is at `caret`: one to three digits and the bracket; nil otherwise.
    static func footnoteMarkEnd<C: RandomAccessCollection<UInt8>>(_ b: C, caret: Int) -> Int? where C.Index == Int {
        var k = caret + 1
        while k < b.endIndex, k - caret <= 3, Bytes.isDigit(b[k]) { k += 1 }
        guard k > caret + 1, k < b.endIndex, b[k] == UInt8(ascii: "]") else { return nil }
        return k + 1
    }

    /// A note as mammoth (and markitdown after it) writes a Word file's footnotes: an item of a list
    /// at the end, `3. Trong đó … [↑](#footnote-ref-4)`, its back link closing it. The item as a
    /// note's line, `[3]Trong đó …` (as many bytes as `3. `, so columns hold), without the link; a
    /// further paragraph of the note loses its link alone.
    static func mammothNote(_ line: String) -> String {
        let b = Array(line.utf8)
        guard let link = ["[↑](#footnote-ref-", "[↑](#endnote-ref-"].lazy.compactMap({ Bytes.find(b, Array($0.utf8)) }).first,
              let close = b[link...].firstIndex(of: UInt8(ascii: ")")), b[(close + 1)...].allSatisfy({ $0 == Bytes.space }) else { return line }
        var text = Array(b[..<link])
        while text.last == Bytes.space { text.removeLast() }
        let indent = text.prefix { $0 == Bytes.space }.count
        var k = indent
        while k < text.count, k - indent < 3, Bytes.isDigit(text[k]) { k += 1 }
        if k > indent, k + 1 < text.count, text[k] == UInt8(ascii: "."), text[k + 1] == Bytes.space {
            text.replaceSubrange(indent..<(k + 2), with: [UInt8(ascii: "[")] + text[indent..<k] + [UInt8(ascii: "]")])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The offsets of the `*`s (or `_`s) that open and close emphasis in a line (see `withoutEmphasis`),
    /// in order; a run of marks (`____`, a blank to fill in) is none.
    static func emphasisMarks<C: RandomAccessCollection<UInt8>>(_ b: C, mark star: UInt8 = UInt8(ascii: "*")) -> [Int] where C.Index == Int {
        func isSpace(_ x: UInt8) -> Bool { x == Bytes.space || x == 0x09 }
        var drop: [Int] = []
        var open: Int?
        // Pandoc keeps a page's emphasis where the page put it: opened inside a word (`S*ố đăng ký …*)`,
        // `S<i>ố đăng ký …</i>`) and, over a whole line, closed after its last space (`*Bộ trưởng …
        // tiêu biểu. *`).
        func isWordByte(_ x: UInt8) -> Bool { x >= 0x80 || Bytes.isDigit(x) || Bytes.isASCIIUpper(x) || Bytes.isASCIILower(x) }
        let lineStart = b.firstIndex { !isSpace($0) } ?? b.startIndex
        for i in b.indices where b[i] == star && (i == b.startIndex || b[i - 1] != star) && (i + 1 == b.endIndex || b[i + 1] != star) {
            let before: UInt8 = i == b.startIndex ? Bytes.space : b[i - 1], after: UInt8 = i + 1 < b.endIndex ? b[i + 1] : Bytes.space
            let endsLine = b[(i + 1)...].allSatisfy(isSpace)
            if let o = open, !isSpace(before) || o == lineStart && endsLine, isSpace(after) || ".,;:!?|)\"".utf8.contains(after) {
                drop += [o, i]
                open = nil
            } else if isSpace(before) || "|(\"".utf8.contains(before) || isWordByte(before) && isWordByte(after), !isSpace(after) {
                open = i
            }
        }
        return drop
    }

    /// Inline links as their text: `[text](target)`, the target without spaces.
    static func withoutLinkTargets(_ line: String) -> String {
        rewriting(line) { b, i, out in
            // `[` … `](` … `)`: the text kept, the target dropped.
            guard b[i] == UInt8(ascii: "["), let close = linkClose(b, opening: i), let end = linkTargetEnd(b, close: close) else { return nil }
            out += b[(i + 1)..<close]
            return end
        }
    }

    /// How far a link's text and its target may run, in bytes: a line of many brackets is read in
    /// time linear in its length.
    static let linkReach = 2048

    /// The `]` that closes the link text a `[` at `opening` opens, within reach: brackets inside
    /// it pair up (`[[1]](#footnote-2)`, the footnote mark mammoth writes, links `[1]`).
    static func linkClose<C: RandomAccessCollection<UInt8>>(_ b: C, opening: Int) -> Int? where C.Index == Int {
        var depth = 0
        for k in (opening + 1)..<min(b.endIndex, opening + 1 + linkReach) {
            if b[k] == UInt8(ascii: "[") { depth += 1 } else if b[k] == UInt8(ascii: "]") {
                if depth == 0 { return k }
                depth -= 1
            }
        }
        return nil
    }

    /// The `[` whose link text the `]` at `closing` closes, within reach (see `linkClose`).
    static func linkOpen<C: RandomAccessCollection<UInt8>>(_ b: C, closing: Int) -> Int? where C.Index == Int {
        var depth = 0
        for k in stride(from: closing - 1, through: max(b.startIndex, closing - linkReach), by: -1) {
            if b[k] == UInt8(ascii: "]") { depth += 1 } else if b[k] == UInt8(ascii: "[") {
                if depth == 0 { return k }
                depth -= 1
            }
        }
        return nil
    }

    /// After a link's `](target)` whose `]` is at `close`: a target without spaces, not empty; nil
    /// when no target follows.
    static func linkTargetEnd<C: RandomAccessCollection<UInt8>>(_ b: C, close: Int) -> Int? where C.Index == Int {
        guard close + 2 < b.endIndex, b[close + 1] == UInt8(ascii: "("),
              let end = b[(close + 2)..<min(b.endIndex, close + 2 + linkReach)].firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == 0x20 }),
              b[end] == UInt8(ascii: ")"), end > close + 2 else { return nil }
        return end + 1
    }

    /// The text with Markdown's backslash escapes undone (`1\\.` `a\\)` `\\-` → `1.` `a)` `-`, as
    /// pandoc writes what would otherwise read as a list), and a backslash that ends the line (a hard
    /// line break) dropped; with `keepingPipes`, `\\|` stays for the row's cells to tell.
    /// ASCII punctuation, which a backslash escapes in Markdown.
    static func isEscapable(_ c: UInt8) -> Bool {
        (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c) || (0x7B...0x7E).contains(c)
    }

    static func unescaped(_ t: String, keepingPipes: Bool = false) -> String {
        guard t.utf8.contains(UInt8(ascii: "\\")) else { return t }
        var out: [UInt8] = []
        out.reserveCapacity(t.utf8.count)
        var escaping = false
        for c in t.utf8 {
            if escaping {
                escaping = false
                if !isEscapable(c) || (keepingPipes && c == UInt8(ascii: "|")) { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            } else if c == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(c)
            }
        }
        // A backslash at the end of a line is Markdown's hard line break: no text.
        if escaping, out.isEmpty { out.append(UInt8(ascii: "\\")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lines of a PDF's text (`pdftotext`: a form feed opens each page) that only mark a page
    /// break: the page number at the foot of a page or the head of the next (`2`, `- 2 -`, `Trang 2/5`)
    /// and the blank lines around it. A paragraph runs on across them. Empty when the text has no
    /// form feed.
    static func pageBreakLines(_ source: SourceText) -> Set<Int> {
        guard source.bytes.contains(0x0C), source.lineCount > 0 else { return [] }
        let texts = (1...source.lineCount).map { source.lineText($0) }
        func blank(_ n: Int) -> Bool { texts[n - 1].isBlankText }
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

    /// Markdown's lists as the Word file they came from prints them. An ordered list nested in a
    /// clause's item (`1.  Rà soát …:` then, indented to the item's text, `1.  Công bố …;` `2.  Niêm
    /// yết …;`) is the clause's points: `a)`, `b)` … in Vietnamese order (pandoc's and markitdown's
    /// GFM have no lettered lists and write a Word file's points so; read as written they were
    /// clauses that went back, S01). A list stays nested while its lines are indented to the item's
    /// text or blank; a line less indented ends it. A bullet list's `* ` (markitdown's; pandoc writes
    /// `-`) is the dash items' `- `; a list at the margin that starts at `1.` again right after such
    /// items goes on from the list before them (`1.` `*` `*` `1.` is `1.` `-` `-` `2.`). Only a text
    /// with Markdown's bold marks (`**`) is read so.
    static func markdownLists(_ entries: [(line: Int, column: Int, text: String)]) -> [(line: Int, column: Int, text: String)] {
        var out = entries
        var parent: (content: Int, clause: Bool)?  // the enclosing item: where its text starts
        var nested = 0, start = 1  // items of the nested list so far; the number it starts at
        // The last number of the list at the left margin, whether bullets alone followed it, and what
        // a list begun again after them adds to its numbers (markitdown starts a Word list that goes on
        // after a bullet list at `1.` again).
        var top: Int?, bulletsSince = false, shift = 0
        for k in entries.indices {
            let b = Array(entries[k].text.utf8)
            var indent = 0, i = 0
            while i < b.count, b[i] == Bytes.space || b[i] == 0x09 { indent += b[i] == 0x09 ? 4 : 1; i += 1 }
            if i == b.count { continue }  // a blank line keeps the list
            let bullet = (b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "-")) && i + 2 < b.count && b[i + 1] == Bytes.space && b[i + 2] != Bytes.space
            if bullet, b[i] == UInt8(ascii: "*") {
                out[k].text = String(decoding: b[0..<i], as: UTF8.self) + "-" + String(decoding: b[(i + 1)...], as: UTF8.self)
            }
            let item = orderedItem(b, at: i)
            if indent < 4, parent.map({ indent < $0.content }) ?? true {
                if let item, item.delimiter == UInt8(ascii: ".") {
                    if item.number == 1 { shift = bulletsSince ? top ?? 0 : 0 }
                    if shift > 0 {
                        out[k].text = String(decoding: b[0..<i], as: UTF8.self) + String(item.number + shift) + String(decoding: b[(item.markerEnd - 1)...], as: UTF8.self)
                    }
                    top = item.number + shift
                    bulletsSince = false
                } else if bullet {
                    bulletsSince = top != nil
                } else {
                    (top, bulletsSince, shift) = (nil, false, 0)
                }
            }
            if let parent, indent >= parent.content {
                guard let item else { continue }  // the item's own text, wrapped
                nested += 1
                if nested == 1 { start = max(1, item.number) }
                // Markdown numbers a list from its first item on, whatever the later items say.
                let index = start - 1 + nested - 1
                if parent.clause, index < PointLetters.all.count {
                    let letter = PointLetters.all[index]
                    out[k].text = String(decoding: b[0..<i], as: UTF8.self) + letter + ")" + String(decoding: b[item.markerEnd...], as: UTF8.self)
                }
                continue
            }
            if let item, indent < 4 {
                parent = (indent + item.contentOffset, item.delimiter == UInt8(ascii: "."))
                nested = 0
            } else {
                parent = nil
            }
        }
        return out
    }

    /// Bracketed spans over a paragraph's lines (pandoc 3's Markdown wraps a page's styled span as it
    /// wraps the paragraph: `[**NGHỊ` / `ĐỊNH**]{style="…"}`; `… quy định tại` / `]{style="…"}[Điều` /
    /// `3 Nghị định số …]{style="…"}`): the `[` and its `]{…}` go, each line then reading as its text.
    /// The lines of one paragraph only (no blank line between, no table row); a `[` that opens a span
    /// so stands where `opensSpanOverLines` holds, its close where `closesSpanOverLines` does (what
    /// `VisibleColumns` skips too). A bold span just inside the brackets and one just outside
    /// (`**[**Điều 1. …` / `… dụng**]{…}**`) are then one. So is a link whose text was wrapped
    /// (`[Luật Cán bộ, công` / `chức](https://…)`: `opensLinkOverLines`, `closesLinkOverLines`), in
    /// any Markdown: its text.
    /// `continued` gains the lines after a span's first, up to its last: lines of its paragraph
    /// (but after Markdown's hard line break, a backslash ending the line before).
    static func spansOverLines(_ entries: [(line: Int, column: Int, text: String)], continued: inout Set<Int>) -> [(line: Int, column: Int, text: String)] {
        var out = entries
        // A span's attributes over lines (`[ ]{.btn-tip-r` / `style="…"}`): moved onto the line that opens
        // them, where the span is then whole.
        for k in out.indices {
            let b = Array(out[k].text.utf8)
            guard let brace = b.lastIndex(of: UInt8(ascii: "{")), brace > 0, b[brace - 1] == UInt8(ascii: "]"),
                  !b[brace...].contains(UInt8(ascii: "}")) else { continue }
            var m = k + 1
            while m < out.count, m <= k + 4, out[m].line == out[m - 1].line + 1, !endsRow(Array(out[m].text.utf8)),
                  !out[m].text.utf8.contains(UInt8(ascii: "}")) { m += 1 }
            guard m < out.count, m <= k + 4, out[m].line == out[m - 1].line + 1, !endsRow(Array(out[m].text.utf8)),
                  case let last = Array(out[m].text.utf8), let close = last.firstIndex(of: UInt8(ascii: "}")) else { continue }
            out[k].text += ((k + 1)..<m).map { " " + out[$0].text }.joined() + " " + String(decoding: last[...close], as: UTF8.self)
            for e in (k + 1)..<m { out[e].text = "" }
            out[m].text = String(decoding: last[(close + 1)...], as: UTF8.self)
        }
        var cuts: [Int: [Range<Int>]] = [:]  // bytes to drop, by entry
        // `[`s still open: the entry, the offset, and whether a span or a link over lines may open there.
        var open: [(entry: Int, at: Int, spans: Bool, links: Bool)] = []
        for k in out.indices {
            let b = Array(out[k].text.utf8)
            let row = endsRow(b)
            if row || k == 0 || out[k].line != out[k - 1].line + 1 { open = [] }
            if row { continue }
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\\") { i += 2; continue }
                if c == UInt8(ascii: "[") { open.append((k, i, opensSpanOverLines(b, at: i), opensLinkOverLines(b, at: i))) }
                if c == UInt8(ascii: "]"), let o = open.last, o.entry < k, o.links, k - o.entry <= 3, let end = closesLinkOverLines(b, at: i) {
                    open.removeLast()
                    cuts[o.entry, default: []].append(o.at..<(o.at + 1))
                    cuts[k, default: []].append(i..<end)
                    for e in (o.entry + 1)...k where !endsInLineBreak(out[e - 1].text) { continued.insert(out[e].line) }
                    i = end
                    continue
                }
                if c == UInt8(ascii: "]"), let o = open.popLast(), o.entry < k, o.spans, let end = closesSpanOverLines(b, at: i) {
                    let first = Array(out[o.entry].text.utf8)
                    // `**[**` … `**]{…}**`: the inner marks go with the brackets.
                    let doubled = o.at >= 2 && o.at + 2 < first.count && first[(o.at - 2)..<o.at].elementsEqual("**".utf8)
                        && first[(o.at + 1)..<(o.at + 3)].elementsEqual("**".utf8)
                        && i >= 2 && end + 2 <= b.count && b[(i - 2)..<i].elementsEqual("**".utf8) && b[end..<(end + 2)].elementsEqual("**".utf8)
                    cuts[o.entry, default: []].append(o.at..<(o.at + (doubled ? 3 : 1)))
                    cuts[k, default: []].append((doubled ? i - 2 : i)..<end)
                    for e in (o.entry + 1)...k where !endsInLineBreak(out[e - 1].text) { continued.insert(out[e].line) }
                    i = end
                    continue
                }
                i += 1
            }
        }
        for (k, ranges) in cuts {
            out[k].text = removing(ranges, from: out[k].text)
            // What spans the line still holds whole (`ĐỊNH**[]{…}`) go as they would from any line,
            // so that the marks over lines are seen at the line's ends.
            if out[k].text.containsBytes("]{") { out[k].text = withoutBracketedSpans(out[k].text) }
        }
        return out
    }

    /// Bold (`**`, or `****` for bold inside bold) or emphasis (`*`) over a paragraph's lines, as
    /// pandoc 3's Markdown wraps a page's `<b>` and `<i>` with the paragraph (`*Căn cứ Nghị quyết số
    /// 201/2025/QH15 … về một số cơ` / `chế, chính sách …;*`): both marks go. pandoc nests neither in
    /// itself, so the first mark on a later line of the paragraph closes the one left open, and the
    /// last of an odd count on a line is left open, unless it ends the line. A footnote's `(*)`, a
    /// list's `* ` and runs of another length are no marks here.
    /// `continued` gains the lines after a mark's first, up to its last (`spansOverLines`).
    static func marksOverLines(_ entries: [(line: Int, column: Int, text: String)], bold: Bool, continued: inout Set<Int>) -> [(line: Int, column: Int, text: String)] {
        var out = entries
        var cuts: [Int: [Range<Int>]] = [:]  // marks to drop, by entry
        var open: (entry: Int, run: Range<Int>)?
        for k in out.indices {
            let b = Array(out[k].text.utf8)
            let row = endsRow(b)
            if row || k == 0 || out[k].line != out[k - 1].line + 1 { open = nil }
            if row { continue }
            var runs = markRuns(b, bold: bold)
            if let o = open, let first = runs.first {
                cuts[o.entry, default: []].append(o.run)
                cuts[k, default: []].append(first)
                for e in (o.entry + 1)...k where !endsInLineBreak(out[e - 1].text) { continued.insert(out[e].line) }
                runs.removeFirst()
                open = nil
            }
            // (A mark that ends its line closes; it opens nothing: `… đóng**` / `**Chương II`.)
            if runs.count % 2 == 1, let last = runs.last, b[last.upperBound...].contains(where: { $0 != Bytes.space && $0 != 0x09 }) {
                open = (k, last)
            } else if !runs.isEmpty {
                open = nil
            }
        }
        for (k, ranges) in cuts { out[k].text = removing(ranges, from: out[k].text) }
        return out
    }

    /// A text without the byte ranges given (apart from each other).
    private static func removing(_ ranges: [Range<Int>], from text: String) -> String {
        var b = Array(text.utf8)
        for r in ranges.sorted(by: { $0.lowerBound > $1.lowerBound }) { b.removeSubrange(r) }
        return String(decoding: b, as: UTF8.self)
    }

    /// The runs of stars in a line that mark bold (two stars, or four) or emphasis (one). A backslash
    /// escapes the byte after it, but not the stars that end the line, spaces apart (`**Phụ lục\**`: pandoc's line
    /// break inside the bold); a footnote's `(*)` and a list item's `* ` opening the line are no marks.
    static func markRuns(_ b: [UInt8], bold: Bool) -> [Range<Int>] {
        let star = UInt8(ascii: "*")
        var runs: [Range<Int>] = []
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "\\") {
                var e = i + 1
                while e < b.count, b[e] == star { e += 1 }
                let stars = e > i + 1
                while e < b.count, b[e] == Bytes.space || b[e] == 0x09 { e += 1 }
                i = e == b.count && stars ? i + 1 : i + 2
                continue
            }
            guard b[i] == star else { i += 1; continue }
            var e = i
            while e < b.count, b[e] == star { e += 1 }
            let before = i > 0 ? b[i - 1] : Bytes.space, after = e < b.count ? b[e] : Bytes.space
            let note = before == UInt8(ascii: "(") && after == UInt8(ascii: ")")
            let item = after == Bytes.space && b[..<i].allSatisfy { $0 == Bytes.space }
            if bold ? e - i == 2 || e - i == 4 : e - i == 1, !note, !item { runs.append(i..<e) }
            i = e
        }
        return runs
    }

    /// Inline HTML tags over a paragraph's lines (pandoc 3's GFM wraps a page's styled span with its
    /// paragraph: `<span style="…">1.` / `Quyết định này có hiệu lực …` / `2026.</span>`): the lines
    /// after the opening tag's, up to the closing tag's, are added to `continued` (but after a hard
    /// break: a backslash, two spaces or a `<br>` ending the line before). The tags themselves go with
    /// each line (`withoutInlineTags`).
    static func tagsOverLines(_ entries: inout [(line: Int, column: Int, text: String)], continued: inout Set<Int>) {
        // A wrapper's tag over lines (`<div id="…" class="docitem-14"` / `style="…">`, pandoc 3's GFM
        // wraps its attributes): markup alone, the lines blank as `isBareMarkup` makes one line.
        for k in entries.indices where entries[k].text.hasPrefix("<") && !entries[k].text.utf8.contains(UInt8(ascii: ">")) {
            var m = k + 1
            while m < entries.count, m <= k + 4, entries[m].line == entries[m - 1].line + 1, !entries[m].text.utf8.contains(UInt8(ascii: ">")) { m += 1 }
            guard m < entries.count, m <= k + 4, entries[m].line == entries[m - 1].line + 1, entries[m].text.hasSuffix(">"),
                  isBareMarkup(entries[k...m].map(\.text).joined(separator: " ")) else { continue }
            for e in k...m { entries[e].text = "" }
        }
        var open: [(entry: Int, name: String)] = []
        for k in entries.indices {
            let b = Array(entries[k].text.utf8)
            if endsRow(b) || k == 0 || entries[k].line != entries[k - 1].line + 1 { open = [] }
            if endsRow(b) { continue }
            var i = 0
            while i < b.count {
                guard b[i] == UInt8(ascii: "<"), let (name, close) = tag(b, at: i) else { i += 1; continue }
                if inlineTags.contains(name), b[close - 1] != UInt8(ascii: "/") {
                    if b[i + 1] == UInt8(ascii: "/") {
                        if let o = open.lastIndex(where: { $0.name == name }) {
                            let first = open[o].entry
                            open.removeSubrange(o...)
                            if first < k {
                                for e in (first + 1)...k where !endsInLineBreak(entries[e - 1].text) && !entries[e - 1].text.lowercased().hasSuffix("<br>") {
                                    continued.insert(entries[e].line)
                                }
                            }
                        }
                    } else {
                        open.append((k, name))
                    }
                }
                i = close + 1
            }
        }
    }

    /// The lines of a Markdown paragraph after its first (`continued`): each after a line of text, no
    /// blank line, table row, fence or heading between, and no hard break ending the line before.
    static func paragraphLines(_ entries: [(line: Int, column: Int, text: String)], continued: inout Set<Int>) {
        for k in entries.indices.dropFirst() where entries[k].line == entries[k - 1].line + 1 {
            let before = entries[k - 1].text, b = Array(entries[k].text.utf8)
            guard !endsRow(b), !endsRow(Array(before.utf8)), !endsInLineBreak(before), !isBareMarkup(before), !isBareMarkup(entries[k].text),
                  !before.hasPrefix("#"), b.first != UInt8(ascii: "#") else { continue }
            continued.insert(entries[k].line)
        }
    }

    /// Whether the `[` at `i` may open a link whose text a writer wrapped (`Căn cứ [Luật Cán bộ, công`
    /// / `chức](https://…) số …`): no `]` closes it on its line, a word follows it, and it starts a
    /// word itself (after a space, an opening bracket or emphasis, or at the line's start).
    static func opensLinkOverLines<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Bool where C.Index == Int {
        guard i + 1 < b.endIndex, b[i + 1] != Bytes.space, linkClose(b, opening: i) == nil else { return false }
        guard i > b.startIndex else { return true }
        let before = b[i - 1]
        return before == Bytes.space || before == UInt8(ascii: "*") || before == UInt8(ascii: "(") || before == UInt8(ascii: "_")
    }

    /// At `i` a `]` that no `[` on its line opens, followed by a link's target `(…)`: the offset
    /// after the `)`; nil otherwise (`opensLinkOverLines`).
    static func closesLinkOverLines<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Int? where C.Index == Int {
        guard let end = linkTargetEnd(b, close: i), linkOpen(b, closing: i) == nil else { return nil }
        return end
    }

    /// Whether the `[` at `i` may open a bracketed span that closes on a later line: no `]` closes it
    /// on its line, and it opens the line (after spaces), or follows a bold mark or another span's
    /// attributes (`**[**Điều 1. …`, `]{style="…"}[Điều`).
    static func opensSpanOverLines<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Bool where C.Index == Int {
        guard bracketEnd(b, from: i + 1) == nil, i + 1 < b.endIndex, b[i + 1] != Bytes.space else { return false }
        // (Inside other brackets opened there: `[[Các Bộ trưởng …`.)
        var start = i
        while start > b.startIndex, b[start - 1] == UInt8(ascii: "[") { start -= 1 }
        let before = b[b.startIndex..<start]
        return before.allSatisfy { $0 == Bytes.space } || before.last == UInt8(ascii: "}")
            || (before.count >= 2 && before.suffix(2).allSatisfy { $0 == UInt8(ascii: "*") })
    }

    /// Whether a line holds no paragraph's text for `spansOverLines` and `marksOverLines`: it is blank,
    /// or a table's row (its last byte a bar), trailing spaces apart.
    static func endsRow(_ b: [UInt8]) -> Bool {
        guard let last = b.last(where: { $0 != Bytes.space && $0 != 0x09 }) else { return true }
        return last == UInt8(ascii: "|")
    }

    /// Whether a line ends in Markdown's hard line break: a backslash (trailing spaces apart, and the
    /// stars closing bold after it: `**Phụ lục\**`), or two spaces (GFM's `**QUYẾT ĐỊNH  ` / `VỀ …**`).
    private static func endsInLineBreak(_ text: String) -> Bool {
        text.utf8.last(where: { $0 != Bytes.space && $0 != 0x09 && $0 != UInt8(ascii: "*") }) == UInt8(ascii: "\\") || text.hasSuffix("  ")
    }

    /// A line whose Markdown hard break stands before the stars closing its bold or italics
    /// (`Nơi nhận:\***`, as pandoc 3 writes `<b><i>Nơi nhận:<br></i></b>`): the line without the
    /// backslash (`Nơi nhận:***`); nil for any other line.
    static func breakBeforeClosingMarks(_ piece: String) -> String? {
        let b = Array(piece.utf8)
        var k = b.count
        while k > 0, b[k - 1] == UInt8(ascii: "*") { k -= 1 }
        guard k < b.count, k >= 2, b[k - 1] == UInt8(ascii: "\\"), b[k - 2] != UInt8(ascii: "\\") else { return nil }
        return String(decoding: b[..<(k - 1)] + b[k...], as: UTF8.self)
    }

    /// Whether a text leaves a bracketed span open for a later line (`opensSpanOverLines`).
    static func leavesSpanOpen(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return false }
        let b = Array(text.utf8)
        return b.indices.contains { b[$0] == UInt8(ascii: "[") && opensSpanOverLines(b, at: $0) }
    }

    /// At `i` a `]` that no `[` on its line opens, followed by a span's attributes `{…}`: the offset
    /// after the `}`; nil otherwise.
    static func closesSpanOverLines<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Int? where C.Index == Int {
        guard i + 1 < b.endIndex, b[i + 1] == UInt8(ascii: "{"), let end = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
        return openingBracket(b, closing: i) == nil ? end + 1 : nil
    }

    /// The `[` on the line that the `]` at `i` closes (brackets between counted); nil when none does.
    private static func openingBracket<C: RandomAccessCollection<UInt8>>(_ b: C, closing i: Int) -> Int? where C.Index == Int {
        var depth = 0, k = i - 1
        while k >= b.startIndex {
            if b[k] == UInt8(ascii: "]") { depth += 1 }
            if b[k] == UInt8(ascii: "[") {
                if depth == 0 { return k }
                depth -= 1
            }
            k -= 1
        }
        return nil
    }

    /// Bold spans over lines in the shapes html2text and pandoc close them, after `marksOverLines`
    /// (which takes a bold span over a paragraph's lines, `**Chương I` / `QUY ĐỊNH CHUNG**`, as
    /// markitdown writes `<b>Chương I<br/>QUY ĐỊNH CHUNG</b>`): one closed at the start of the next
    /// line (`**_Nơi nhận:  ` / `_** - Ban Bí thư …`), and one closed where the next line opens with
    /// emphasis after it (`**Phụ lục  ` / `***(Kèm theo …)*`).
    static func boldOverLines(_ entries: [(line: Int, column: Int, text: String)]) -> [(line: Int, column: Int, text: String)] {
        var out = entries
        func marks(_ t: String) -> Int { boldParts(t).count - 1 }
        var k = 0
        while k < out.count {
            let t = out[k].text.trimmed()
            // A span closed at the start of the next line (html2text: `**_Nơi nhận:  ` / `_** - Ban Bí thư …`).
            if k + 1 < out.count, let opening = ["**_", "_**"].first(where: { t.hasPrefix($0) && !t.dropFirst(3).contains("_") }) {
                let closing = String(opening.reversed()), next = out[k + 1].text.trimmed()
                if next.hasPrefix(closing + " "), out[k + 1].line == out[k].line + 1 {
                    let lead = out[k].text.utf8.prefix { $0 == Bytes.space }.count
                    out[k].text = String(repeating: " ", count: lead) + String(t.dropFirst(3))
                    out[k + 1].text = String(next.dropFirst(4))
                    k += 2
                    continue
                }
            }
            guard t.hasPrefix("**"), !t.hasPrefix("***"), marks(t) % 2 == 1 else { k += 1; continue }
            // Closed where the next line opens, emphasis after it (pandoc: `**Phụ lục  ` /
            // `***(Kèm theo …)*`, a page's `<strong>Phụ lục<br></strong><em>(Kèm theo …)</em>`).
            if k + 1 < out.count, out[k + 1].line == out[k].line + 1, case let u = out[k + 1].text.trimmed(),
               u.hasPrefix("***"), !u.hasPrefix("****") {
                let opening = out[k].text.utf8.prefix { $0 == Bytes.space || $0 == 0x09 }.count
                let first = Array(out[k].text.utf8), next = Array(out[k + 1].text.utf8)
                let lead = next.prefix { $0 == Bytes.space || $0 == 0x09 }.count
                out[k].text = String(decoding: first[..<opening] + first[(opening + 2)...], as: UTF8.self)
                out[k + 1].text = String(decoding: next[..<lead] + next[(lead + 2)...], as: UTF8.self)
                k += 2
                continue
            }
            k += 1
        }
        return out
    }

    /// An ordered list item's marker at `i`: one to three digits, `.` or `)`, then spaces.
    private static func orderedItem(_ b: [UInt8], at i: Int) -> (number: Int, delimiter: UInt8, markerEnd: Int, contentOffset: Int)? {
        var j = i
        while j < b.count, Bytes.isDigit(b[j]), j - i < 3 { j += 1 }
        guard j > i, j < b.count, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ")") else { return nil }
        let markerEnd = j + 1
        var e = markerEnd
        while e < b.count, b[e] == Bytes.space { e += 1 }
        guard e > markerEnd, e < b.count else { return nil }
        return (Int(String(decoding: b[i..<j], as: UTF8.self)) ?? 0, b[j], markerEnd, e - i)
    }

    /// `<br>`, `<br/>` and `<br />` (any case) as line breaks.
    /// A GFM table row whose cells hold paragraphs apart by two spaces (markitdown's Markdown of a
    /// Word file: `| **TM. ỦY BAN NHÂN DÂN**  **CHỦ TỊCH**  **Hoàng Văn Minh** |`), with a `<br>`
    /// for each such gap inside a cell (not the padding beside a bar), inside a bold span too (its
    /// line breaks: `**CỘNG HÒA … VIỆT NAM  Độc lập - Tự do - Hạnh phúc**`; markdownify folds typed
    /// runs of spaces, so two are never a typo there); and, in a row of two cells, for the one space
    /// between bold lines (see `boldLines`).
    static func breakingAtDoubleSpaces(_ row: String) -> String {
        let b = Array(row.utf8)
        let bar = UInt8(ascii: "|"), star = UInt8(ascii: "*")
        // In a row of two cells (a header's or a signature's), bold lines broken inside one paragraph
        // stand apart by one space (`**CHÍNH PHỦ** **-------**`, `**KT. THỦ TƯỚNG** **PHÓ THỦ TƯỚNG**`).
        let boldLines = b.count { $0 == bar } == 3 && Bytes.find(b, Array("** **".utf8)) != nil
        guard boldLines || Bytes.find(b, [0x20, 0x20]) != nil else { return row }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        var i = 0
        var bold = false
        while i < b.count {
            if b[i] == bar { bold = false }
            if b[i] == star, i + 1 < b.count, b[i + 1] == star { bold.toggle(); out += [star, star]; i += 2; continue }
            guard b[i] == Bytes.space else { out.append(b[i]); i += 1; continue }
            var e = i
            while e < b.count, b[e] == Bytes.space { e += 1 }
            let betweenBoldLines = boldLines && e - i == 1 && !bold && i >= 2 && b[i - 1] == star && b[i - 2] == star
                && e + 1 < b.count && b[e] == star && b[e + 1] == star
            if e - i >= 2 || betweenBoldLines, i > 0, e < b.count, b[i - 1] != bar, b[e] != bar {
                // Inside a bold span each line keeps its own marks.
                out += Array((bold ? "**<br>**" : "<br>").utf8)
            } else {
                out += b[i..<e]
            }
            i = e
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `^(2)` and `_(PL)` (pandoc's plain text's superscript and subscript), `^2^` and `~PL~` (its
    /// Markdown's) as their text (`scriptMark`).
    static func withoutScriptMarks(_ line: String) -> String {
        rewriting(line) { b, i, out in
            guard let mark = scriptMark(b, at: i) else { return nil }
            out += b[mark.text]
            return mark.end
        }
    }

    /// A superscript or subscript opening at `i`: `^(2)`, `_(PL)` (pandoc's plain text), `^2^`,
    /// `~PL~` (its Markdown): a word without spaces or brackets inside, 20 bytes at most; its text's
    /// range and the offset after its close. A rule so written is none (`^(____)`, `^____^`).
    static func scriptMark<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> (text: Range<Int>, end: Int)? where C.Index == Int {
        let c = b[i]
        guard c == UInt8(ascii: "^") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~"), i + 2 < b.endIndex else { return nil }
        // Plain text's `^(…)`, `_(…)`; Markdown's `^…^`, `~…~`.
        let bracketed = c != UInt8(ascii: "~") && b[i + 1] == UInt8(ascii: "(")
        guard bracketed || c != UInt8(ascii: "_") else { return nil }
        let start = bracketed ? i + 2 : i + 1
        guard let close = b[start...].prefix(21).firstIndex(of: bracketed ? UInt8(ascii: ")") : c), close > start else { return nil }
        let inner = b[start..<close]
        guard !inner.contains(Bytes.space), !inner.contains(UInt8(ascii: "(")),
              !inner.allSatisfy({ $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else { return nil }
        return (start..<close, close + 1)
    }

    /// At `i` a script mark's close (`scriptMark`: the `)` of `^(2)`, the second `~` of `~PL~`).
    static func closesScriptMark<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Bool where C.Index == Int {
        var j = i - 1
        while j >= b.startIndex, i - j <= 23 {
            if let mark = scriptMark(b, at: j), mark.end == i + 1 { return true }
            j -= 1
        }
        return false
    }

    /// At `i` a bracketed span's `[` (`[text]{attributes}`, `withoutBracketedSpans`): the offset of
    /// the `]` that closes it on the line; nil otherwise.
    static func spanClose<C: RandomAccessCollection<UInt8>>(_ b: C, opening i: Int) -> Int? where C.Index == Int {
        guard let k = bracketEnd(b, from: i + 1), k + 1 < b.endIndex, b[k + 1] == UInt8(ascii: "{"),
              b[(k + 1)...].contains(UInt8(ascii: "}")) else { return nil }
        return k
    }

    /// The first `]` at or after `from` that no `[` from there opens (a backslash escapes the byte
    /// after it); nil when none.
    private static func bracketEnd<C: RandomAccessCollection<UInt8>>(_ b: C, from: Int) -> Int? where C.Index == Int {
        var depth = 0, k = from
        while k < b.endIndex {
            let c = b[k]
            if c == UInt8(ascii: "\\") { k += 2; continue }
            if c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "]") {
                if depth == 0 { return k }
                depth -= 1
            }
            k += 1
        }
        return nil
    }

    /// At `i` the `]` of a bracketed span opened on the line: the offset after its attributes' `}`.
    static func spanAttributesEnd<C: RandomAccessCollection<UInt8>>(_ b: C, close i: Int) -> Int? where C.Index == Int {
        guard i + 1 < b.endIndex, b[i + 1] == UInt8(ascii: "{"), let end = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")),
              let k = openingBracket(b, closing: i) else { return nil }
        return spanClose(b, opening: k) == i ? end + 1 : nil
    }

    /// A line without the inline HTML tags Markdown writers keep from a page (pandoc's GFM:
    /// `<span style="font-family: …">QUYẾT ĐỊNH</span>`), their text kept.
    static func withoutInlineTags(_ line: String) -> String {
        let b = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0, changed = false
        while i < b.count {
            if let (name, close) = tag(b, at: i), inlineTags.contains(name) {
                i = close + 1
                changed = true
                continue
            }
            out.append(b[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : line
    }

    /// At `i` an inline tag `withoutInlineTags` drops (`<span id="dieu_1">`, `</span>`): the offset
    /// after its `>`; nil otherwise.
    static func inlineTagEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard b[i] == UInt8(ascii: "<"), let close = b[i...].firstIndex(of: UInt8(ascii: ">")),
              let (name, _) = tag(Array(b[i...close]), at: 0), inlineTags.contains(name) else { return nil }
        return close + 1
    }

    /// The HTML tag at `i` (`<span style=…>`, `</div>`, `<br/>`): its name in lower case and where
    /// its `>` stands; nil where no tag opens there.
    private static func tag(_ b: [UInt8], at i: Int) -> (name: String, close: Int)? {
        guard b[i] == UInt8(ascii: "<"), let close = b[i...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var name = i + 1
        if name < close, b[name] == UInt8(ascii: "/") { name += 1 }
        var end = name
        while end < close, Bytes.isASCIIUpper(b[end]) || Bytes.isASCIILower(b[end]) || Bytes.isDigit(b[end]) { end += 1 }
        // The name ends the tag, or a space or a slash follows it.
        guard end > name, end == close || b[end] == Bytes.space || b[end] == UInt8(ascii: "/") else { return nil }
        return (String(decoding: b[name..<end], as: UTF8.self).lowercased(), close)
    }

    private static let inlineTags: Set<String> = ["span", "font", "a", "b", "i", "u", "em", "strong", "sup", "sub", "strike", "s", "small", "big"]
    /// The tags of a page's wrappers and inline text; not a table's, which another reader reads.
    private static let bareTags = inlineTags.union(["div", "section", "article", "main", "header", "footer", "nav", "aside",
                                                    "figure", "figcaption", "center", "p", "blockquote", "br", "hr", "img"])

    /// A line without pandoc Markdown's bracketed spans, `[text]{attributes}` (its Markdown of a page
    /// keeps each styled span so): their text kept. A bracket whose attributes do not close on the
    /// line stays.
    static func withoutBracketedSpans(_ line: String) -> String {
        let b = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var opens: [Int] = []  // where each `[` still open stands in `out`
        var i = 0, changed = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < b.count { out += [c, b[i + 1]]; i += 2; continue }
            if c == UInt8(ascii: "[") { opens.append(out.count); out.append(c); i += 1; continue }
            if c == UInt8(ascii: "]"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "{"), let open = opens.popLast(),
               let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) {
                out.remove(at: open)
                i = close + 1
                changed = true
                continue
            }
            if c == UInt8(ascii: "]") { _ = opens.popLast() }
            out.append(c)
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : line
    }

    /// A bracketed span over lines of one cell (pandoc's Markdown of a page's styled cell, its lines
    /// broken by backslashes: `[**TM. CHÍNH PHỦ\` … `Trần Hồng Hà**]{style="…"}`): the length of the
    /// span's close on the last line (`]{style="…"}`, the line's end), where the first line opens
    /// with the `[` and neither line closes the other's bracket; nil otherwise.
    static func spanOverLines(first: String, last: String) -> Int? {
        let f = Array(first.utf8), l = Array(last.utf8)
        guard f.first == UInt8(ascii: "["), l.last == UInt8(ascii: "}"), bracketEnd(f, from: 1) == nil,
              let close = bracketEnd(l, from: 0), close + 1 < l.count, l[close + 1] == UInt8(ascii: "{"),
              l[(close + 1)...].firstIndex(of: UInt8(ascii: "}")) == l.count - 1 else { return nil }
        return l.count - close
    }

    /// A line of HTML tags alone, none of a table's (`<div class="table-scroll-wrapper">`, `</div>`,
    /// as pandoc's GFM keeps a page's wrappers around the tables it writes as raw HTML), an HTML
    /// comment alone, or a pandoc Markdown fenced div's fence (`::: table-scroll-wrapper`): markup, no text.
    static func isBareMarkup(_ line: String) -> Bool {
        let b = Array(line.utf8)
        // An HTML comment alone (`<!-- -->`, as pandoc parts two lists that follow each other).
        if b.starts(with: "<!--".utf8), b.count >= 7, b.suffix(3).elementsEqual("-->".utf8) { return true }
        // A pandoc Markdown fenced div's fence (`::: table-scroll-wrapper`, `:::`).
        if b.count >= 3, b[0] == UInt8(ascii: ":"), b[1] == UInt8(ascii: ":"), b[2] == UInt8(ascii: ":") {
            let rest = b.drop { $0 == UInt8(ascii: ":") }
            return rest.isEmpty || rest.first == Bytes.space
        }
        guard b.first == UInt8(ascii: "<"), b.last == UInt8(ascii: ">") else { return false }
        var i = 0
        while i < b.count {
            if b[i] == Bytes.space { i += 1; continue }
            guard let (name, close) = tag(b, at: i), bareTags.contains(name) else { return false }
            i = close + 1
        }
        return true
    }

    static func breakingAtBR(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "<")), line.containsBytes("<br") || line.containsBytes("<BR") || line.containsBytes("<Br") else { return line }
        var out = line
        for tag in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />", "<Br>"] { out = out.replacingAll(tag, with: "\n") }
        return out
    }

    /// The lines of the text in reading order, with the columns of a header or signature laid out
    /// side by side (`pdftotext -layout`: `ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …` on one line) taken
    /// apart: in such a block the left column's lines come first, then the right's, each with its
    /// own line and column. Only blocks (lines between blank lines) that hold a landmark of a header
    /// or a signature and no line of more than two columns are taken apart: a justified body line
    /// may hold wide gaps too.
    static func columnsApart(_ source: SourceText, tabbed: Bool? = nil) -> [(line: Int, column: Int, text: String)] {
        let tabbed = tabbed ?? source.bytes.contains(0x09)
        let count = max(1, source.lineCount)
        // A line of markup alone (a page's `<div>` wrapper, a fenced div's `:::` in pandoc's Markdown)
        // is a blank line here: it neither lays out nor opens what follows it.
        let texts = (1...count).map { n in
            let t = source.lineText(n)
            guard let f = t.utf8.first(where: { $0 != Bytes.space }), f == UInt8(ascii: "<") || f == UInt8(ascii: ":"), isBareMarkup(t.trimmed()) else { return t }
            return ""
        }
        var out: [(line: Int, column: Int, text: String)] = []
        if tabbed {
            // Tabs mark the columns themselves (and a text copied with them has no aligned ones).
            var k = 0
            while k < texts.count {
                let (end, taken) = tabColumns(texts, from: k, into: &out)
                if !taken { for j in k..<max(end, k + 1) { out.append((j + 1, 1, texts[j])) } }
                k = max(end, k + 1)
            }
            return out
        }
        // A header's columns may stand a space or two apart (an OCR's, a narrow dump's) in the opening
        // lines, above the type line (`LỆNH` / … / `CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI …` is no header).
        let headerEnd = texts.prefix(16).firstIndex { t in
            // (In Markdown, bold: `**LỆNH**`.)
            let marked = t.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "#") }
            return DocumentTypes.typeLine((marked ? withoutMarkdown(t) : t).trimmed()) != nil
        } ?? min(16, texts.count)
        // Columns stand three spaces apart or more, or so in the opening lines.
        guard texts.contains(where: { $0.containsBytes("   ") }) || texts[..<headerEnd].contains(where: { closeHeaderPieces($0) != nil })
                || texts.contains(where: { gluedLabel($0) != nil }) else {
            for (k, t) in texts.enumerated() { out.append((k + 1, 1, t)) }
            return out
        }
        var k = 0
        var firstBlock = true
        while k < texts.count {
            guard !texts[k].isBlankText else { out.append((k + 1, 1, texts[k])); k += 1; continue }
            var end = k
            while end < texts.count {
                if !texts[end].isBlankText { end += 1; continue }
                // A header's rows a blank line apart, its columns a space apart (an OCR's text of a
                // scan): one block while the rows on both sides are such.
                var next = end
                while next < texts.count, texts[next].isBlankText { next += 1 }
                guard next < headerEnd, closeHeaderPieces(texts[next]) != nil,
                      texts[k..<end].contains(where: { closeHeaderPieces($0) != nil }) else { break }
                end = next
            }
            // A signature read row by row across its columns opens a block of its own.
            if let g = (k..<end).first(where: { gluedLabel(texts[$0], rowsApart: $0 + 1 == end && end < texts.count) != nil }) {
                if g == k {
                    let run = gluedSignature(texts, from: k)
                    out += run.items
                    k = run.end
                    firstBlock = false
                    continue
                }
                end = g
            }
            // A multiline or simple table (pandoc's: its columns the dash runs of a rule, a space
            // apart) lays its own columns out: its lines stay whole for the table's reader.
            if texts[k..<end].contains(where: isTableColumnRule) {
                for j in k..<end { out.append((j + 1, 1, texts[j])) }
                k = end
                firstBlock = false
                continue
            }
            let opening = firstBlock
            firstBlock = false
            // A row (`A | B |`) is the row form's own columns: never taken apart by its spaces.
            var pieces = texts[k..<end].enumerated().map { q, t in
                if t.trimmed().endsWith("|") { return [Piece(offset: 0, position: 0, text: t)] }
                let pieces = columnPieces(t)
                // In the first lines, a header's columns may stand closer (`w3m -dump` of a narrow table).
                return k + q < headerEnd && pieces.count == 1 ? closeHeaderPieces(t) ?? pieces : pieces
            }
            // The national name broken over two lines beside the issuer's, its end a space after the
            // issuer's second line (`TỈNH CAO BẰNG VIỆT NAM`, an OCR's reading of a narrow column).
            for q in pieces.indices.dropFirst() where k + q < headerEnd && pieces[q].count == 1 && pieces[q - 1].count == 2 {
                let name = pieces[q - 1][1].text.matchKey, piece = pieces[q][0]
                guard name.startsWith("CỘNG HÒA"), !name.endsWith("VIỆT NAM"), piece.text.endsWith(" VIỆT NAM"), piece.text.utf8.count > 10 else { continue }
                let cut = piece.text.utf8.count - "VIỆT NAM".utf8.count
                let left = String(decoding: piece.text.utf8.prefix(cut), as: UTF8.self).trimmed()
                pieces[q] = [Piece(offset: piece.offset, position: piece.position, text: left),
                             Piece(offset: piece.offset + cut, position: piece.position + piece.text.utf8.prefix(cut).count { Bytes.isScalarStart($0) }, text: "VIỆT NAM")]
            }
            // A signature laid out beside the recipients is one run from its first line (`Nơi nhận:` or
            // the authority above it) to the end of the block: its authority may stand above `Nơi nhận:`,
            // the recipients run on below the name (`w3m -dump`'s layout of a page's signature table).
            var signature: (from: Int, columns: [(line: Int, column: Int, text: String)])?
            if var from = pieces.firstIndex(where: { $0.first?.text.opensRecipientsLabel == true }) {
                // The authority's lines standing indented above the label, in capitals.
                let label = from
                while from > 0, label - from < 3, pieces[from - 1].count == 1, pieces[from - 1][0].position > 0,
                      Case.isUpper(pieces[from - 1][0].text) || SignatureParser.isAuthorityLine(pieces[from - 1][0].text) { from -= 1 }
                // A recipient a space from the signature's line beside it, which starts where that
                // column does (`- Sở Văn hóa, Thể thao và Du lịch; CHỦ TỊCH`, w3m's narrow table).
                if let right = pieces[from...].filter({ $0.count == 2 }).map({ $0[1].position }).min() {
                    for q in from..<pieces.count where pieces[q].count == 1 {
                        let piece = pieces[q][0]
                        guard SignatureParser.opensRecipient(piece.text), let (entry, beside, at) = recipientAndBeside(piece.text) else { continue }
                        let position = piece.position + piece.text.utf8.prefix(at).count { Bytes.isScalarStart($0) }
                        guard abs(position - right) <= 2 else { continue }
                        pieces[q] = [Piece(offset: piece.offset, position: piece.position, text: entry),
                                     Piece(offset: piece.offset + at, position: position, text: beside)]
                    }
                }
                if pieces[from...].contains(where: { $0.count == 2 }), pieces[from...].joined().contains(where: { SignatureParser.isAuthorityLine($0.text) }),
                   !pieces[from...].contains(where: { $0.count > 2 || $0.contains { $0.text.containsBytes("|") } }),
                   let columns = sideBySide(pieces[from...], firstLine: k + from + 1) {
                    signature = (from, columns)
                }
            }
            let before = Array(pieces[..<(signature?.from ?? pieces.count)])
            // A header whose columns never share a line (`w3m -dump` centres each cell's lines in its
            // row: the national name above the issuer, the motto below it): its columns by where they stand.
            if opening, !before.contains(where: { $0.count > 1 }),
               let national = before.joined().first(where: { $0.position >= 8 && isSideBySideLandmark($0.text) && $0.text.matchKey.startsWith("CỘNG HÒA") }),
               before.contains(where: { $0.first.map { $0.position < national.position - 2 } ?? false }),
               before.allSatisfy({ $0.first.map { $0.position >= national.position - 2 || $0.position + $0.text.unicodeScalars.count < national.position } ?? true }),
               let columns = sideBySide(before[...], firstLine: k + 1, rightStart: national.position) {
                out += columns
                if let signature { out += signature.columns }
                k = end
                continue
            }
            // Runs of side-by-side lines (a header's, a signature's), each taken apart; a block may
            // hold more than one, and the text around them (no blank line sets them apart in
            // `pdftotext -layout`). Rows (`A | B |`) are the row forms' own columns.
            var j = 0
            while j < before.count {
                guard before[j].count == 2, let e = sideBySideRun(before, texts: texts[k..<end], from: j) else {
                    out.append((k + j + 1, 1, texts[k + j]))
                    j += 1
                    continue
                }
                if before[j..<e].joined().contains(where: { isSideBySideLandmark($0.text) }), let columns = sideBySide(before[j..<e], firstLine: k + j + 1) {
                    out += columns
                } else {
                    for q in j..<e { out.append((k + q + 1, 1, texts[k + q])) }
                }
                j = e
            }
            if let signature { out += signature.columns }
            k = end
        }
        return out
    }

    /// A signature an OCR of a scan reads row by row across its two columns, a space apart: the label
    /// and the authority (`Nơi nhận: TM. ỦY BAN NHÂN DÂN`), then each recipient with the signature's
    /// line beside it (`- Sở Nội vụ; KT. CHỦ TỊCH`, `- Lưu: VT, NV. Trần Thị Lan`), rows often a blank
    /// line apart. From the label's line at `start`: the recipients' column, then the signature's
    /// (blank lines between them dropped), and the index after the run's last line.
    static func gluedSignature(_ texts: [String], from start: Int) -> (items: [(line: Int, column: Int, text: String)], end: Int) {
        var left: [(line: Int, column: Int, text: String)] = [], right = left
        var k = start, end = start
        var named = false
        while k < texts.count {
            let t = texts[k]
            if t.isBlankText { k += 1; continue }
            let lead = t.utf8.prefix { $0 == Bytes.space }.count
            let text = t.trimmed()
            if k == start, let (label, rest, at) = gluedLabel(text, rowsApart: true) {
                left.append((k + 1, lead + 1, label))
                right.append((k + 1, lead + at + 1, rest))
            } else if SignatureParser.opensRecipient(text) {
                if let (entry, beside, at) = recipientAndBeside(text) {
                    left.append((k + 1, lead + 1, entry))
                    right.append((k + 1, lead + at + 1, beside))
                    named = named || SignatureParser.isName(beside)
                } else {
                    left.append((k + 1, lead + 1, text))
                }
            } else if !named, isSignatureSide(text) {
                right.append((k + 1, lead + 1, text))
                named = SignatureParser.isName(text)
            } else if let last = left.last, left.count > 1, SignatureParser.goesOn(last.text, with: text) {
                left.append((k + 1, lead + 1, text))
            } else {
                break
            }
            k += 1
            end = k
        }
        return (left + right, end)
    }

    /// `Nơi nhận: TM. ỦY BAN NHÂN DÂN` → the label, the authority or position beside it, and where that
    /// starts: a space or two apart, or further when the rows stand a blank line apart (`rowsApart`:
    /// w3m's dump of a word processor's page), which the blocks of side-by-side lines do not join.
    static func gluedLabel(_ text: String, rowsApart: Bool = false) -> (label: String, rest: String, at: Int)? {
        // (Indented as elinks indents a page's text; `at` counts from the label.) Most lines are no
        // label: only one whose first letter is N is looked at further.
        guard let first = text.utf8.first(where: { $0 != Bytes.space }), first | 0x20 == UInt8(ascii: "n") else { return nil }
        let lead = text.utf8.prefix { $0 == Bytes.space }.count
        let line = lead == 0 ? text : String(decoding: text.utf8.dropFirst(lead), as: UTF8.self)
        guard line.opensRecipientsLabel else { return nil }
        // The label's colon, or the label alone (`Nơi nhận TM. ỦY BAN NHÂN DÂN`: a colon lost, R01's).
        let label = RecipientsLabel.sentenceCase.utf8.count
        // (A space may stand before the colon: `Nơi nhận : TM. ỦY BAN NHÂN DÂN`.)
        let before = line.utf8.dropFirst(label).prefix { $0 == Bytes.space }.count
        let at = line.utf8.dropFirst(label + before).first == UInt8(ascii: ":") ? label + before + 1 : label
        let after = line.utf8.dropFirst(at)
        let gap = after.prefix { $0 == Bytes.space }.count
        guard gap >= 1, gap <= 2 || rowsApart else { return nil }
        let rest = String(decoding: after.dropFirst(gap), as: UTF8.self).trimmed()
        guard SignatureParser.isAuthorityLine(rest) || SignatureParser.isPosition(rest) && Case.isUpper(rest) else { return nil }
        return (String(decoding: line.utf8.prefix(at), as: UTF8.self), rest, at + gap)
    }

    /// A recipient's entry and the signature's line a space after its end (`- Sở Nội vụ; KT. CHỦ TỊCH`,
    /// `- Lưu: VT, NV. Trần Thị Lan`), with where that line starts; nil when nothing stands beside it.
    private static func recipientAndBeside(_ text: String) -> (entry: String, beside: String, at: Int)? {
        let b = Array(text.utf8)
        var i = 1
        while i + 1 < b.count {
            defer { i += 1 }
            guard b[i] == UInt8(ascii: ";") || b[i] == UInt8(ascii: "."), b[i + 1] == Bytes.space else { continue }
            var j = i + 1
            while j < b.count, b[j] == Bytes.space { j += 1 }
            let beside = String(decoding: b[j...], as: UTF8.self)
            guard isSignatureSide(beside) else { continue }
            return (String(decoding: b[...i], as: UTF8.self), beside, j)
        }
        return nil
    }

    /// A line of a signature's column: its authority or position in capitals, the signed note, or the
    /// signer's name; not a heading that opens what follows (a type line, an appendix's label).
    private static func isSignatureSide(_ t: String) -> Bool {
        guard let last = t.utf8.last, last != UInt8(ascii: ";"), last != UInt8(ascii: ","), t.utf8.count <= 60 else { return false }
        if t.startsWith("(") { return last == UInt8(ascii: ")") && t.utf8.count <= 30 }
        if Case.isUpper(t) {
            return DocumentTypes.typeLine(t) == nil && AppendixLabel.parse(t) == nil
        }
        return last != UInt8(ascii: ".") && SignatureParser.isName(t)
    }

    /// Side-by-side lines (a line of two pieces, the first in `pieces` at `firstLine`) as their left
    /// column's lines, then their right column's; nil when no line has two pieces.
    private static func sideBySide(_ pieces: ArraySlice<[Piece]>, firstLine: Int, rightStart given: Int? = nil) -> [(line: Int, column: Int, text: String)]? {
        guard let rightStart = given ?? pieces.filter({ $0.count == 2 }).map({ $0[1].position }).min() else { return nil }
        // A header's second row (`Số: …` beside the place and date) is a row of its own: its columns
        // follow the first row's, as the header table reads.
        if let row = pieces.indices.dropFirst().first(where: { pieces[$0].first.map { $0.position < rightStart - 2 && HeaderParser.isNumberLine($0.text) } ?? false }),
           let top = sideBySide(pieces[..<row], firstLine: firstLine, rightStart: given) {
            return top + (sideBySide(pieces[row...], firstLine: firstLine + row - pieces.startIndex, rightStart: given) ?? [])
        }
        // A line alone stands in the right column when it starts there, or (centred over it, wider
        // than the lines beside it) past where every left piece beside a right one ends.
        let leftEnd = pieces.filter { $0.count == 2 }.map { $0[0].position + $0[0].text.unicodeScalars.count }.max() ?? rightStart
        var left: [(line: Int, column: Int, text: String)] = [], right = left
        for (j, line) in zip(pieces.indices, pieces) {
            for (p, piece) in line.enumerated() {
                let item = (firstLine + j - pieces.startIndex, piece.offset + 1, piece.text)
                if p == 1 || (line.count == 1 && (piece.position >= rightStart - 2 || piece.position > leftEnd + 1)) { right.append(item) } else { left.append(item) }
            }
        }
        return left + right
    }

    /// The end of a run of side-by-side lines from `start` (a line of two pieces) inside a longer
    /// block: lines of two pieces, with at most two lines of one piece between them, then up to three
    /// short lines standing in the right column alone (a signature's name below its position); not a
    /// type line or an appendix label, which open what follows.
    private static func sideBySideRun(_ pieces: [[Piece]], texts: ArraySlice<String>, from start: Int) -> Int? {
        var lastTwo = start, q = start + 1
        while q < pieces.count, pieces[q].count <= 2, !texts[texts.startIndex + q].containsBytes("|") {
            if pieces[q].count == 2 { lastTwo = q } else if q - lastTwo > 2 { break }
            q += 1
        }
        var end = lastTwo + 1
        guard let rightStart = pieces[start..<end].filter({ $0.count == 2 }).map({ $0[1].position }).min() else { return nil }
        // Under a header's first row, the left column's lines too (`HUYỆN ĐỨC THỌ` alone, then the
        // motto alone on the line below it: w3m's and elinks's layout of a word processor's header).
        let header = pieces[start].count == 2 && pieces[start][1].text.matchKey.startsWith("CỘNG HÒA") && !HeaderParser.isNumberLine(pieces[lastTwo][0].text)
        while end < pieces.count, end - lastTwo <= 3, pieces[end].count == 1,
              header ? !HeaderParser.isNumberLine(pieces[end][0].text) : pieces[end][0].position >= rightStart - 2,
              pieces[end][0].text.utf8.count <= 60, DocumentTypes.typeLine(pieces[end][0].text) == nil, AppendixLabel.parse(pieces[end][0].text) == nil {
            end += 1
        }
        return end
    }

    /// A header or signature copied from a page or saved by Word as plain text: its two columns
    /// on each line, split by tabs (`ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA XÃ HỘI …`). A run of such lines
    /// from `start` (a tab in each, two cells at most, one a landmark) is appended left column
    /// first. Returns where the run of tabbed lines ends, and whether it was taken so (a run that
    /// is not, and any part of it, is no such layout).
    static func tabColumns(_ texts: [String], from start: Int, into out: inout [(line: Int, column: Int, text: String)]) -> (end: Int, taken: Bool) {
        var end = start
        var cells: [[(column: Int, offset: Int, text: String)]] = []
        while end < texts.count, texts[end].utf8.contains(0x09) {
            let row = tabCells(texts[end])
            guard row.count <= 2, !row.isEmpty else { break }
            cells.append(row)
            end += 1
        }
        guard cells.contains(where: { $0.count == 2 }), cells.joined().contains(where: { isSideBySideLandmark($0.text) }) else { return (end, false) }
        for side in [false, true] {
            for (j, row) in cells.enumerated() {
                for cell in row where (cell.column > 0) == side { out.append((start + j + 1, cell.offset + 1, cell.text)) }
            }
        }
        return (end, true)
    }

    /// A rule glued to the text after it (`------Số: 112/KH-UBND`: a PDF's text puts the agency's rule
    /// and the number on one line): the rule, then the text; any other line as it is.
    static func splittingGluedRule(_ line: String) -> [String] {
        if let type = gluedTypeLine(line) {
            let b = Array(line.utf8)
            return [String(decoding: b[..<type], as: UTF8.self), String(decoding: b[type...], as: UTF8.self)]
        }
        if let rule = trailingRule(line) {
            let b = Array(line.utf8)
            return [String(decoding: b[..<(rule - 1)], as: UTF8.self), String(decoding: b[rule...], as: UTF8.self)]
        }
        guard let f = line.utf8.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "_") else { return [line] }
        let b = Array(line.utf8)
        var run = 0
        while run < b.count, b[run] == f { run += 1 }
        guard run >= 3, run < b.count else { return [line] }
        // A rule of five and more, a space, then the text (lynx puts a header's left rule on the line
        // of the right column's first: `------- CỘNG HÒA XÃ HỘI …`).
        let text = run >= 5 && b[run] == Bytes.space && run + 1 < b.count && b[run + 1] != Bytes.space ? run + 1 : run
        let next = b[text]
        guard next >= 0x80 || Bytes.isDigit(next) || Bytes.isASCIIUpper(next) || Bytes.isASCIILower(next) else { return [line] }
        return [String(decoding: b[..<run], as: UTF8.self), String(decoding: b[text...], as: UTF8.self)]
    }

    /// Where the next line starts on a type line or an appendix's label glued to it in bold
    /// (`**QUYẾT ĐỊNH****VỀ TÍN DỤNG …**`, `**Phụ lục***(Kèm theo …)*`): markitdown drops a line break
    /// that ends a bold span (`<b>QUYẾT ĐỊNH<br/></b><strong>VỀ …`); nil for any other line.
    static func gluedTypeLine(_ line: String) -> Int? {
        // Every line of a text passes here: only one opening with `**` is copied.
        guard line.utf8.count > 8, line.utf8.starts(with: bold) else { return nil }
        let b = Array(line.utf8)
        guard let close = Bytes.find(b, bold, from: 2),
              close + 2 < b.count, b[close + 2] == UInt8(ascii: "*") else { return nil }
        let name = b[2..<close]
        guard typeNames.contains(where: { name.elementsEqual($0) })
                || name.count <= 24 && appendixWords.contains(where: { name.starts(with: $0) }) else { return nil }
        return close + 2
    }
    private static let bold = Array("**".utf8)
    private static let typeNames = DocumentTypes.all.flatMap { [Case.upperUTF8($0.name), Array($0.name.utf8)] }
    private static let appendixWords = ["Phụ lục", "PHỤ LỤC"].map { Array($0.utf8) }

    /// Where a rule after the text starts (`… Hạnh phúc ---------------`, `BỘ Y TẾ -------`: a copy
    /// that put a header's rule on the line above it): five dashes or underscores and more ending
    /// the line after a space; nil otherwise.
    static func trailingRule(_ line: String) -> Int? {
        guard let last = line.utf8.last, last == UInt8(ascii: "-") || last == UInt8(ascii: "_"), line.utf8.count >= 8 else { return nil }
        let b = Array(line.utf8)
        let start = b.count - b.reversed().prefix { $0 == last }.count
        guard b.count - start >= 5, start >= 2, b[start - 1] == 0x20,
              b[..<(start - 1)].contains(where: { $0 >= 0x80 || Bytes.isASCIIUpper($0) || Bytes.isASCIILower($0) }) else { return nil }
        return start
    }

    /// The non-empty cells of a tab-separated line: the table column each stands in, its byte offset.
    static func tabCells(_ line: String) -> [(column: Int, offset: Int, text: String)] {
        var out: [(column: Int, offset: Int, text: String)] = []
        var offset = 0
        for (k, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            let t = String(cell).collapsingSpaces
            let lead = cell.utf8.prefix { $0 == 0x20 }.count
            if !t.isEmpty { out.append((k, offset + lead, t)) }
            offset += cell.utf8.count + 1
        }
        return out
    }

    /// Lines whose tabs separate a data table's cells (a table copied from a page, or saved by Word
    /// as plain text): runs of two lines or more with a tab in each, the first with two cells at
    /// least. Indices into `lines`, whose line numbers tell which are consecutive.
    static func tabRows(_ lines: [(line: Int, column: Int, text: String)]) -> Set<Int> {
        var rows = Set<Int>()
        var k = 0
        while k < lines.count {
            guard lines[k].text.utf8.contains(0x09) else { k += 1; continue }
            var e = k + 1
            // (A row joined by `joiningCellBreaks` spans the lines its breaks count.)
            while e < lines.count, lines[e].line == lines[e - 1].line + 1 + lineBreaks(lines[e - 1].text), lines[e].text.utf8.contains(0x09) { e += 1 }
            if e - k >= 2, tabCells(lines[k].text).count >= 2 { rows.formUnion(k..<e) }
            k = e
        }
        return rows
    }

    private static func lineBreaks(_ text: String) -> Int { text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

    private static func tabs(_ text: String) -> Int { text.utf8.reduce(0) { $0 + ($1 == 0x09 ? 1 : 0) } }

    /// A table of three columns or more copied from a browser: a cell of several paragraphs breaks its
    /// row over several lines (`1<TAB>Khảo sát<TAB>Phòng Văn hóa` / `Trung tâm Văn hóa<TAB>Quý I`).
    /// In a run of lines with tabs (a line without one at most seven lines from the next that has one),
    /// the widest line's tab count is the row's: lines are joined (a line break inside the cell) until
    /// a row has that many. A run whose lines do not add up so is left as it is.
    static func joiningCellBreaks(_ lines: [(line: Int, column: Int, text: String)]) -> [(line: Int, column: Int, text: String)] {
        var out: [(line: Int, column: Int, text: String)] = []
        out.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            guard tabs(lines[k].text) > 0 else { out.append(lines[k]); k += 1; continue }
            var e = k + 1, lastTab = k
            while e < lines.count, lines[e].line == lines[e - 1].line + 1, e - lastTab <= 8 {
                if tabs(lines[e].text) > 0 { lastTab = e }
                e += 1
            }
            e = lastTab + 1
            let width = lines[k..<e].map { tabs($0.text) }.max() ?? 0
            var rows: [(line: Int, column: Int, text: String)] = []
            var i = k
            while width >= 2, i < e {
                var count = tabs(lines[i].text), text = lines[i].text, j = i + 1
                while count < width, j < e {
                    count += tabs(lines[j].text)
                    text += "\n" + lines[j].text
                    j += 1
                }
                guard count == width else { break }
                rows.append((lines[i].line, lines[i].column, text))
                i = j
            }
            // Joined only when every line found its row (and some row was broken).
            out += i == e && rows.count < e - k ? rows : Array(lines[k..<e])
            k = e
        }
        return out
    }

    /// A line's pieces split at gaps of three or more spaces, each with its byte offset and its
    /// position (in characters: where it stands on the printed line, whatever letters precede it).
    static func columnPieces(_ line: String) -> [Piece] {
        let b = Array(line.utf8)
        var out: [Piece] = []
        var i = 0, position = 0
        while i < b.count {
            // A no-break space before the text (a page's `&nbsp;` through w3m) is a space too.
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 {
                i += b[i] == 0xC2 ? 2 : 1
                position += 1
            }
            guard i < b.count else { break }
            let start = i, startPosition = position
            var gap = 0
            var end = i
            while i < b.count {
                if b[i] == 0x20 {
                    gap += 1
                    // A blank left to fill in (a draft's `Số:      /KH-UBND`, `ngày      tháng      năm`)
                    // parts no columns.
                    if gap >= 3, !isBlankToFill(b, before: end, from: start) { break }
                } else { gap = 0; end = i + 1 }
                if Bytes.isScalarStart(b[i]) { position += 1 }
                i += 1
            }
            out.append(Piece(offset: start, position: startPosition, text: String(decoding: b[start..<end], as: UTF8.self)))
        }
        return out
    }

    /// A header's two columns a space or two apart (`w3m -dump` lays a narrow table out so): the
    /// national name, the motto, or (two spaces after the number) the place and date in the right
    /// column, after text in the left one: `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    /// `HUYỆN ĐỊNH HÓA  Độc lập - Tự do - Hạnh phúc`, `Số: 45/KH-UBND  Định Hóa, ngày 09 tháng 02 năm 2024`
    /// (or one space after a number of one word).
    static func closeHeaderPieces(_ line: String) -> [Piece]? {
        let b = Array(line.utf8)
        // (A row's cells are no columns: `Số: 42/2025/QĐ-TTg |  _Hà Nội, ngày …_`.)
        guard b.count > 20, !b.contains(UInt8(ascii: "|")), let first = b.firstIndex(where: { $0 != Bytes.space }) else { return nil }
        var start: Int?
        for name in closeRightColumns {
            guard let at = Bytes.find(b, name, from: first + 1), b[at - 1] == Bytes.space else { continue }
            // The motto by its first two phrases, whatever joins them (` - `, an en dash Word's
            // autocorrect types, `-` unspaced, nothing).
            if name == mottoStart, Bytes.find(b, tuDo, from: at + name.count) == nil { continue }
            start = at
            break
        }
        // (The place's comma may be missing: `Số: 45/KH-UBND Định Hóa ngày …`, which D01 reports.)
        if start == nil, line.containsBytes("Số") || line.containsBytes("SỐ") || line.startsWith("số"), let date = line.byteRange(of: ", ngày") ?? line.byteRange(of: " ngày ") ?? line.byteRange(of: ", Ngày") {
            // The place: after the last gap of two spaces before the date.
            let d = line.utf8.distance(from: line.utf8.startIndex, to: date.lowerBound)
            var g = d - 1
            while g > first + 1, !(b[g] == Bytes.space && b[g - 1] == Bytes.space) { g -= 1 }
            // (Not a label alone: `Số:  33/KH-UBND Phú Lương, ngày …` has its gap inside the number's cell.)
            if g > first + 1, HeaderParser.numberValue(String(decoding: b[first..<g], as: UTF8.self).trimmed())?.isEmpty == false {
                start = g + 1
            } else if d > first, let colon = b[first..<d].firstIndex(of: UInt8(ascii: ":")) ?? labelWithoutColon(b, first, d) {
                // One space apart: the number is one word (`Số: 47/2025/TT-NHNN Hà Nội, ngày …`).
                var w = colon + 1
                while w < d, b[w] == Bytes.space { w += 1 }
                while w < d, b[w] != Bytes.space { w += 1 }
                if w < d, HeaderParser.isNumberLine(String(decoding: b[first..<w], as: UTF8.self)) { start = w + 1 }
            }
        }
        guard let start else { return nil }
        var end = start - 1
        while end > first, b[end - 1] == Bytes.space { end -= 1 }
        // A rule a space before the national name is lynx's left rule on the right column's first line
        // (`------- CỘNG HÒA …`, its cells one under another): no column (`splittingGluedRule` parts it).
        // (A rule before the motto is an OCR's reading of the rules under both columns: `_—===== Độc lập …`.)
        if end - first >= 3, b[start] == UInt8(ascii: "C"), HeaderParser.isRule(String(decoding: b[first..<end], as: UTF8.self)), start - end == 1 { return nil }
        let position = { (i: Int) in b[..<i].count { Bytes.isScalarStart($0) } }
        return [Piece(offset: first, position: position(first), text: String(decoding: b[first..<end], as: UTF8.self)),
                Piece(offset: start, position: position(start), text: String(decoding: b[start...], as: UTF8.self).trimmed())]
    }
    /// The last byte of `Số` printed without its colon before a number (`Số 33/KH-UBND Phú Lương, …`),
    /// or with a stop an OCR read for it (`Số. 33/KH-UBND`).
    private static func labelWithoutColon(_ b: [UInt8], _ first: Int, _ end: Int) -> Int? {
        for label in numberLabels where Bytes.hasPrefix(b, first, end, label) {
            var after = first + label.count
            if after < end, b[after] == UInt8(ascii: ".") { after += 1 }
            guard after + 1 < end, b[after] == Bytes.space, (0x30...0x39).contains(b[after + 1]) else { return nil }
            return after - 1
        }
        return nil
    }
    private static let numberLabels = ["Số", "SỐ"].map { Array($0.utf8) }

    /// (The national name by its first words: it may be misspelt, or broken over two lines.)
    private static let closeRightColumns = (["CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "Độc lập"] + HeaderParser.titlesInPlace)
        .map { Array($0.utf8) }
    private static let mottoStart = Array("Độc lập".utf8), tuDo = Array("Tự do".utf8)

    /// Whether the spaces after `b[..<before]` stand for a number or date left blank: after `Số:`,
    /// `ngày` or `tháng`, before `/`, `tháng` or `năm`.
    private static func isBlankToFill(_ b: [UInt8], before: Int, from start: Int) -> Bool {
        var next = before
        while next < b.count, b[next] == 0x20 { next += 1 }
        guard next < b.count else { return false }
        let ahead = Bytes.hasPrefix(b, next, b.count, slash) || Bytes.hasPrefix(b, next, b.count, thangWord) || Bytes.hasPrefix(b, next, b.count, namWord)
        guard ahead else { return false }
        return blankLabels.contains { before - start >= $0.count && Bytes.hasSuffix(b, start, before, $0) }
    }

    private static let slash = Array("/".utf8), thangWord = Array("tháng".utf8), namWord = Array("năm".utf8)
    private static let blankLabels = ["Số:", "số:", "ngày", "tháng"].map { Array($0.utf8) }

    /// A piece of a line laid out in columns.
    /// `----- ---- -----`: two dash runs or more, of three dashes at least, a space apart (a pandoc
    /// multiline or simple table's column rule; a header's rules under its two columns stand far apart).
    static func isTableColumnRule(_ line: String) -> Bool {
        let runs = line.trimmed().split(separator: " ", omittingEmptySubsequences: false)
        return runs.count >= 2 && runs.allSatisfy { $0.count >= 3 && $0.allSatisfy { $0 == "-" } }
    }

    struct Piece {
        var offset: Int
        var position: Int
        var text: String
    }

    /// What stands in one column of a side-by-side header or signature.
    static func isSideBySideLandmark(_ t: String) -> Bool {
        let key = t.matchKey
        return key.startsWith("CỘNG HÒA") || HeaderParser.opensTitleInPlace(key) || t.startsWith("Độc lập") || t.startsWith("Số:")
            || (t.startsWith("Số ") && HeaderParser.isNumberLine(t)) || t.opensRecipientsLabel || SignatureParser.isAuthorityLine(t) || (t.holdsPlaceAndNgay && HeaderParser.placeDate(t) != nil)
    }
}
