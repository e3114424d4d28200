/// Tokenizer for the pipe-text form: text copied from legal-document sites, where every table cell
/// ends with a line holding only `|` and paragraphs are hard-wrapped.
///
/// One pass over the bytes splits lines and `|` cell ends; wraps are undone per run of text lines;
/// runs of cells become `RawTable`s (one flat row: pipe-text does not mark rows).
public struct PipeTextTokenizer {
    public init() {}

    public func tokenize(_ source: SourceText) -> [Block] {
        let b = source.bytes
        let segments = Self.segments(b)
        let allLines = segments.flatMap(\.lines)
        let joiner = WrapJoiner(bytes: b, text: source.text, width: WrapJoiner.measureWidth(b, lines: allLines))
        var assembler = TableAssembler(bytes: b, joiner: joiner)
        for (index, segment) in segments.enumerated() {
            assembler.add(segment, isLast: index == segments.count - 1)
        }
        return assembler.finish()
    }

    /// The lines between two `|` lines; `closed` when a `|` line ends it.
    struct Segment {
        var lines: [WrapJoiner.Line] = []
        var closed = false
        /// Line number of the closing `|`, or of the last line.
        var endLine = 0
    }

    /// Splits the text into trimmed lines and groups them by `|` lines.
    static func segments(_ bytes: [UInt8]) -> [Segment] {
        bytes.withUnsafeBufferPointer(segments)
    }

    private static func segments(_ b: UnsafeBufferPointer<UInt8>) -> [Segment] {
        var out: [Segment] = []
        var current = Segment()
        var lineNumber = 1
        var i = 0
        let n = b.count
        var blankBefore = false
        while i < n {
            // The line and its width in scalars, in one loop: eight bytes at a time while no line
            // break is among them (width = bytes - continuation bytes 10xxxxxx), then byte by byte.
            var end = i
            var scalars = 0
            if let base = b.baseAddress {
                let raw = UnsafeRawPointer(base)
                while end + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                    let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
                    if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                    let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                    scalars &+= 8 &- continuation.nonzeroBitCount
                    end &+= 8
                }
            }
            while end < n {
                let c = b[end]
                if c == Bytes.lf { break }
                if c & 0xC0 != 0x80 { scalars += 1 }
                end += 1
            }
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
                current.closed = true
                current.endLine = lineNumber
                out.append(current)
                current = Segment()
                blankBefore = false
            } else {
                current.lines.append(WrapJoiner.Line(start: s, end: e, number: lineNumber, column: s - i + 1,
                                                     width: scalars, afterBlank: blankBefore && !current.lines.isEmpty))
                blankBefore = false
            }
            lineNumber += 1
            i = end + 1
        }
        if !current.lines.isEmpty {
            current.endLine = lineNumber - 1
            out.append(current)
        }
        return out
    }
}
