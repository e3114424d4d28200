import ArgumentParser
import VanBanEmit
import VanBanModel
import VanBanReader

extension VanBanCommand {
    /// `vanban generate`: synthetic documents for benchmarks and batch tests, in every form.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write N varied synthetic plans (seed-shaped) for benchmarks.",
            discussion: "Example: vanban generate --count 1000 --form html --output /tmp/corpus-html"
        )

        @Option(help: "How many documents.")
        var count = 1000

        @Option(help: "The output folder.")
        var output: String

        @Option(help: "Form: pipe-text, html, text, docx or odt.")
        var form: SyntheticDocuments.Form = .pipeText

        @Option(help: "Size multiplier (sections and table rows).")
        var scale = 1

        @Option(help: "Generator seed: the same seed gives the same files.")
        var seed: UInt64 = 2021

        func validate() throws {
            guard count >= 0, scale >= 1 else { throw ValidationError("--count from 0, --scale from 1") }
        }

        func run() throws {
            try Files.makeDirectory(output)
            var generator = SyntheticDocuments(seed: seed)
            let width = String(max(1, count)).count
            for i in 0..<count {
                let text = generator.document(index: i, scale: scale)
                let bytes = try SyntheticDocuments.rendered(Array(text.utf8), as: form)
                let n = String(i)
                let name = String(repeating: "0", count: width - n.count) + n
                try Files.write("\(output)/doc-\(name).\(SyntheticDocuments.fileExtension(form))", bytes)
            }
        }
    }
}
