import ArgumentParser

/// A command that reads many input paths (a shell glob of a whole corpus).
///
/// swift-argument-parser collects a positional array in time that grows with the square of its
/// length (each value copies the array gathered so far out of an existential and back): 8,000 paths
/// cost 3 s before any file was read. So `runMain` hands it the first path only, with every option,
/// and sets the rest in place after the parse, in their order (`PathArguments`).
protocol ReadsPaths: ParsableCommand {
    /// The options that take a value, by every name they answer to (`--format`, `-o`).
    static var valueOptions: Set<String> { get }
    /// Where the command keeps its input paths, in command-line order.
    static var inputPaths: WritableKeyPath<Self, [String]> { get }
}

/// A command line with its input paths beyond the first held back from the parser.
struct PathArguments {
    /// The arguments the parser sees.
    var arguments: [String]
    /// The paths held back, in order: they follow the one the parser sees.
    var held: [String]

    private static let readers: [String: any ReadsPaths.Type] = [
        "parse": VanBanCommand.Parse.self, "check": VanBanCommand.Check.self,
        "tables": VanBanCommand.Tables.self, "batch": VanBanCommand.Batch.self,
    ]

    /// Splits `arguments` (without the program name). Only a path-reading subcommand's plain
    /// arguments are held: not an option, not an option's value (`--format json`, `--output=DIR`),
    /// nothing after `--`.
    init(_ arguments: [String]) {
        self.arguments = arguments
        self.held = []
        guard let name = arguments.first, let command = Self.readers[name] else { return }
        let valueOptions = command.valueOptions
        var kept: [String] = [name]
        var seenPath = false
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                kept += arguments[i...]
                break
            }
            if a.utf8.count > 1, a.utf8.first == UInt8(ascii: "-") {
                kept.append(a)
                if !a.utf8.contains(UInt8(ascii: "=")), valueOptions.contains(a), i + 1 < arguments.count {
                    kept.append(arguments[i + 1])
                    i += 1
                }
            } else if seenPath {
                held.append(a)
            } else {
                kept.append(a)
                seenPath = true
            }
            i += 1
        }
        if !held.isEmpty { self.arguments = kept }
    }

    /// The parsed command with the held paths after the one it read, validated again with all of them.
    func restore(_ command: ParsableCommand) throws -> ParsableCommand {
        guard !held.isEmpty, let reader = command as? any ReadsPaths else { return command }
        return try adding(held, to: reader)
    }

    private func adding<Command: ReadsPaths>(_ paths: [String], to command: Command) throws -> Command {
        var command = command
        command[keyPath: Command.inputPaths] += paths
        try command.validate()
        return command
    }
}

extension VanBanCommand.Parse: ReadsPaths {
    static let valueOptions: Set<String> = ["--format", "--from"]
    static var inputPaths: WritableKeyPath<Self, [String]> { \.files }
}

extension VanBanCommand.Check: ReadsPaths {
    static let valueOptions: Set<String> = ["--format", "--fail-on", "--disable", "--from"]
    static var inputPaths: WritableKeyPath<Self, [String]> { \.files }
}

extension VanBanCommand.Tables: ReadsPaths {
    static let valueOptions: Set<String> = ["--output", "--from"]
    static var inputPaths: WritableKeyPath<Self, [String]> { \.files }
}

extension VanBanCommand.Batch: ReadsPaths {
    static let valueOptions: Set<String> = ["--output", "--files-from", "--jobs", "--from"]
    static var inputPaths: WritableKeyPath<Self, [String]> { \.paths }
}
