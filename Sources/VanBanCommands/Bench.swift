import VanBanModel
import VanBanReader
import ArgumentParser
import VanBanEmit
import VanBanModel
import VanBanSyntax

extension VanBanCommand {
    /// `vanban bench`: throughput of the pipeline in one process, over real and generated documents.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure parsing throughput in one process (build with -c release).",
            discussion: """
                Reports MB/s and documents/s for tokenize+parse and for parse+JSON, over the given files \
                (e.g. the seed and Fixtures/pipe-text/*.txt) and over generated documents.
                Example: swift build -c release && .build/release/vanban bench ../shared/seed/*.txt Fixtures/pipe-text/*.txt
                """
        )

        @Argument(help: "Real documents to include.")
        var files: [String] = []

        @Option(help: "How many synthetic documents to generate.")
        var generated = 1000

        @Option(help: "Passes over the whole set; the best pass is reported.")
        var passes = 5

        func run() throws {
            var inputs: [(String, [UInt8])] = []
            for path in files {
                guard let bytes = try? InputFile.read(path) else { throw ValidationError("cannot read \(path)") }
                inputs.append((path, bytes))
            }
            var generator = SyntheticDocuments(seed: 2021)
            for i in 0..<generated { inputs.append(("gen-\(i)", Array(generator.document(index: i).utf8))) }
            let bytes = inputs.reduce(0) { $0 + $1.1.count }
            Output.stdout("inputs: \(inputs.count) documents (\(files.count) real, \(generated) generated), \(format(Double(bytes) / 1e6)) MB\n")
            let decoded = inputs.compactMap { try? SourceText(decoding: $0.1) }
            let tokenized = decoded.map { PipeTextTokenizer().tokenize($0) }
            report("decode        ", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for (_, raw) in inputs { checksum &+= (try? SourceText(decoding: raw))?.lineCount ?? 0 }
                return checksum
            }
            report("tokenize      ", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for text in decoded { checksum &+= PipeTextTokenizer().tokenize(text).count }
                return checksum
            }
            report("section parse ", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for blocks in tokenized { checksum &+= SectionParser().parse(blocks, source: SourceInfo(path: "-", form: .pipeText)).body.count }
                return checksum
            }
            report("tokenize+parse", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for (path, raw) in inputs {
                    if let doc = try? DocumentReader.read(raw, path: path, form: .pipeText) { checksum &+= doc.body.count }
                }
                return checksum
            }
            report("parse+JSON    ", bytes: bytes, docs: inputs.count) {
                var checksum = 0
                for (path, raw) in inputs {
                    if let doc = try? DocumentReader.read(raw, path: path, form: .pipeText) { checksum &+= JSONEmitter.encode(doc).count }
                }
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
