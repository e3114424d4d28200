import ArgumentParser
import VanBanEmit
import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax

extension VanBanCommand {
    /// `vanban parse FILE...`: the model as JSON, NDJSON or an outline.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Parse documents to the typed model.",
            discussion: """
                Examples:
                  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt
                  vanban parse --format outline plan.txt
                  cat plan.txt | vanban parse -
                """
        )

        enum Format: String, ArgumentEnum {
            case json, ndjson, outline, html, text, markdown, docx, odt
        }

        @Argument(help: "Input files or folders (their documents, recursively); `-` reads standard input.")
        var files: [String] = ["-"]

        @Option(help: "Output format: json (one object; NDJSON for several files), ndjson, outline, html, text (blank-line text vanban reads back), markdown, docx (a Word file, for one input: redirect it, `> plan.docx`), odt (an OpenDocument text, the same way).")
        var format: Format = .json

        @Option(help: "Input form, overriding detection: pipe-text, text, inline-pipe, html, docx (Word and OpenDocument files).")
        var from: InputForm?

        @Flag(name: .customLong("repair-utf8"), help: SharedHelp.repairUTF8)
        var repairUTF8 = false

        /// What this command line asks for.
        var job: ParseJob { ParseJob(files: files, format: format, from: from, repairUTF8: repairUTF8) }

        func validate() throws { try job.validate() }

        func run() throws { try job.run() }

        /// Reads and parses one input; on failure prints one line naming it and returns nil.
        static func load(_ path: String, form: InputForm?, repairing: Bool = false) -> Document? {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(path)
            } catch {
                Output.stderr("vanban: \(path): \(error)")
                return nil
            }
            do {
                return try DocumentReader.read(bytes, path: path, form: form, repairing: repairing)
            } catch {
                Output.failure(path, error.description)
                return nil
            }
        }
    }
}

/// `vanban parse`'s work, apart from how its command line was read (by swift-argument-parser, or
/// directly: `DirectCommandLine`).
struct ParseJob: CommandJob, Equatable {
    var files: [String] = ["-"]
    var format: VanBanCommand.Parse.Format = .json
    var from: InputForm?
    var repairUTF8 = false

    func validate() throws {
        if format == .docx, files.count != 1 { throw ValidationError("--format docx writes one Word file: name one input") }
        if format == .docx, Output.stdoutIsTerminal { throw ValidationError("--format docx writes a binary file: redirect it (> plan.docx)") }
        if format == .odt, files.count != 1 { throw ValidationError("--format odt writes one OpenDocument text: name one input") }
        if format == .odt, Output.stdoutIsTerminal { throw ValidationError("--format odt writes a binary file: redirect it (> plan.odt)") }
    }

    func run() throws {
        var failed = false
        let (inputs, empty) = InputWalk.expand(files)
        // Over several inputs, in a child process: one that crashes vanban fails alone.
        if try InputLoop.ranSupervised(inputs.count) { return }
        Allocator.prepare(forDocuments: inputs.count)
        for folder in empty {
            InputWalk.reportEmpty(folder)
            failed = true
        }
        if format == .docx || format == .odt, inputs.count > 1 {
            throw ValidationError("--format \(format.rawValue) writes one file: \(files.joined(separator: " ")) holds \(inputs.count) documents")
        }
        let asLines = format == .ndjson || (format == .json && inputs.count > 1)
        InputLoop().forEach(inputs, crashed: { Output.failure($0, $1); failed = true }) { path in
            guard let doc = VanBanCommand.Parse.load(path, form: from, repairing: repairUTF8) else {
                failed = true
                return
            }
            switch format {
            case .json where !asLines: JSONEmitter.stream(doc, pretty: true) { Output.stdout($0) }
            case .json, .ndjson: JSONEmitter.stream(doc, pretty: false) { Output.stdout($0) }
            case .outline: Output.stdout(OutlineEmitter.render(doc))
            case .html: Output.stdout(DocumentRenderer.render(doc, as: .html))
            case .text: Output.stdout(DocumentRenderer.render(doc, as: .text))
            case .markdown: Output.stdout(DocumentRenderer.render(doc, as: .markdown))
            case .docx:
                let word = DocumentRenderer.renderWord(doc)
                Output.stdout(DocxWriter.package(documentXML: word.document, footnotesXML: word.footnotes))
            case .odt: Output.stdout(OdtWriter.package(contentXML: DocumentRenderer.render(doc, as: .odf)))
            }
        }
        if failed { throw ExitCode(2) }
    }
}
