import ArgumentParser
import VanBanEmit
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanValidate

#if canImport(Glibc)
import Glibc
#endif

extension VanBanCommand {
    /// `vanban check FILE...`: validate structure and form, for CI and clerks.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate documents against Decree 30/2020's format rules and against themselves.",
            discussion: """
                Findings are written gcc style (file:line:col: severity[RULE]: message, then the source \
                line and a caret), as JSON, or as SARIF 2.1.0. Exit code 0: no errors (with --strict, no \
                warnings either); 1: findings at the failing severity; 2: an input could not be read.

                A project file `.vanban.json`, found by walking up from each input, may hold \
                {"disable": ["E01"], "severity": {"C01": "error"}}; one that cannot be taken leaves its \
                inputs unchecked, and the run exits 2.

                Examples:
                  vanban check plan.txt
                  vanban check --format sarif docs/ > vanban.sarif
                  vanban check --list-rules
                """
        )

        enum Format: String, ArgumentEnum {
            case text, json, sarif, github
        }

        @Argument(help: "Input files or folders (their documents, recursively); `-` reads standard input.")
        var files: [String] = []

        @Option(help: "Output format: text, json, sarif, github (GitHub Actions annotations).")
        var format: Format = .text

        @Flag(help: "Fail (exit 1) on warnings too.")
        var strict = false

        @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the run: error or warning.")
        var failOn: Severity?

        @Option(help: "Rule ids to turn off (repeatable, or comma-separated).")
        var disable: [String] = []

        @Flag(name: .customLong("list-rules"), help: "Print the rule catalogue and exit.")
        var listRules = false

        @Option(help: "Input form, overriding detection.")
        var from: InputForm?

        @Flag(name: .customLong("repair-utf8"), help: SharedHelp.repairUTF8)
        var repairUTF8 = false

        /// What this command line asks for.
        var job: CheckJob {
            CheckJob(files: files, format: format, strict: strict, failOn: failOn, disable: disable, listRules: listRules, from: from, repairUTF8: repairUTF8)
        }

        func validate() throws { try job.validate() }

        func run() throws { try job.run() }

        static func catalogue() -> String {
            var out = ""
            for r in Catalogue.rules {
                let sev = pad(r.severity.rawValue, 9)
                let name = pad(r.name, 24)
                let profiles = r.profiles.count == Profile.allCases.count ? "" : " (" + r.profiles.map(\.rawValue).sorted().joined(separator: ", ") + ")"
                let indent = String(repeating: " ", count: 38)
                out += "\(r.id)  \(sev)\(name)\(r.summary)\(profiles)\n\(indent)\(r.summaryVietnamese)\n\(indent)[\(r.anchor)]\n"
            }
            return out
        }

        private static func pad(_ s: String, _ width: Int) -> String {
            s + String(repeating: " ", count: max(1, width - s.count))
        }

        /// Today's date in ISO 8601 (UTC).
        static func today() -> String {
            var t = time(nil)
            var parts = tm()
            gmtime_r(&t, &parts)
            let y = Int(parts.tm_year) + 1900, m = Int(parts.tm_mon) + 1, d = Int(parts.tm_mday)
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
    }
}


/// `vanban check`'s work, apart from how its command line was read (by swift-argument-parser, or
/// directly: `DirectCommandLine`).
struct CheckJob: CommandJob, Equatable {
    var files: [String] = []
    var format: VanBanCommand.Check.Format = .text
    var strict = false
    var failOn: Severity?
    var disable: [String] = []
    var listRules = false
    var from: InputForm?
    var repairUTF8 = false

    func validate() throws {
        if !listRules, files.isEmpty { throw ValidationError("name at least one input file (or `-` for standard input)") }
        let unknown = disabledIDs.subtracting(Catalogue.rules.map(\.id))
        if !unknown.isEmpty { throw ValidationError("unknown rule id(s): \(unknown.sorted().joined(separator: ", "))") }
    }

    var disabledIDs: Set<String> {
        Set(disable.flatMap { $0.split(separator: ",").map { $0.filter { $0 != " " }.uppercased() } })
    }

    func run() throws {
        if listRules {
            Output.stdout(VanBanCommand.Check.catalogue())
            return
        }
        let today = VanBanCommand.Check.today()
        var checked: [CheckedFile] = []
        // Text goes out file by file (what a crash or a stop leaves is shown); the other formats are
        // one document each, written at the end. Either way the exit code asks for the worst severity.
        let streaming = format == .text, colour = isatty(1) == 1
        var worst: Severity?
        // B01 across the inputs, as each is read (batch's registry): no document is kept, and of
        // each file only the lines its findings point at, so a run over thousands of files holds
        // their findings, not their texts.
        var numbers = NumberRegistry()
        var project = ProjectConfiguration()
        var reported: Set<String> = []
        // What could not be checked: said on stderr, and in the SARIF and GitHub outputs too.
        var failures: [RunFailure] = []
        func fail(_ path: String, _ reason: String, at place: Position? = nil) {
            Output.stderr("vanban: " + (place.map { "\(path):\($0.line):\($0.column): " } ?? "\(path): ") + reason)
            failures.append(RunFailure(path: path, message: reason, place: place))
        }
        let (inputs, empty) = InputWalk.expand(files)
        // Over several inputs, in a child process: one that crashes vanban fails alone.
        if try InputLoop.ranSupervised(inputs.count) { return }
        Allocator.prepare(forDocuments: inputs.count)
        for folder in empty { fail(folder, InputWalk.emptyReason) }
        InputLoop().forEach(inputs, crashed: { fail($0, $1) }) { path in
            let bytes: [UInt8]
            do { bytes = try InputFile.read(path) } catch {
                fail(path, "\(error)")
                return
            }
            let parsed: (document: Document, source: SourceText)
            do throws(DocumentReader.Failure) { parsed = try DocumentReader.readWithSource(bytes, path: path, form: from, repairing: repairUTF8) } catch {
                fail(path, error.reason, at: error.place)
                return
            }
            let config: Configuration
            switch project.configuration(for: path) {
            case .success(let own): config = own.merged(with: Configuration(disabled: disabledIDs))
            case .failure(let invalid):
                // Said once per file; each input under it stays unchecked, and the run fails.
                if reported.insert(invalid.path).inserted { fail(invalid.path, invalid.reason) }
                return
            }
            let doc = parsed.document
            var findings = Validator.check(doc, configuration: config, today: today)
            // An earlier input's document under the same number (B01), as this file's configuration sets it.
            if let reuse = numbers.reuse(in: doc) {
                findings = Validator.sorted(findings + [reuse].compactMap { Validator.configured($0, by: config) })
            }
            var columns = SourceColumns(doc, source: parsed.source)
            findings = findings.map { columns.place($0) }
            var shown: [Int: String] = [:]
            for f in findings {
                for line in [f.start.line] + (f.end.map { [$0.line] } ?? []) where shown[line] == nil {
                    shown[line] = parsed.source.lineText(line)
                }
            }
            let lines = shown
            let file = CheckedFile(path: path, findings: findings, lineText: { lines[$0] ?? "" })
            if let top = findings.map(\.severity).max(), worst.map({ top > $0 }) ?? true { worst = top }
            if streaming { Output.stdout(FindingsEmitter.text([file], colour: colour)) } else { checked.append(file) }
        }
        switch format {
        case .text: break
        case .json: Output.stdout(FindingsEmitter.json(checked))
        case .sarif: Output.stdout(FindingsEmitter.sarif(checked, version: VanBanCommand.version, failures: failures))
        case .github: Output.stdout(FindingsEmitter.github(checked, failures: failures))
        }
        if !failures.isEmpty { throw ExitCode(2) }
        let threshold: Severity = strict ? .warning : (failOn ?? .error)
        if let worst, worst >= threshold { throw ExitCode(1) }
    }
}


extension SourceColumns {
    /// A finding in its lines' own columns; its end still just after its last byte, within its line
    /// (a span a text wraps is shown to its first line's end).
    mutating func place(_ f: Finding) -> Finding {
        var f = f
        if let end = f.end, end.line == f.start.line, end.column > f.start.column {
            let after = position(after: Position(line: end.line, column: end.column - 1))
            f.end = Position(line: after.line, column: min(after.column, length(ofLine: after.line) + 1))
        } else if let end = f.end {
            f.end = position(end)
        }
        f.start = position(f.start)
        return f
    }
}
