import Foundation
import Testing
import VanBanCommands
import VanBanTestSupport

/// README.md shows real output: each `$ vanban …` example of its code blocks, apart from those that
/// write files, prints what README shows under it, and so does the quick start's first command.
/// A filter after `|` (`sed`, `grep`, `tail`, `cut`) runs in bash over the command's output; a
/// following `$ echo $?` is its exit code; a line holding only `…` stands for the lines left out.
@Suite struct ReadmeTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var line: Int
        var command: String
        var shown: [String]
        var testDescription: String { "README.md:\(line): \(command)" }
    }

    static let readme: [String] = {
        let bytes = TestFiles.read(TestFiles.root + "/README.md") ?? []
        return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }()

    /// The examples: in each fenced block, a `$ vanban` line and the lines up to the next `$ `.
    static let examples: [Example] = {
        var out: [Example] = []
        var k = 0
        var inBlock = false
        while k < readme.count {
            let l = readme[k]
            if l.hasPrefix("```") { inBlock.toggle(); k += 1; continue }
            guard inBlock, l.hasPrefix("$ vanban ") else { k += 1; continue }
            var shown: [String] = []
            var j = k + 1
            while j < readme.count, !readme[j].hasPrefix("$ "), !readme[j].hasPrefix("```") { shown.append(readme[j]); j += 1 }
            if j < readme.count, readme[j] == "$ echo $?", j + 1 < readme.count {
                shown += ["exit \(readme[j + 1])"]
                j += 2
            }
            out.append(Example(line: k + 1, command: String(l.dropFirst(2)), shown: shown))
            k = j
        }
        return out
    }()

    /// The quick start's first command (`swift run vanban …   # the main job`) and the block after it.
    static let quickStart: Example? = {
        guard let k = readme.firstIndex(where: { $0.hasPrefix("swift run vanban ") }) else { return nil }
        let command = String(readme[k].dropFirst("swift run ".count).prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces)
        guard let open = readme[(k + 1)...].firstIndex(where: { $0.hasPrefix("```") }),
              let start = readme[(open + 1)...].firstIndex(where: { $0.hasPrefix("```") }),
              let end = readme[(start + 1)...].firstIndex(where: { $0.hasPrefix("```") }) else { return nil }
        return Example(line: k + 1, command: command, shown: Array(readme[(start + 1)..<end]))
    }()

    /// Examples that write files (`> out.ndjson`, `--output out/`) are shown, not run here.
    static var runnable: [Example] {
        (examples + [quickStart].compactMap { $0 }).filter { !$0.command.contains(">") && !$0.command.contains("--output") }
    }

    @Test func readmeHasItsExamples() {
        #expect(Self.examples.count >= 15)
        #expect(Self.quickStart?.command.hasPrefix("vanban parse") == true)
        #expect(Self.runnable.count >= 12)
    }

    @Test(arguments: runnable)
    func exampleShowsWhatItPrints(_ example: Example) throws {
        let (head, filter) = Self.split(example.command)
        let args = head.split(separator: " ").dropFirst().map(String.init)
        if args.contains(where: { $0.hasPrefix("../shared") }), !TestFiles.hasShared { return }
        #expect(!head.contains("'") && !head.contains("\""), "quoted arguments are not split here")
        // Run in process with the paths made absolute, and the package root taken off again.
        let root = TestFiles.root + "/"
        let absolute = args.map { !$0.hasPrefix("-") && TestFiles.exists(root + $0) ? root + $0 : $0 }
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(absolute, capture: capture)
        var text = (capture.stdout + capture.stderr).replacingOccurrences(of: root, with: "")
        if let filter { text = try Self.bash(filter, input: text) }
        // Lines split on bytes (`\r\n`, a CSV's line end, is one `Character`), as README shows them.
        var got = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self)
        }
        while got.last == "" { got.removeLast() }
        var shown = example.shown
        while shown.last == "" { shown.removeLast() }
        if shown.last?.hasPrefix("exit ") == true { got.append("exit \(code)") }
        #expect(Self.matches(got[...], shown[...]), "\(example.testDescription)\nshown:\n\(shown.joined(separator: "\n"))\ngot:\n\(got.joined(separator: "\n"))")
    }

    /// The command, and the filter after its first `|` outside quotes.
    static func split(_ command: String) -> (String, String?) {
        guard let bar = command.range(of: " | ") else { return (command, nil) }
        return (String(command[..<bar.lowerBound]), String(command[bar.upperBound...]))
    }

    /// Whether `got` is `shown`, a line holding only `…` standing for one or more lines.
    static func matches(_ got: ArraySlice<String>, _ shown: ArraySlice<String>) -> Bool {
        guard let first = shown.first else { return got.isEmpty }
        if first.trimmingCharacters(in: .whitespaces) == "…" {
            let rest = shown.dropFirst()
            return (got.startIndex + 1...max(got.startIndex + 1, got.endIndex)).contains { k in
                k <= got.endIndex && matches(got[k...], rest)
            }
        }
        guard let line = got.first, line == first else { return false }
        return matches(got.dropFirst(), shown.dropFirst())
    }

    /// `filter` run by bash over `input`.
    static func bash(_ filter: String, input: String) throws -> String {
        let path = NSTemporaryDirectory() + "vanban-readme-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        TestFiles.write(path, Array(input.utf8))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "(\(filter)) < '\(path)'"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
