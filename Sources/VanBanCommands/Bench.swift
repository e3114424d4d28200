import ArgumentParser
import VanBanEmit
import VanBanModel
import VanBanReader
import VanBanSyntax

extension VanBanCommand {
    /// `vanban bench`: throughput of the pipeline in one process, over real and generated documents.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Measure parsing throughput in one process (build with -c release).",
            discussion: """
                Reports MB/s and documents/s for tokenize+parse and for parse+JSON, over the given files \
                (e.g. the seed and Fixtures/pipe-text/*.txt) and over generated documents.

                Example:
                  swift build -c release
                  .build/release/vanban bench Fixtures/pipe-text/*.txt
                """
        )

        @Argument(help: "Real documents to include.")
        var files: [String] = []

        @Option(help: "How many synthetic documents to generate.")
        var generated = 1000

        @Option(help: "Passes over the whole set; the best pass is reported.")
        var passes = 5

        @Option(help: "Form of the generated documents: pipe-text, html, text, docx or odt.")
        var form: SyntheticDocuments.Form = .pipeText

        func run() throws {
            // The allocator set as for any run over as many documents.
            Allocator.prepare(forDocuments: files.count + generated)
            var inputs: [(String, [UInt8])] = []
            for path in files {
                guard let bytes = try? InputFile.read(path) else { throw ValidationError("cannot read \(path)") }
                inputs.append((path, bytes))
            }
            var generator = SyntheticDocuments(seed: 2021)
            for i in 0..<generated {
                let bytes = try SyntheticDocuments.rendered(Array(generator.document(index: i).utf8), as: form)
                inputs.append(("gen-\(i).\(SyntheticDocuments.fileExtension(form))", bytes))
            }
            // Each input in its own form (detected), as `vanban parse` reads it.
            let forms = inputs.map { DocumentReader.detectForm($0.1, path: $0.0) }
            let bytes = inputs.reduce(0) { $0 + $1.1.count }
            Output.stdout("inputs: \(inputs.count) documents (\(files.count) real, \(generated) generated), \(format(Double(bytes) / 1e6)) MB\n")
            let textInputs = inputs.indices.filter { forms[$0] == .pipeText }
            let decoded = textInputs.compactMap { try? SourceText(decoding: inputs[$0].1) }
            let tokenized = decoded.map { PipeTextTokenizer().tokenize($0) }
            let textBytes = textInputs.reduce(0) { $0 + inputs[$1].1.count }
            // Per-phase figures for the pipe-text inputs, then the whole pipeline for every input.
            if !textInputs.isEmpty { phases(textBytes, textInputs.count, decoded: decoded, tokenized: tokenized, inputs: textInputs.map { inputs[$0].1 }) }
            report("tokenize+parse", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for (k, (path, raw)) in inputs.enumerated() {
                    if let doc = try? DocumentReader.read(raw, path: path, form: forms[k]) { checksum &+= doc.body.count }
                }
                return checksum
            }
            report("parse+JSON    ", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for (k, (path, raw)) in inputs.enumerated() {
                    if let doc = try? DocumentReader.read(raw, path: path, form: forms[k]) { checksum &+= JSONEmitter.withEncoded(doc) { $0.count } }
                }
                return checksum
            }
        }

        /// decode, tokenize and section parse, each on its own, for the pipe-text inputs.
        private func phases(_ textBytes: Int, _ count: Int, decoded: [SourceText], tokenized: [[Block]], inputs: [[UInt8]]) {
            report("decode        ", bytes: textBytes, docs: count) {
                var checksum = 0
                for raw in inputs { checksum &+= (try? SourceText(decoding: raw))?.lineCount ?? 0 }
                return checksum
            }
            report("tokenize      ", bytes: textBytes, docs: count) {
                var checksum = 0
                for text in decoded { checksum &+= PipeTextTokenizer().tokenize(text).count }
                return checksum
            }
            report("section parse ", bytes: textBytes, docs: count) {
                var checksum = 0
                for blocks in tokenized { checksum &+= SectionParser().parse(blocks, source: SourceInfo(path: "-", form: .pipeText)).body.count }
                return checksum
            }
        }

        private func report(_ name: String, bytes: Int, docs: Int, _ body: () -> Int) {
            let clock = ContinuousClock()
            var best = Duration.seconds(1_000_000)
            var checksum = 0
            for _ in 0..<max(1, passes) {
                let t = clock.measure { checksum = body() }
                best = min(best, t)
            }
            let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
            Output.stdout("\(name)  \(format(seconds * 1000)) ms  \(format(Double(bytes) / 1e6 / seconds)) MB/s  \(format(Double(docs) / seconds)) docs/s  (check \(checksum))\n")
        }

        private func format(_ x: Double) -> String {
            let r = (x * 10).rounded() / 10
            return String(r)
        }
    }
}
