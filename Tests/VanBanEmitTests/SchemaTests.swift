import Foundation
import Testing
import VanBanEmit
import VanBanModel
import VanBanSyntax
import VanBanTestSupport

/// Validates real output against `Schemas/document.schema.json` (draft 2020-12) with the
/// `jsonschema` Python package, the reference validator (`.ci/run` installs it).
@Suite struct SchemaTests {
    static var inputs: [String] {
        var paths = Fixture.all.map(\.inputPath)  // the robustness inputs too (a note that is its mark alone)
        if TestFiles.hasShared {
            paths.append(TestFiles.seed)
            paths += TestFiles.list(TestFiles.corpus + "/pipe-text", suffix: ".txt").filter { !$0.hasSuffix(".source.txt") }.map { TestFiles.corpus + "/pipe-text/" + $0 }
            paths += TestFiles.list(TestFiles.corpus + "/docx", suffix: ".docx").map { TestFiles.corpus + "/docx/" + $0 }
        }
        return paths
    }

    @Test func everyOutputValidates() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-schema-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var written = 0
        for (k, path) in Self.inputs.enumerated() {
            let doc = try TestFiles.parse(path)
            try Data(JSONEmitter.encode(doc)).write(to: dir.appendingPathComponent("\(k).json"))
            written += 1
        }
        #expect(written >= 6)
        let script = """
            import json, sys, glob, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            v = jsonschema.Draft202012Validator(schema)
            bad = 0
            files = sorted(glob.glob(sys.argv[2] + "/*.json"))
            for f in files:
                for e in v.iter_errors(json.load(open(f))):
                    bad += 1
                    print(f, "/".join(map(str, e.path)), e.message)
            print("validated", len(files))
            sys.exit(1 if bad or not files else 0)
            """
        let (status, report) = try Python.run(script, [TestFiles.root + "/Schemas/document.schema.json", dir.path])
        #expect(status == 0, "\(report)")
        #expect(report.contains("validated \(written)"))
    }

    /// The schema names every key the emitter writes, and nothing else (additionalProperties: false).
    @Test func schemaKeysMatchTheEmitter() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestFiles.root + "/Schemas/document.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONEmitter.encode(doc))) as? [String: Any])
        #expect(Set(json.keys) == Set(properties.keys))
        #expect(Set(json.keys) == Set(schema["required"] as? [String] ?? []))
    }
}

@Suite struct JSONWriterTests {
    @Test func escapesAndKeepsVietnameseRaw() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("s"); w.string("Số: 12/KH-UBND \"a\"\\\n\t\u{1}")
        w.key("n"); w.null()
        w.key("l"); w.ints([24, 560])
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"s":"Số: 12/KH-UBND \"a\"\\\n\t\u0001","n":null,"l":[24,560]}"#)
    }

    /// Escapes are found sixteen bytes at a time: every special byte at every offset of two blocks,
    /// alone and with a second one further on, in ASCII and in Vietnamese text, must come out as
    /// the plain per-byte rule says.
    @Test func escapesAtEveryOffset() {
        func reference(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where u.value < 0x20: out += "\\u00" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16)
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        for base in ["abcdefghijklmnopqrstuvwxyz0123456789", "Thực hiện Nghị quyết số 98 của Chính phủ"] {
            for special in ["\"", "\\", "\n", "\u{1F}", "\u{0}", "\t"] {
                for k in 0...base.count {
                    let s = String(base.prefix(k)) + special + String(base.dropFirst(k))
                    let twice = s + String(base.prefix(k % 7)) + special
                    for text in [s, twice] {
                        var w = JSONWriter(pretty: false)
                        w.string(text)
                        #expect(String(decoding: w.bytes, as: UTF8.self) == reference(text), "offset \(k)")
                    }
                }
            }
        }
    }

    /// The writers' tests of a block: JSON's escapes (below 0x20, `"`, `\`) and CSV's quoting bytes
    /// (`"`, `,`, LF, CR).
    enum BlockTest: CaseIterable, Sendable {
        case jsonEscapes, csvQuotes
        func bits(_ v: SIMD16<UInt8>) -> UInt32 { self == .jsonEscapes ? JSONWriter.escapes16(v) : CSVWriter.quotes16(v) }
        func holds(_ c: UInt8) -> Bool { self == .jsonEscapes ? c < 0x20 || c == 0x22 || c == 0x5C : [0x22, 0x2C, 0x0A, 0x0D].contains(c) }
    }

    /// A block's bits agree with the rule for every byte value at every lane, over a plain and a
    /// Vietnamese filler.
    @Test(arguments: BlockTest.allCases)
    func blockBitsAgreeWithTheRule(_ test: BlockTest) throws {
        for filler in [Array("abcdefghijklmnop".utf8), Array("Thực hiện ab".utf8)] {
            try #require(filler.count == 16)
            for lane in 0..<16 {
                for value in 0...255 {
                    var bytes = filler
                    bytes[lane] = UInt8(value)
                    let want = bytes.enumerated().reduce(UInt32(0)) { bits, e in test.holds(e.element) ? bits | 1 << UInt32(e.offset) : bits }
                    #expect(test.bits(SIMD16(bytes)) == want, "byte \(value) at \(lane)")
                }
            }
        }
    }

    /// CSV fields are tested for quoting sixteen bytes at a time: each special byte at each offset
    /// (the text runs over three blocks).
    @Test func csvQuotesAtEveryOffset() {
        let base = "Thực hiện Nghị quyết số 98 của Chính phủ"
        for special in ["\"", ",", "\n", "\r"] {
            for k in 0...base.count {
                let s = String(base.prefix(k)) + special + String(base.dropFirst(k))
                var w = CSVWriter()
                w.record([s, base])
                let expected = "\"" + s.replacingAll("\"", with: "\"\"") + "\"," + base + "\r\n"
                #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "offset \(k)")
            }
        }
    }

    /// The tidy file writes the fields a table's cells share encoded once: the bytes are those of
    /// every field written one by one, quoting included (a path, a header and a group label that
    /// need quotes).
    @Test(arguments: Fixture.documents)
    func longRecordsAreTheirFieldsWrittenOneByOne(_ fixture: Fixture) throws {
        var doc = try TestFiles.parse(fixture.inputPath)
        doc.source.path = "thư mục/\"kế hoạch\", bản 2.txt"
        var located = TablesEmitter.tables(of: doc)
        if let first = located.first, !first.table.columns.isEmpty, !first.table.rows.isEmpty {
            // A header with a line break, a group label with a quote.
            var t = first.table
            t.columns[0].header += "\nTT"
            t.rows[0].group = "Nhóm \"A\""
            if !doc.tables.isEmpty { doc.tables[0] = t }
            else if let a = doc.appendices.firstIndex(where: { !$0.tables.isEmpty }) { doc.appendices[a].tables[0] = t }
            located = TablesEmitter.tables(of: doc)
        }
        var want = CSVWriter()
        for l in located {
            for (r, row) in l.table.rows.enumerated() {
                for (c, value) in row.cells.enumerated() {
                    want.record([doc.source.path, doc.header.number ?? "", l.appendix ?? "", String(l.index), String(r + 1),
                                 l.table.columns[c].header, l.table.columns[c].role?.rawValue ?? "", value, row.kind.rawValue, row.group ?? ""])
                }
            }
        }
        var got = CSVWriter()
        TablesEmitter.long(doc, into: &got)
        #expect(got.bytes == want.bytes)
        #expect(located.isEmpty || !got.bytes.isEmpty)
    }

    /// The output handed over without a copy (a batch's) is the output copied out, byte for byte,
    /// whether or not the buffer grew past the capacity it was given.
    @Test(arguments: Fixture.documents)
    func emittedBytesAreTheCopiedOnes(_ fixture: Fixture) throws {
        let doc = try TestFiles.parse(fixture.inputPath)
        for capacity in [16, 1 << 16] {
            let emitted = JSONEmitter.emitted(doc, pretty: false, capacity: capacity)
            #expect(emitted.withUnsafeBytes { Array($0) } == JSONEmitter.encode(doc, pretty: false))
            var csv = CSVWriter(capacity: capacity)
            TablesEmitter.long(doc, into: &csv)
            let copied = csv.bytes
            #expect(csv.emitted().withUnsafeBytes { Array($0) } == copied)
        }
    }

    @Test func prettyLayout() {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("a"); w.beginArray(); w.endArray()
        w.key("b"); w.beginArray(); w.string("x"); w.endArray()
        w.endObject()
        w.finish()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "{\n  \"a\": [],\n  \"b\": [\n    \"x\"\n  ]\n}\n")
    }
}
