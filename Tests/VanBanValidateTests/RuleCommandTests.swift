import Foundation
import Testing
import VanBanCommands
import VanBanModel
import VanBanTestSupport
import VanBanValidate

/// Every rule case of `RuleTests`, run through `vanban check` in all three formats: the finding is at
/// its line and column in each, and the exit code follows cli.md.
@Suite struct RuleCommandTests {
    let scratch = ScratchDirectory("rule")

    func check(_ args: [String]) -> (code: Int32, out: String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(["check"] + args, capture: capture)
        return (code, capture.stdout)
    }

    /// The 1-based code-point column of a 1-based UTF-8 byte column on `line` of `text` (SARIF's columns).
    func scalarColumn(_ text: String, line: Int, byteColumn: Int) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let bytes = Array(lines[line - 1].utf8).prefix(byteColumn - 1)
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
    }

    @Test(arguments: RuleTests.cases)
    func firesInEveryFormat(_ c: RuleTests.Case) throws {
        var text = RuleTests.text(c.base)
        for (old, new) in c.edits { text = text.replacing(old, with: new) }
        let path = scratch.file("\(c.base).txt", Array(text.utf8))
        let severity = c.severity == .error ? "error" : "warning"
        let hasError = try RuleTests.findings(text).contains { $0.severity == .error }

        let plain = check([path])
        #expect(plain.out.contains("\(path):\(c.line):\(c.column): \(severity)[\(c.rule)]: "), "\(plain.out)")
        #expect(plain.code == (hasError ? 1 : 0))
        if c.severity == .error { #expect(plain.code == 1) }
        #expect(check(["--strict", path]).code == 1)

        let json = check(["--format", "json", path])
        #expect(json.code == plain.code)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(list.contains {
            $0["rule"] as? String == c.rule && $0["line"] as? Int == c.line && $0["column"] as? Int == c.column
                && $0["severity"] as? String == severity && $0["path"] as? String == path
        }, "\(json.out)")

        let sarif = check(["--format", "sarif", path])
        #expect(sarif.code == plain.code)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        let results = try #require((doc["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let column = scalarColumn(text, line: c.line, byteColumn: c.column)
        #expect(results.contains { result in
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            return result["ruleId"] as? String == c.rule && result["level"] as? String == severity
                && region?["startLine"] as? Int == c.line && region?["startColumn"] as? Int == column
        }, "\(sarif.out)")
    }
}
