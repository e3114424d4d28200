import ArgumentParser
import VanBanModel

/// A command's work, apart from how its command line was read.
protocol CommandJob {
    func validate() throws
    func run() throws
}

/// The plain command lines of `parse`, `check` and `tables`, read without swift-argument-parser.
///
/// The parser reads a command line three times (twice looking for a completion-script flag, then
/// the command), each time building the command's arguments by reflection: ~3 ms of the 15 ms a
/// `vanban parse` of the seed takes, whole process, and as much of every `vanban check` a CI job
/// runs per file. A plain line (the subcommand, then paths and the command's options, each option
/// at most once, as `--name value` or `--name=value`, each value one the option takes) is read
/// here into the command's job; anything else (help, `--version`, an unknown or repeated option,
/// a value not in its set, `--`, a path that opens with `-`, a job its own checks refuse) is
/// left to the parser, which reads it, or says what is wrong with it, as it always has. A test
/// holds every line read here to the job the parser reads from it.
enum DirectCommandLine {
    /// The job `arguments` (without the program name) ask for; nil when the parser should read them.
    static func job(_ arguments: [String]) -> (any CommandJob)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "parse":
            guard var line = PlainLine(rest, values: ["--format", "--from"], flags: ["--repair-utf8"]) else { return nil }
            var job = ParseJob(repairUTF8: line.flags.contains("--repair-utf8"))
            if !line.paths.isEmpty { job.files = line.paths }
            job.format = line.value("--format") ?? job.format
            job.from = line.value("--from")
            return line.invalid ? nil : job
        case "check":
            guard var line = PlainLine(rest, values: ["--format", "--from", "--fail-on", "--disable"], flags: ["--strict", "--repair-utf8"]) else { return nil }
            var job = CheckJob(files: line.paths, strict: line.flags.contains("--strict"), repairUTF8: line.flags.contains("--repair-utf8"))
            job.format = line.value("--format") ?? job.format
            job.from = line.value("--from")
            job.failOn = line.value("--fail-on")
            if let v = line["--disable"] { job.disable = [v] }
            return line.invalid ? nil : job
        case "tables":
            guard var line = PlainLine(rest, values: ["--output", "--from"], flags: ["--long", "--bom", "--repair-utf8"]) else { return nil }
            var job = TablesJob(output: line["--output"], long: line.flags.contains("--long"), bom: line.flags.contains("--bom"),
                                repairUTF8: line.flags.contains("--repair-utf8"))
            if !line.paths.isEmpty { job.files = line.paths }
            job.from = line.value("--from")
            return line.invalid ? nil : job
        default:
            return nil
        }
    }

    /// The job swift-argument-parser reads from the same line (nil for a command without one): what
    /// a line read here must equal.
    static func parsedJob(_ arguments: [String]) throws -> (any CommandJob)? {
        switch try VanBanCommand.parseAsRoot(arguments) {
        case let parse as VanBanCommand.Parse: parse.job
        case let check as VanBanCommand.Check: check.job
        case let tables as VanBanCommand.Tables: tables.job
        default: nil
        }
    }

    /// Paths, options that take a value and flags, each option at most once; nil for anything else.
    private struct PlainLine {
        var paths: [String] = []
        /// The options' values, in the order given (a few at most: a list, not a dictionary, whose
        /// storage type the runtime would instantiate at start-up).
        var values: [(name: String, value: String)] = []
        var flags: Set<String> = []
        /// Whether an option's value is not one its type takes (`value`): the parser is to say so.
        var invalid = false

        /// The option's value as `T`, nil when the line does not give it; a value `T` does not take
        /// makes the line `invalid`.
        mutating func value<T: RawRepresentable>(_ name: String) -> T? where T.RawValue == String {
            guard let v = self[name] else { return nil }
            guard let typed = T(rawValue: v) else {
                invalid = true
                return nil
            }
            return typed
        }

        /// The value given for the option `name`.
        subscript(name: String) -> String? { values.first { $0.name == name }?.value }

        init?(_ arguments: ArraySlice<String>, values known: Set<String>, flags knownFlags: Set<String> = []) {
            var i = arguments.startIndex
            while i < arguments.endIndex {
                let a = arguments[i]
                i += 1
                if a == "-" || !a.isEmpty && !a.hasPrefix("-") {
                    paths.append(a)
                    continue
                }
                if knownFlags.contains(a) {
                    guard flags.insert(a).inserted else { return nil }
                    continue
                }
                let name: String, value: String
                if let eq = a.firstIndex(of: "=") {
                    (name, value) = (String(a[..<eq]), String(a[a.index(after: eq)...]))
                } else {
                    guard i < arguments.endIndex else { return nil }
                    (name, value) = (a, arguments[i])
                    i += 1
                }
                guard known.contains(name), !value.isEmpty, !value.hasPrefix("-"), self[name] == nil else { return nil }
                values.append((name, value))
            }
        }
    }
}
