/// Tokenizer for the pipe-text form: text copied from legal-document sites, where every table cell
/// ends with a line holding only `|` and paragraphs are hard-wrapped.
///
/// One pass over the bytes splits lines and `|` cell ends; wraps are undone per run of text lines;
/// runs of cells become `RawTable`s (one flat row: pipe-text does not mark rows).
public struct PipeTextTokenizer {
    public init() {}

    public func tokenize(_ source: SourceText) -> [Block] {
        let b = Self.foldingSpaces(source)
        // The decoder's line starts hold for the text unless folding its white space moved them
        // (folding never lengthens a text, so an unchanged length means no byte moved).
        let (allLines, segments) = Self.segments(b, lineStarts: b.count == source.bytes.count ? source.lineStarts : nil)
        let joiner = WrapJoiner(bytes: b, width: WrapJoiner.measureWidth(b, lines: allLines))
        var assembler = TableAssembler(bytes: b, joiner: joiner)
        for (index, segment) in segments.enumerated() {
            assembler.add(segment, isLast: index == segments.count - 1)
        }
        return assembler.finish()
    }

    /// A text holding U+00A0 (a web page's `&nbsp;`, which copies from legal-document sites keep:
    /// `ngày&nbsp;15`, `Kính&nbsp;gửi:`) or tabs, with each run of white space inside a line one
    /// space, as the text form reads it, so that every marker, label, date and citation reads the
    /// same. Lines keep their numbers and their indentation (so their columns); a column inside a
    /// line moves left by the bytes folded before it. (A text of plain spaces, as the sites give it,
    /// is taken as it is: the two vectorized searches are all it costs.)
    static func foldingSpaces(_ source: SourceText) -> [UInt8] {
        let b = source.bytes
        guard Bytes.find(b, [0xC2, 0xA0]) != nil || Bytes.find(b, [Bytes.tab]) != nil else { return b }
        @inline(__always) func white(_ i: Int) -> Int {
            let c = b[i]
            if c == Bytes.space || c == Bytes.tab { return 1 }
            return c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : 0
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        var inText = false  // a character other than white space came before on this line
        while i < b.count {
            let w = white(i)
            if w == 0 {
                let c = b[i]
                inText = c != Bytes.lf
                out.append(c)
                i += 1
                continue
            }
            var j = i + w
            while j < b.count, case let v = white(j), v > 0 { j += v }
            // Inside a line: one space. Before the text or at its end: as it stands (trimmed later).
            if inText, j < b.count, b[j] != Bytes.lf, b[j] != Bytes.cr { out.append(Bytes.space) } else { out.append(contentsOf: b[i..<j]) }
            i = j
        }
        return out
    }

    /// The lines between two `|` lines (a slice of the document's lines); `closed` when a `|` line ends it.
    struct Segment {
        var lines: ArraySlice<WrapJoiner.Line> = []
        var closed = false
        /// Line number of the closing `|`, or of the last line.
        var endLine = 0
    }

    /// Splits the text into trimmed lines and groups them by `|` lines: every line in one array,
    /// each segment a slice of it.
    /// `lineStarts`: where each line starts (the decoder's), when known; found here otherwise.
    static func segments(_ bytes: [UInt8], lineStarts: [Int]? = nil) -> (lines: [WrapJoiner.Line], segments: [Segment]) {
        let starts = lineStarts ?? Self.lineStarts(bytes)
        let (lines, bounds) = bytes.withUnsafeBufferPointer { b in starts.withUnsafeBufferPointer { Self.lines(b, starts: $0) } }
        return (lines, bounds.map { Segment(lines: lines[$0.lines], closed: $0.closed, endLine: $0.endLine) })
    }

    /// Where each line starts, as the decoder counts them: 0, and after every line feed but a
    /// last one (needed where folding white space moved the decoder's starts).
    /// Sixteen bytes at a time, each line feed found by one vector comparison.
    static func lineStarts(_ b: [UInt8]) -> [Int] {
        var starts = [0]
        let n = b.count
        b.withUnsafeBufferPointer { p in
            var i = 0
            if let base = UnsafeRawPointer(p.baseAddress) {
                typealias V = SIMD16<UInt8>
                while i + 16 <= n {
                    var feeds = VectorMasks.bits16(base.loadUnaligned(fromByteOffset: i, as: V.self) .== V(repeating: Bytes.lf))
                    while feeds != 0 {
                        let t = feeds.trailingZeroBitCount
                        feeds &= feeds - 1
                        if i + t + 1 < n { starts.append(i + t + 1) }
                    }
                    i += 16
                }
            }
            while i + 1 < n {
                if p[i] == Bytes.lf { starts.append(i + 1) }
                i += 1
            }
        }
        return starts
    }

    /// Where a segment's lines are in the line array, whether a `|` closed it, and the line that did.
    private struct Bounds {
        var lines: Range<Int>
        var closed: Bool
        var endLine: Int
    }

    /// Lines at the given starts: no search for line feeds, and each line's width
    /// counted sixteen bytes at a time to its end (the last block read back from the end, the
    /// bytes before the line masked off).
    private static func lines(_ b: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>) -> ([WrapJoiner.Line], [Bounds]) {
        var split = LineSplit(capacity: starts.count)
        let n = b.count
        guard n > 0, let base = b.baseAddress else { return split.finish() }
        typealias V = SIMD16<UInt8>
        let raw = UnsafeRawPointer(base)
        @inline(__always) func continuations(at p: Int) -> SIMDMask<SIMD16<Int8>> {
            raw.loadUnaligned(fromByteOffset: p, as: V.self) & V(repeating: 0xC0) .== V(repeating: 0x80)
        }
        let lanes = V(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        for k in 0..<starts.count {
            let i = starts[k]
            // The line feed before the next line's start, or the text's end (less a last line feed).
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : b[n - 1] == Bytes.lf ? n - 1 : n
            var p = i
            var extra = 0  // continuation bytes
            while end - p >= 16 {
                extra &+= VectorMasks.count16(continuations(at: p))
                p &+= 16
            }
            let tail = end - p
            if tail > 0 {
                if end >= 16 {
                    // The block's last `tail` lanes are the line's.
                    extra &+= VectorMasks.count16(continuations(at: end - 16) .& (lanes .>= V(repeating: UInt8(16 - tail))))
                } else {
                    while p < end {
                        if b[p] & 0xC0 == 0x80 { extra += 1 }
                        p += 1
                    }
                }
            }
            split.add(b, from: i, to: end, scalars: end - i - extra)
        }
        return split.finish()
    }

    /// The lines of a text as they are found, trimmed, with the `|` lines that close segments.
    private struct LineSplit {
        var all: [WrapJoiner.Line] = []
        var out: [Bounds] = []
        var first = 0  // the current segment's first line in `all`
        var lineNumber = 1
        var blankBefore = false

        init(capacity: Int) { all.reserveCapacity(capacity) }

        /// The line of bytes `i..<end` (its line feed excluded), `scalars` wide.
        @inline(__always) mutating func add(_ b: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int, scalars: Int) {
            var scalars = scalars
            // Trim spaces, tabs, CR and U+00A0 on both sides (one scalar each).
            var s = i, e = end
            while s < e {
                if b[s] == Bytes.space || b[s] == Bytes.tab || b[s] == Bytes.cr { s += 1 }
                else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 }
                else { break }
                scalars -= 1
            }
            while e > s {
                if b[e - 1] == Bytes.space || b[e - 1] == Bytes.tab || b[e - 1] == Bytes.cr { e -= 1 }
                else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
                else { break }
                scalars -= 1
            }
            if s == e {
                blankBefore = true
            } else if e - s == 1, b[s] == Bytes.pipe {
                out.append(Bounds(lines: first..<all.count, closed: true, endLine: lineNumber))
                first = all.count
                blankBefore = false
            } else {
                all.append(WrapJoiner.Line(start: s, end: e, number: lineNumber, column: s - i + 1,
                                           width: scalars, afterBlank: blankBefore && all.count > first))
                blankBefore = false
            }
            lineNumber += 1
        }

        mutating func finish() -> ([WrapJoiner.Line], [Bounds]) {
            if all.count > first {
                out.append(Bounds(lines: first..<all.count, closed: false, endLine: lineNumber - 1))
            }
            return (all, out)
        }
    }
}
