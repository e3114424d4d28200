import VanBanModel
import VanBanValidate

/// An input the run could not check (unreadable, not a document, under a project file that cannot
/// be taken), named by the file at fault where there is one.
public struct RunFailure: Sendable, Equatable {
    public var path: String?
    public var message: String
    /// Where in the file, when one place is to blame (invalid UTF-8).
    public var place: Position?

    public init(path: String?, message: String, place: Position? = nil) {
        self.path = path
        self.message = message
        self.place = place
    }
}

/// One checked input: its path, findings, and a way to quote its source lines.
public struct CheckedFile: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The text of a 1-based source line (for carets and SARIF columns).
    public var lineText: @Sendable (Int) -> String

    public init(path: String, findings: [Finding], lineText: @escaping @Sendable (Int) -> String) {
        self.path = path
        self.findings = findings
        self.lineText = lineText
    }
}

/// Renders findings as compiler-style text, JSON (cli.md), SARIF 2.1.0 or GitHub annotations.
public enum FindingsEmitter {
    /// `file:line:col: severity[RULE]: message`, the source line, and a caret under the offending text.
    public static func text(_ files: [CheckedFile], colour: Bool) -> String {
        var out = ""
        for file in files {
            var lines = ShownLines(file)
            for f in file.findings {
                let sev = f.severity.rawValue
                let painted = colour ? "\u{1B}[1;\(f.severity == .error ? 31 : f.severity == .warning ? 35 : 36)m\(sev)\u{1B}[0m" : sev
                out += "\(file.path):\(f.start.line):\(f.start.column): \(painted)[\(f.rule)]: \(f.message)\n"
                let line = lines.line(f.start.line)
                guard !line.scalars.isEmpty else { continue }
                let start = line.scalarColumn(f.start.column) - 1
                var width = 1
                if let end = f.end, end.line == f.start.line, end.column > f.start.column {
                    width = max(1, line.scalarColumn(end.column) - 1 - start)
                }
                let (shown, pad, count) = line.window(caret: start)
                out += "    " + shown + "\n"
                width = max(1, min(width, count - pad))
                out += "    " + String(repeating: " ", count: pad) + (colour ? "\u{1B}[1;32m" : "") + "^" + String(repeating: "~", count: width - 1) + (colour ? "\u{1B}[0m" : "") + "\n"
            }
        }
        return out
    }

    /// GitHub Actions workflow commands, one per finding: the run's log shows them, and the pull
    /// request shows each on its line (`::error file=…,line=…,col=…,title=N03::…`). Columns count code
    /// points, as in SARIF.
    public static func github(_ files: [CheckedFile], failures: [RunFailure] = []) -> String {
        func escaped(_ s: String, property: Bool) -> String {
            var out = ""
            for ch in s.unicodeScalars {
                switch ch {
                case "%": out += "%25"
                case "\r": out += "%0D"
                case "\n": out += "%0A"
                case ":" where property: out += "%3A"
                case "," where property: out += "%2C"
                default: out.unicodeScalars.append(ch)
                }
            }
            return out
        }
        var out = ""
        for file in files {
            var lines = ShownLines(file)
            for f in file.findings {
                let command = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
                let line = lines.line(f.start.line)
                var place = "file=\(escaped(file.path, property: true)),line=\(f.start.line),col=\(line.scalarColumn(f.start.column))"
                if let end = f.end, end.line == f.start.line, end.column > f.start.column {
                    place += ",endColumn=\(line.scalarColumn(end.column))"
                }
                out += "::\(command) \(place),title=\(f.rule)::\(escaped(f.message, property: false))\n"
            }
        }
        // What could not be checked fails the job too: an error annotation on the file at fault.
        for f in failures {
            var place = f.path.map { "file=\(escaped($0, property: true))," } ?? ""
            if let at = f.place { place += "line=\(at.line)," }  // its column counts bytes, as in SARIF below
            out += "::error \(place)title=vanban::\(escaped(f.message, property: false))\n"
        }
        return out
    }

    /// One JSON array of findings in document order (cli.md).
    public static func json(_ files: [CheckedFile]) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginArray()
        for file in files {
            for f in file.findings { write(f, path: file.path, to: &w) }
        }
        w.endArray()
        w.finish()
        return w.bytes
    }

    /// One finding as a JSON object (cli.md), e.g. one line of `diagnostics.ndjson`.
    public static func write(_ f: Finding, path: String, to w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.string(path)
        w.key("rule"); w.string(f.rule)
        w.key("severity"); w.string(f.severity.rawValue)
        w.key("message"); w.string(f.message)
        w.key("line"); w.int(f.start.line)
        w.key("column"); w.int(f.start.column)
        w.key("end_line"); w.int(f.end?.line)
        w.key("end_column"); w.int(f.end?.column)
        w.endObject()
    }

    /// One finding on one line, for NDJSON.
    public static func line(_ f: Finding, path: String) -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: 256)
        write(f, path: path, to: &w)
        w.finish()
        return w.bytes
    }

    /// SARIF 2.1.0: every catalogue rule in `tool.driver.rules`, one result per finding; what could
    /// not be checked is a tool execution notification of the run's one invocation, which then did
    /// not succeed. Columns are Unicode code points (`columnKind: unicodeCodePoints`).
    public static func sarif(_ files: [CheckedFile], version: String, failures: [RunFailure] = []) -> [UInt8] {
        let rules = Catalogue.rules
        var index: [String: Int] = [:]
        for (k, r) in rules.enumerated() { index[r.id] = k }
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("$schema"); w.string("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
        w.key("version"); w.string("2.1.0")
        w.key("runs"); w.beginArray(); w.beginObject()
        w.key("tool"); w.beginObject(); w.key("driver"); w.beginObject()
        w.key("name"); w.string("vanban")
        w.key("version"); w.string(version)
        w.key("rules"); w.beginArray()
        for r in rules {
            w.beginObject()
            w.key("id"); w.string(r.id)
            w.key("name"); w.string(r.name)
            w.key("shortDescription"); w.beginObject(); w.key("text"); w.string(r.summary); w.endObject()
            w.key("fullDescription"); w.beginObject(); w.key("text"); w.string(r.summary + " Anchor: " + r.anchor + "."); w.endObject()
            // The rule's help, in Vietnamese (shown by SARIF viewers beside an alert).
            w.key("help"); w.beginObject(); w.key("text"); w.string(r.summaryVietnamese + " Căn cứ: " + r.anchor + "."); w.endObject()
            w.key("defaultConfiguration"); w.beginObject(); w.key("level"); w.string(level(r.severity)); w.endObject()
            w.key("properties"); w.beginObject()
            w.key("anchor"); w.string(r.anchor)
            w.key("profiles"); w.strings(r.profiles.map(\.rawValue).sorted())
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.key("columnKind"); w.string("unicodeCodePoints")
        w.key("results"); w.beginArray()
        for file in files {
            var lines = ShownLines(file)
            for f in file.findings {
                let line = lines.line(f.start.line)
                w.beginObject()
                w.key("ruleId"); w.string(f.rule)
                if let k = index[f.rule] { w.key("ruleIndex"); w.int(k) }
                w.key("level"); w.string(level(f.severity))
                w.key("message"); w.beginObject(); w.key("text"); w.string(f.message); w.endObject()
                w.key("locations"); w.beginArray(); w.beginObject()
                w.key("physicalLocation"); w.beginObject()
                w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(uri(file.path)); w.endObject()
                w.key("region"); w.beginObject()
                w.key("startLine"); w.int(f.start.line)
                w.key("startColumn"); w.int(line.scalarColumn(f.start.column))
                if let end = f.end {
                    w.key("endLine"); w.int(end.line)
                    w.key("endColumn"); w.int(end.line == f.start.line ? line.scalarColumn(end.column) : lines.line(end.line).scalarColumn(end.column))
                }
                w.endObject()
                w.endObject()
                w.endObject(); w.endArray()
                w.endObject()
            }
        }
        w.endArray()
        w.key("invocations"); w.beginArray(); w.beginObject()
        w.key("executionSuccessful"); w.bool(failures.isEmpty)
        if !failures.isEmpty {
            w.key("toolExecutionNotifications"); w.beginArray()
            for f in failures {
                w.beginObject()
                w.key("level"); w.string("error")
                w.key("message"); w.beginObject(); w.key("text"); w.string(f.message); w.endObject()
                if let path = f.path {
                    w.key("locations"); w.beginArray(); w.beginObject()
                    w.key("physicalLocation"); w.beginObject()
                    w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(uri(path)); w.endObject()
                    if let at = f.place {
                        // The column of invalid UTF-8 counts bytes: no code points to count there.
                        w.key("region"); w.beginObject(); w.key("startLine"); w.int(at.line); w.endObject()
                    }
                    w.endObject()
                    w.endObject(); w.endArray()
                }
                w.endObject()
            }
            w.endArray()
        }
        w.endObject(); w.endArray()
        w.endObject(); w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    private static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A URI for a path: a relative reference for a relative path, a `file://` URI for an absolute
    /// one (as SARIF viewers expect); unreserved ASCII kept, every other byte percent-encoded.
    private static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = path.hasPrefix("/") ? Array("file://".utf8) : []
        for b in path.utf8 {
            let keep = Bytes.isAlnum(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
            if keep { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private enum Bytes {
        static func isAlnum(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
    }

    /// Converts a 1-based UTF-8 byte column into a 1-based code-point column within `line`.
    /// A file's lines for its findings, the last one kept: findings come in line order, and a page
    /// written on one line has them all there.
    struct ShownLines {
        let file: CheckedFile
        private var last: ShownLine?

        init(_ file: CheckedFile) { self.file = file }

        mutating func line(_ number: Int) -> ShownLine {
            if let last, last.number == number { return last }
            let line = ShownLine(number, file.lineText(number))
            last = line
            return line
        }
    }

    /// A source line as the text format shows it under a finding: its code points, and how many
    /// start before each byte (for columns in code points), made once for all the line's findings.
    struct ShownLine {
        let number: Int
        let text: String
        let scalars: [Unicode.Scalar]
        private let scalarsBefore: [Int32]

        init(_ number: Int, _ text: String) {
            self.number = number
            self.text = text
            scalars = Array(text.unicodeScalars)
            var before = [Int32](repeating: 0, count: text.utf8.count + 1)
            var n: Int32 = 0
            for (k, b) in text.utf8.enumerated() {
                before[k] = n
                if b & 0xC0 != 0x80 { n += 1 }
            }
            before[text.utf8.count] = n
            scalarsBefore = before
        }

        /// The code-point column (SARIF's, GitHub's, the caret's) of a byte column: the code points
        /// that start before it, plus one (and the bytes past the line's end, as columns).
        func scalarColumn(_ byteColumn: Int) -> Int {
            let k = byteColumn - 1, bytes = scalarsBefore.count - 1
            return Int(scalarsBefore[min(max(k, 0), bytes)]) + 1 + max(0, k - bytes)
        }

        /// Code points shown whole; a longer line (a page written on one line) is shown around its
        /// caret, `…` where it is cut.
        static let shownLength = 200

        /// What is shown for a caret at code point `caret` (0-based): the caret's place in it and how
        /// many code points it holds.
        func window(caret: Int) -> (shown: String, caret: Int, count: Int) {
            guard scalars.count > Self.shownLength else { return (text, caret, scalars.count) }
            let from = max(0, min(caret - Self.shownLength / 4, scalars.count - Self.shownLength))
            let to = min(scalars.count, from + Self.shownLength)
            var shown = String.UnicodeScalarView()
            if from > 0 { shown.append("…") }
            shown.append(contentsOf: scalars[from..<to])
            if to < scalars.count { shown.append("…") }
            let lead = from > 0 ? 1 : 0
            return (String(shown), caret - from + lead, to - from + lead)
        }
    }
}
