import Foundation
import Testing
import VanBanCommands
import VanBanEmit
import VanBanModel
import VanBanTestSupport

/// `vanban tables` and `vanban batch` end to end, with the CSV read back by Python's csv module.
@Suite struct TablesAndBatchTests {
    let scratch = ScratchDirectory("tables-batch")

    func tempDir(_ tag: String) -> String { scratch.directory(tag) }

    func run(_ args: [String]) -> (code: Int32, out: String, err: String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(args, capture: capture)
        return (code, capture.stdout, capture.stderr)
    }

    /// Rows of a CSV file as Python's csv module reads them (header included).
    static func readCSV(_ path: String) throws -> [[String]] {
        let (status, out) = try Python.run("import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig')))))", [path])
        #expect(status == 0, "\(out)")
        return try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String]] ?? []
    }

    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func seedGivesThreeWideTablesAndA394CellLongTable() throws {
        let dir = tempDir("tables")
        #expect(run(["tables", TestFiles.seed, "--output", dir]).code == 0)
        let names = TestFiles.list(dir, suffix: ".csv")
        #expect(names == ["202-KH-UBND_PHU-LUC-III_bang-1.csv", "202-KH-UBND_PHU-LUC-II_bang-1.csv", "202-KH-UBND_PHU-LUC-I_bang-1.csv"])
        let shapes = try names.map { try Self.readCSV(dir + "/" + $0) }.map { [$0.count - 1, $0[0].count] }
        #expect(shapes == [[27, 6], [24, 5], [16, 7]])
        let long = dir + "/long.csv"
        #expect(run(["tables", "--long", TestFiles.seed, "--output", long]).code == 0)
        let rows = try Self.readCSV(long)
        #expect(rows[0] == ["document", "number", "appendix", "table", "row", "column", "role", "value", "kind", "group"])
        #expect(rows.count - 1 == 394)
        #expect(rows[1] == [TestFiles.seed, "202/KH-UBND", "PHỤ LỤC I", "1", "1", "TT", "index", "1", "data", ""])
    }

    /// In the tidy CSV alone, group titles and totals are told from tasks, and each task names its group.
    @Test func theTidyCSVTellsGroupAndTotalRowsAndEachRowsGroup() throws {
        let out = tempDir("long-groups") + "/long.csv"
        #expect(run(["tables", "--long", TestFiles.fixtures + "/pipe-text/ke-hoach-88-kh-ubnd-bang-nhom.txt", "--output", out]).code == 0)
        let rows = try Self.readCSV(out)
        let tasks = rows.dropFirst().filter { $0[3] == "1" && $0[6] == "task" }
        #expect(tasks.map { [$0[7], $0[8], $0[9]] } == [
            ["LĨNH VỰC GIAO THÔNG", "group", ""],
            ["Nâng cấp đường tỉnh 166, đoạn qua huyện Văn Chấn", "data", "I. LĨNH VỰC GIAO THÔNG"],
            ["Cải tạo cầu Bách Lẫm", "data", "I. LĨNH VỰC GIAO THÔNG"],
            ["LĨNH VỰC Y TẾ", "group", ""],
            ["Xây dựng Trung tâm y tế huyện Trạm Tấu", "data", "II. LĨNH VỰC Y TẾ"],
            ["Tổng cộng: 03 dự án", "total", ""],
        ])
        // Every cell of a row carries the row's kind and group.
        #expect(Set(rows.dropFirst().map(\.count)) == [10])
    }

    /// An output folder written with other tidy columns (an older vanban's eight) is not resumed into:
    /// appending rows of ten columns under a header of eight would spoil the file.
    @Test func resumeRefusesAnOutputWithOtherColumns() throws {
        let out = tempDir("resume-columns")
        let old = Array("document,number,appendix,table,row,column,role,value\r\n".utf8)
        TestFiles.write(out + "/tables-long.csv", old)
        let r = run(["batch", TestFiles.fixtures + "/pipe-text/ke-hoach-88-kh-ubnd-bang-nhom.txt", "--output", out, "--resume"])
        #expect(r.code == 2)
        #expect(r.err.contains("tables-long.csv") && r.err.contains("new output folder"))
        #expect(TestFiles.read(out + "/tables-long.csv") == old)
        #expect(TestFiles.read(out + "/documents.ndjson") == nil)
    }

    @Test func awkwardCellsSurviveTheRoundTrip() throws {
        // Commas, quotes and line breaks in cells, through a real CSV reader.
        let text = "ỦY BAN NHÂN DÂN\nTỈNH A\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 01/KH-UBND\n|\nA, ngày 02 tháng 01 năm 2024\n|\nKẾ HOẠCH\nTHỬ\nPHỤ LỤC\nTT\n|\nNội dung\n|\nGhi chú\n|\n1\n|\nMua \"máy\", bàn:\n- Ghế, tủ.\n|\nA, B\n|\n"
        let input = tempDir("awkward") + "/kh.txt"
        TestFiles.write(input, Array(text.utf8))
        let out = tempDir("awkward-out")
        #expect(run(["tables", input, "--output", out, "--bom"]).code == 0)
        let file = try #require(TestFiles.list(out, suffix: ".csv").first)
        #expect(TestFiles.read(out + "/" + file)?.prefix(3) == [0xEF, 0xBB, 0xBF])
        let rows = try Self.readCSV(out + "/" + file)
        #expect(rows == [["TT", "Nội dung", "Ghi chú"], ["1", "Mua \"máy\", bàn:\n- Ghế, tủ.", "A, B"]])
    }

    static func fileName(number: String, appendix: String? = nil) -> String {
        var doc = Document(source: SourceInfo(path: "x.txt", form: .pipeText))
        doc.header.number = number
        return TablesEmitter.fileName(doc, TablesEmitter.Located(appendix: appendix, index: 1, table: Table(columns: [], rows: [], line: 1)))
    }

    @Test func fileNamesStayInsideTheOutputFolder() {
        #expect(!Self.fileName(number: "../../etc/passwd").contains("/"))
        #expect(!Self.fileName(number: "..").hasPrefix(".."))
        #expect(Self.fileName(number: "202/KH-UBND") == "202-KH-UBND_body_bang-1.csv")
        #expect(Self.fileName(number: "12/QĐ-UBND", appendix: "Phụ lục số 02") == "12-QD-UBND_Phu-luc-so-02_bang-1.csv")
    }

    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func batchOverTheCorpusThenResumeDoesNoWork() throws {
        let out = tempDir("batch")
        let first = run(["batch", TestFiles.corpus, "--output", out])
        #expect(first.code == 0)  // every form in the corpus is read, Word 97-2003 included
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(TestFiles.read(out + "/summary.json") ?? [])) as? [String: Any])
        #expect(summary["inputs"] as? Int == 43)
        #expect(summary["parsed"] as? Int == 43)
        #expect((summary["failed"] as? [[String: Any]])?.isEmpty == true)
        let docs = String(decoding: TestFiles.read(out + "/documents.ndjson") ?? [], as: UTF8.self).split(separator: "\n")
        #expect(docs.count == 43)
        let again = run(["batch", TestFiles.corpus, "--output", out, "--resume"])
        #expect(again.code == 0)
        let resumed = try #require(try JSONSerialization.jsonObject(with: Data(TestFiles.read(out + "/summary.json") ?? [])) as? [String: Any])
        #expect(resumed["parsed"] as? Int == 0)
        #expect(resumed["skipped"] as? Int == 43)
        #expect(String(decoding: TestFiles.read(out + "/documents.ndjson") ?? [], as: UTF8.self).split(separator: "\n").count == 43)
    }

    @Test func corruptInputIsReportedAndTheOthersAreWritten() throws {
        let inputs = tempDir("batch-in")
        TestFiles.write(inputs + "/a.txt", TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-87-kh-syt-co-quan-chu-quan.txt") ?? [])
        TestFiles.write(inputs + "/b.txt", [0x00, 0x01, 0x02, 0xFF])
        TestFiles.write(inputs + "/c.txt", TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt") ?? [])
        // An RTF file under its own suffix is an input of the folder too.
        TestFiles.write(inputs + "/d.rtf", TestFiles.read(TestFiles.fixtures + "/doc/cong-van-77-ubnd-vp-rtf.doc") ?? [])
        // A damaged UTF-8 text, refused at its place, named as `parse` names it (FILE:LINE:COL).
        TestFiles.write(inputs + "/e.txt", TestFiles.read(TestFiles.fixtures + "/unreadable/chi-thi-07-ct-ubnd-byte-hong.txt") ?? [])
        let out = tempDir("batch-out")
        let r = run(["batch", inputs, "--output", out, "--jobs", "2"])
        #expect(r.code == 1)
        let summary = String(decoding: TestFiles.read(out + "/summary.json") ?? [], as: UTF8.self)
        #expect(summary.contains("b.txt") && summary.contains("binary input"))
        #expect(r.err.contains("vanban: \(inputs)/e.txt:12:4: invalid UTF-8: the text is UTF-8 but for 4 bytes"))
        #expect(run(["parse", inputs + "/e.txt"]).err.contains("vanban: \(inputs)/e.txt:12:4: invalid UTF-8: the text is UTF-8 but for 4 bytes"))
        let docs = String(decoding: TestFiles.read(out + "/documents.ndjson") ?? [], as: UTF8.self).split(separator: "\n")
        #expect(docs.count == 3)
        #expect(docs[0].contains("87/KH-SYT") && docs[1].contains("318/QĐ-UBND") && docs[2].contains("77/UBND-VP"))
    }

    @Test func outputDoesNotDependOnJobs() throws {
        let inputs = tempDir("jobs-in")
        // Many more inputs than jobs, of mixed sizes, with one unreadable file among them: workers run
        // ahead of the in-order writer and wait for it; with more jobs than cores, results reach the
        // collector while another worker is writing.
        let names = TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt")
        for copy in 0..<3 {
            for (k, name) in names.enumerated() {
                TestFiles.write(inputs + "/\(copy)-\(k).txt", TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name) ?? [])
            }
        }
        TestFiles.write(inputs + "/1-binary.txt", [0x00, 0xFF, 0xFE, 0x00, 0x89, 0x50])
        var outputs: [[[UInt8]]] = []
        for jobs in ["1", "2", "3", "8"] {
            let out = tempDir("jobs-\(jobs)")
            #expect(run(["batch", inputs, "--output", out, "--jobs", jobs]).code == 1)
            outputs.append(["documents.ndjson", "tables-long.csv", "citations.csv", "diagnostics.ndjson"].map { TestFiles.read(out + "/" + $0) ?? [] })
        }
        #expect(outputs.allSatisfy { $0 == outputs[0] })
        let docs = String(decoding: outputs[0][0], as: UTF8.self).split(separator: "\n")
        #expect(docs.count == 3 * names.count)
        #expect(docs.first?.contains("\"path\":\"\(inputs)/0-0.txt\"") == true)
    }

    @Test func sameNumberTwiceAcrossTheBatchIsB01() throws {
        let inputs = tempDir("b01-in")
        let qd = TestFiles.read(TestFiles.fixtures + "/pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt") ?? []
        let another = String(decoding: qd, as: UTF8.self).replacing("BAN HÀNH QUY CHẾ PHỐI HỢP", with: "THÀNH LẬP TỔ CÔNG TÁC")
        TestFiles.write(inputs + "/a.txt", qd)
        TestFiles.write(inputs + "/b.txt", qd + Array("\n".utf8))  // a copy: not a reuse
        TestFiles.write(inputs + "/c.txt", Array(another.utf8))     // another document under 318/QĐ-UBND
        let out = tempDir("b01-out")
        #expect(run(["batch", inputs, "--output", out]).code == 0)
        let diagnostics = String(decoding: TestFiles.read(out + "/diagnostics.ndjson") ?? [], as: UTF8.self)
        #expect(diagnostics.contains("\"path\":\"\(inputs)/c.txt\",\"rule\":\"B01\""))
        #expect(diagnostics.contains("already, in \(inputs)/a.txt"))
        #expect(!diagnostics.contains("\"path\":\"\(inputs)/a.txt\",\"rule\":\"B01\""))
        #expect(!diagnostics.contains("\"path\":\"\(inputs)/b.txt\",\"rule\":\"B01\""))
    }

    /// The benchmark generator writes every form, the same bytes for the same seed, and each file
    /// parses back in its form with a number and an appendix table.
    @Test(arguments: [("pipe-text", "txt", InputForm.pipeText), ("html", "html", .html), ("text", "txt", .text), ("docx", "docx", .docx), ("odt", "odt", .docx)])
    func generatorWritesEveryForm(_ form: String, _ suffix: String, _ expected: InputForm) throws {
        let a = tempDir("gen-a"), b = tempDir("gen-b")
        #expect(run(["generate", "--count", "3", "--form", form, "--output", a]).code == 0)
        #expect(run(["generate", "--count", "3", "--form", form, "--output", b]).code == 0)
        let names = TestFiles.list(a, suffix: "." + suffix)
        #expect(names == ["doc-0.\(suffix)", "doc-1.\(suffix)", "doc-2.\(suffix)"])
        for name in names {
            #expect(TestFiles.read(a + "/" + name) == TestFiles.read(b + "/" + name))
            let doc = try TestFiles.parse(a + "/" + name)
            #expect(doc.source.form == expected)
            #expect(doc.header.number != nil)
            #expect(doc.appendices.first?.tables.isEmpty == false)
        }
        #expect(run(["generate", "--count", "1", "--form", "inline-pipe", "--output", a]).code == 2)
    }
}
