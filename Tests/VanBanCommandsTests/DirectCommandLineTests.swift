import Testing
@testable import VanBanCommands
import VanBanModel
import VanBanTestSupport

/// Plain `parse`, `check` and `tables` lines are read without swift-argument-parser: into the very job the
/// parser reads from them, and every other line is left to the parser.
@Suite struct DirectCommandLineTests {
    static let plainLines: [[String]] = [
        ["parse"],
        ["parse", "plan.txt"],
        ["parse", "-"],
        ["parse", "plan.txt", "--format", "outline"],
        ["parse", "--format=ndjson", "a.txt", "b.html"],
        ["parse", "--from", "inline-pipe", "a.txt", "--format", "markdown"],
        ["parse", "--from=html", "page.htm"],
        ["parse", "help"],
        ["parse", "a=b.txt"],
        ["parse", "--repair-utf8", "a.txt", "--format", "outline"],
        ["check", "plan.txt"],
        ["check", "a.txt", "--format", "sarif", "b.txt"],
        ["check", "--strict", "a.txt"],
        ["check", "--fail-on", "warning", "--format=github", "a.txt"],
        ["check", "--fail-on=info", "a.txt"],
        ["check", "--disable", "S01,e01", "a.txt", "--from", "pipe-text"],
        ["check", "-", "--format", "json", "--strict", "--disable=N01"],
        ["check", "a.txt", "--repair-utf8", "--strict"],
        ["tables", "--long", "a.txt", "b.txt"],
        ["tables", "a.txt", "--output", "out", "--bom"],
        ["tables", "--output=cells.csv", "--long", "--from", "text", "a.txt"],
        ["tables", "--long", "--repair-utf8", "a.txt"],
    ]

    @Test(arguments: plainLines)
    func aPlainLineIsReadAsTheParserReadsIt(_ arguments: [String]) throws {
        let direct = try #require(DirectCommandLine.job(arguments))
        let parsed = try #require(try DirectCommandLine.parsedJob(arguments))
        if let d = direct as? ParseJob {
            #expect(d == parsed as? ParseJob)
        } else if let d = direct as? CheckJob {
            #expect(d == parsed as? CheckJob)
        } else {
            let d = try #require(direct as? TablesJob)
            #expect(d == parsed as? TablesJob)
        }
    }

    static let leftToTheParser: [[String]] = [
        [], ["--version"], ["--help"], ["help", "parse"], ["parse", "--help"], ["parse", "-h"],
        ["batch", "a.txt", "--output", "out"], ["bench"], ["generate", "--output", "out"],
        ["parse", "--format", "yaml", "a.txt"],           // a value the option does not take
        ["parse", "--format", "json", "--format", "outline", "a.txt"],  // an option twice
        ["parse", "--format"],                            // no value
        ["parse", "--format", "-", "a.txt"],
        ["parse", "--format=", "a.txt"],
        ["parse", "--", "a.txt"],
        ["parse", "-plan.txt"],
        ["parse", ""],
        ["parse", "--strict", "a.txt"],                   // another command's option
        ["check", "--list-rules"],
        ["check", "--strict", "--strict", "a.txt"],
        ["check", "--strict=true", "a.txt"],
        ["check", "--disable", "S01", "--disable", "E01", "a.txt"],
        ["check", "--fail-on", "fatal", "a.txt"],
        ["tables", "--long", "--long", "a.txt"],
        ["tables", "--long", "--output", "-", "a.txt"],
        ["tables", "--format", "json", "a.txt"],
    ]

    @Test(arguments: leftToTheParser)
    func anyOtherLineIsLeftToTheParser(_ arguments: [String]) {
        #expect(DirectCommandLine.job(arguments) == nil)
    }

    func run(_ args: [String]) -> (code: Int32, out: String, err: String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(args, capture: capture)
        return (code, capture.stdout, capture.stderr)
    }

    /// Whole runs agree, read directly or by the parser (a repeated option sends a line to the
    /// parser, which takes its last value): output, errors and exit code.
    @Test func aRunIsTheSameEitherWay() {
        let plan = TestFiles.fixtures + "/pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt"
        let missing = TestFiles.fixtures + "/pipe-text/no-such-plan.txt"
        let pairs: [([String], [String])] = [
            (["parse", TestFiles.seed], ["parse", "--format", "outline", "--format", "json", TestFiles.seed]),
            (["parse", plan, "--format", "ndjson", TestFiles.seed], ["parse", plan, "--format", "json", "--format", "ndjson", TestFiles.seed]),
            (["parse", missing, plan], ["parse", "--format", "json", "--format", "json", missing, plan]),
            (["check", "--format", "json", plan, TestFiles.seed], ["check", "--format", "text", "--format", "json", plan, TestFiles.seed]),
            (["check", "--strict", "--disable", "C02", TestFiles.seed], ["check", "--strict", "--disable", "C02", "--disable", "C02", TestFiles.seed]),
            (["tables", "--long", TestFiles.seed, plan], ["tables", "--long", "--from", "pipe-text", "--from", "pipe-text", TestFiles.seed, plan]),
            (["tables", "--long", "--bom", missing, TestFiles.seed], ["tables", "--bom", "--bom", "--long", missing, TestFiles.seed]),
        ]
        for (direct, viaParser) in pairs {
            #expect(DirectCommandLine.job(direct) != nil)
            #expect(DirectCommandLine.job(viaParser) == nil)
            let a = run(direct), b = run(viaParser)
            #expect(a.code == b.code, "\(direct)")
            #expect(a.out == b.out, "\(direct)")
            #expect(a.err == b.err, "\(direct)")
            #expect(!a.out.isEmpty)
        }
    }

    /// A line whose job its own checks refuse goes to the parser, which says why, as a usage error.
    @Test func aRefusedJobIsReportedByTheParser() {
        let r = run(["parse", "--format", "docx", TestFiles.seed, TestFiles.seed])
        #expect(r.code == 2)
        #expect(r.err.hasPrefix("Error: --format docx writes one Word file: name one input\nUsage: vanban"))
        let unknown = run(["check", "--disable", "Z99", TestFiles.seed])
        #expect(unknown.code == 2)
        #expect(unknown.err.hasPrefix("Error: unknown rule id(s): Z99\nUsage: vanban"))
        let nowhere = run(["tables", TestFiles.seed])
        #expect(nowhere.code == 2)
        #expect(nowhere.err.hasPrefix("Error: name a folder with --output, or write one tidy CSV with --long\nUsage: vanban"))
    }
}
