import Foundation
import Testing
@testable import VanBanCommands
import VanBanTestSupport

/// Input paths beyond the first bypass swift-argument-parser (whose positional arrays take time
/// with the square of their length) and come back in order, options and their values untouched.
@Suite struct PathArgumentsTests {
    let scratch = ScratchDirectory("path-arguments")

    func run(_ args: [String]) -> (code: Int32, out: String, err: String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(args, capture: capture)
        return (code, capture.stdout, capture.stderr)
    }

    let plans = ["ke-hoach-87-kh-syt-co-quan-chu-quan.txt", "bao-cao-156-bc-ubnd-tieu-de-hai-tang.txt",
                 "ban-ghi-nho-12-bgn-ubnd-hop-tac-dao-tao.txt"].map { TestFiles.fixtures + "/pipe-text/" + $0 }

    @Test func pathsAreHeldAroundOptionsAndTheirValues() {
        let split = PathArguments(["check", "a.txt", "--format", "json", "b.txt", "--fail-on=warning", "--strict", "c.txt", "--disable", "S01", "d.txt"])
        #expect(split.arguments == ["check", "a.txt", "--format", "json", "--fail-on=warning", "--strict", "--disable", "S01"])
        #expect(split.held == ["b.txt", "c.txt", "d.txt"])
        // `-` is a path; an option's value may look like one; nothing after `--` is touched.
        let batch = PathArguments(["batch", "--files-from", "-", "corpus", "--output", "out", "more", "--", "--odd", "x"])
        #expect(batch.arguments == ["batch", "--files-from", "-", "corpus", "--output", "out", "--", "--odd", "x"])
        #expect(batch.held == ["more"])
        #expect(PathArguments(["parse", "-", "a.txt"]).held == ["a.txt"])
        // One path, another command: as given.
        #expect(PathArguments(["parse", "a.txt", "--format", "outline"]).held.isEmpty)
        #expect(PathArguments(["bench", "a.txt", "b.txt"]).arguments == ["bench", "a.txt", "b.txt"])
    }

    /// The documents come out in command-line order, wherever the options stand among them.
    @Test func manyPathsKeepTheirOrder() {
        let first = run(["parse", "--format", "ndjson"] + plans + plans)
        let mixed = run(["parse", plans[0], "--format", "ndjson", plans[1], plans[2]] + plans)
        #expect(first.code == 0 && mixed.code == 0)
        #expect(first.out == mixed.out)
        let numbers = first.out.split(separator: "\n").map { line in
            line.range(of: #""number": ?"[^"]*""#, options: .regularExpression).map { String(line[$0]) } ?? ""
        }
        #expect(numbers.count == 6)
        #expect(numbers[0].contains("87/KH-SYT") && numbers[1].contains("156/BC-UBND") && numbers[2].contains("12/BGN-UBND"))
        #expect(Array(numbers[3...]) == Array(numbers[..<3]))
    }

    /// The command's own checks see every path: a Word file is written for one input only.
    @Test func validationSeesEveryPath() {
        let r = run(["parse", "--format", "docx", plans[0], plans[1]])
        #expect(r.code == 2)
        #expect(r.err.contains("name one input"))
    }

    /// An option's value is never taken for a path: `tables --output DIR` between paths.
    @Test func optionValueStaysWithItsOption() throws {
        let dir = scratch.path + "/tables"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(run(["tables", TestFiles.seed, "--output", dir, plans[1]]).code == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(written.contains { $0.hasPrefix("202-KH-UBND") })
        #expect(written.contains { $0.hasPrefix("156-BC-UBND") })
    }

    /// Each command's list of value-taking options is the parser's own (from its help dump, `--experimental-dump-help`), so an
    /// option added later cannot have its value taken for a path.
    @Test(arguments: [("parse", VanBanCommand.Parse.self as any ReadsPaths.Type), ("check", VanBanCommand.Check.self),
                      ("tables", VanBanCommand.Tables.self), ("batch", VanBanCommand.Batch.self)])
    func valueOptionsAreTheParsersOwn(_ name: String, _ command: any ReadsPaths.Type) throws {
        let help = run([name, "--experimental-dump-help"])
        let dump = try #require(JSONSerialization.jsonObject(with: Data(help.out.utf8)) as? [String: Any])
        let arguments = try #require((dump["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var options: Set<String> = []
        for argument in arguments where argument["kind"] as? String == "option" {
            for n in argument["names"] as? [[String: String]] ?? [] {
                options.insert((n["kind"] == "long" ? "--" : "-") + (n["name"] ?? ""))
            }
        }
        #expect(!options.isEmpty)
        #expect(options == command.valueOptions, "\(name)")
    }
}
