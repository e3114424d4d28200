import ArgumentParser
import Dispatch
import Synchronization
import VanBanEmit
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanValidate

#if canImport(Glibc)
import Glibc
#endif

extension VanBanCommand {
    /// `vanban batch PATH... --output DIR`: many documents, in parallel, streamed to five files.
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Parse, check and extract many documents into one output folder.",
            discussion: """
                Writes documents.ndjson, tables-long.csv, citations.csv, diagnostics.ndjson and \
                summary.json. Inputs are files, folders (recursively) or a list on standard input with \
                --files-from -. Output order follows the inputs whatever --jobs is. With --resume, inputs \
                whose SHA-256 is already in documents.ndjson are skipped and the other files are appended \
                to. Exit code 1 when some inputs could not be parsed (each named in summary.json).

                Example:
                  vanban batch ../shared/corpus --output out/
                """
        )

        @Argument(help: "Files and folders (searched recursively).")
        var paths: [String] = []

        @Option(help: "The output folder.")
        var output: String

        @Option(name: .customLong("files-from"), help: "Read input paths, one per line, from a file or `-` (standard input).")
        var filesFrom: String?

        @Option(help: "Parallel jobs (default: all cores).")
        var jobs: Int?

        @Flag(help: "Skip inputs already in the output (by SHA-256) and append to it.")
        var resume = false

        @Option(help: "Input form for every input, overriding detection.")
        var from: InputForm?

        @Flag(name: .customLong("repair-utf8"), help: SharedHelp.repairUTF8)
        var repairUTF8 = false

        func validate() throws {
            if paths.isEmpty, filesFrom == nil { throw ValidationError("name files or folders, or --files-from -") }
            if let j = jobs, j < 1 { throw ValidationError("--jobs takes a number from 1 up") }
        }

        /// The paths of a `--files-from` list: one a line, LF or CRLF (split on bytes: `\r\n` is one
        /// `Character`), a byte order mark before the first dropped, empty lines skipped.
        static func paths(inList bytes: [UInt8]) -> [String] {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            return body.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).map { String(decoding: $0, as: UTF8.self) }
        }

        func run() throws {
            Allocator.keepFreedMemory()
            let clock = ContinuousClock()
            let start = clock.now
            var inputs: [String] = []
            var walk = InputWalk()
            for p in paths { walk.collect(p, into: &inputs) }
            if let list = filesFrom {
                inputs += Self.paths(inList: try InputFile.read(list))
            }
            try Files.makeDirectory(output)
            let out = BatchOutput(folder: output, resume: resume)
            // Run by the supervisor: after a crash, the files as they were before the first run.
            if resume { try out.cutBackToLastWholeDocument() }
            let orders = BatchSupervisor.Orders.current
            if let orders {
                if orders.restore != nil { try orders.restoreSizes(of: out.paths) } else if resume { orders.reportSizes(of: out.paths) }
            }
            let done = resume ? out.knownHashes() : []
            try out.open()
            let jobs = max(1, self.jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            let today = orders?.today ?? Check.today()
            let crashed = orders?.crashed ?? [:]
            let fault = orders == nil ? nil : BatchSupervisor.variable("VANBAN_TEST_CRASH")
            let workers = min(jobs, max(1, inputs.count))
            if let orders { CrashWatch.install(workers: workers, reportingOn: orders.report) }
            if let fault, fault.hasPrefix("kill-writing:") { out.stopBeforeDocumentLine = String(fault.dropFirst(13)) }
            let form = from, repairing = repairUTF8
            let progress = Progress(total: inputs.count, enabled: isatty(2) == 1)
            // Workers claim inputs in order and hand results to the collector, which releases them in
            // input order to one writer at a time; the writer writes outside the lock, so the other
            // workers keep parsing. A worker waits rather than run more than `lead` inputs ahead of
            // the writer, so memory stays bounded.
            let files = inputs
            let state = Mutex(BatchCollector(inputs: inputs.count, lead: jobs * 2, progress: progress))
            DispatchQueue.concurrentPerform(iterations: workers) { slot in CrashWatch.withSignalStack {
                while true {
                    switch state.withLock({ $0.claim() }) {
                    case .finished: return
                    case .wait: usleep(200)
                    case .input(let k):
                        let r = crashed[k].map { BatchResult(path: files[k], bytes: 0, outcome: .failed(BatchResult.crashReason($0))) }
                            ?? CrashWatch.reading(slot: slot, index: k, path: files[k]) {
                                if let fault { CrashWatch.injectFault(fault, for: files[k]) }
                                return BatchResult.make(files[k], form: form, repairing: repairing, today: today, skipping: done)
                            }
                        var ready = state.withLock { $0.accept(r, at: k) }
                        while !ready.isEmpty {
                            var failure: (any Error)?
                            do { for w in ready { try out.write(w) } }
                            catch { failure = error }
                            ready = state.withLock { $0.wrote(failure) }
                        }
                    }
                }
            } }
            let failed = try state.withLock { c throws -> [(String, String)] in
                c.progress.finish()
                if let error = c.error { throw error }
                let seconds = orders?.seconds ?? Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
                try out.close()
                try Files.write(output + "/summary.json", c.summary.json(seconds: seconds))
                return c.summary.failed
            }
            for (path, reason) in failed { Output.failure(path, reason) }
            if !failed.isEmpty { throw ExitCode(1) }
        }
    }
}

/// The in-order release of a batch's results: they arrive from any worker and leave in input order,
/// to one writer at a time. Counts and the batch-wide B01 check are settled here, in order.
struct BatchCollector {
    enum Claim { case input(Int), wait, finished }

    let progress: Progress
    let lead: Int
    var summary: BatchSummary
    var numbers = NumberRegistry()
    var error: (any Error)?
    private var pending: [Int: BatchResult] = [:]
    private var claimed = 0
    /// Results released to the writer (written, or being written).
    private var released = 0
    /// A worker is writing released results.
    private var writing = false

    init(inputs: Int, lead: Int, progress: Progress) {
        self.summary = BatchSummary(inputs: inputs)
        self.lead = max(1, lead)
        self.progress = progress
    }

    mutating func claim() -> Claim {
        if claimed >= summary.inputs || error != nil { return .finished }
        if claimed - released >= lead { return .wait }
        claimed += 1
        return .input(claimed - 1)
    }

    /// Takes a worker's result. When no other worker is writing, the caller becomes the writer of
    /// the results now ready in order (none when the next in order is still being parsed).
    mutating func accept(_ result: BatchResult, at index: Int) -> [BatchResult.Parsed] {
        pending[index] = result
        return release()
    }

    /// The writer is done with what it was given; it gets what became ready meanwhile.
    mutating func wrote(_ failure: (any Error)?) -> [BatchResult.Parsed] {
        writing = false
        if let failure { error = error ?? failure }
        return release()
    }

    private mutating func release() -> [BatchResult.Parsed] {
        guard !writing, error == nil else { return [] }
        var ready: [BatchResult.Parsed] = []
        while let r = pending.removeValue(forKey: released) {
            released += 1
            if let p = settle(r) { ready.append(p) }
            progress.advance()
        }
        writing = !ready.isEmpty
        return ready
    }

    /// Counts a result and adds B01 to its diagnostics; the parsed output to write, if any.
    private mutating func settle(_ r: BatchResult) -> BatchResult.Parsed? {
        summary.bytes += r.bytes
        switch r.outcome {
        case .skipped: summary.skipped += 1
        case .failed(let reason): summary.failed.append((r.path, reason))
        case .parsed(var p):
            summary.parsed += 1
            summary.tables += p.tables
            summary.rows += p.rows
            if let use = p.numberUse, let clash = numbers.register(use, path: r.path) {
                p.diagnostics += FindingsEmitter.line(use.finding(earlier: clash, at: p.numberPosition), path: r.path)
            }
            return p
        }
        return nil
    }
}

/// Files under folders, recursively, in a stable (sorted) order.
struct InputWalk {
    static let documentSuffixes = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".doc", ".rtf", ".odt", ".fodt"]

    /// A folder's own Markdown notes (`README.md`, `CHANGELOG.md` …), which are no documents.
    static func isFolderNote(_ lowercasedName: String) -> Bool {
        guard lowercasedName.hasSuffix(".md") || lowercasedName.hasSuffix(".markdown"),
              let stem = lowercasedName.split(separator: ".").first else { return false }
        return ["readme", "changelog", "changes", "license", "licence", "contributing", "code_of_conduct", "security", "authors", "notice"].contains(String(stem))
    }

    /// Folders already walked, by device and inode: a link back up the tree (`sub/up -> ..`) is
    /// walked once, not until the path grows too long.
    private var walked: Set<[UInt64]> = []

    /// The documents the command line names: each file as given (`-` too), each folder's documents
    /// (recursively, sorted); `emptyFolders` are the named folders that hold none.
    static func expand(_ paths: [String]) -> (documents: [String], emptyFolders: [String]) {
        var walk = InputWalk()
        var documents: [String] = [], empty: [String] = []
        for path in paths {
            let before = documents.count
            walk.collect(path, into: &documents)
            if documents.count == before { empty.append(path) }
        }
        return (documents, empty)
    }

    /// Names a folder that held no document, on stderr.
    static func reportEmpty(_ folder: String) {
        Output.stderr("vanban: \(folder): \(emptyReason)")
    }

    static var emptyReason: String { "no documents in this folder (\(documentSuffixes.joined(separator: " ")))" }

    /// Adds the documents `path` names: itself if it is not a folder (a file named on the command
    /// line is always read), else the documents under it.
    mutating func collect(_ path: String, into out: inout [String]) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            out.append(path)
            return
        }
        guard walked.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
        guard let d = opendir(path) else { out.append(path); return }
        // `docs/` as a shell completes it names `docs/a.txt`, not `docs//a.txt`.
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { p in
                    String(decoding: UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))), as: UTF8.self)
                }
            }
            if name.hasPrefix(".") || name.hasSuffix(".source.txt") { continue }
            // In folders, folders and documents only: a regular file with a document's suffix (not
            // a pipe or a device, which could block or never end).
            var sub = stat()
            guard stat(folder + "/" + name, &sub) == 0 else { continue }
            let kind = sub.st_mode & S_IFMT
            let lower = name.lowercased()
            guard kind == S_IFDIR || kind == S_IFREG && Self.documentSuffixes.contains(where: { lower.hasSuffix($0) }) && !Self.isFolderNote(lower) else { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() { collect(folder + "/" + name, into: &out) }
    }
}

/// What one input gives, built off the main thread.
struct BatchResult: Sendable {
    struct Parsed: Sendable {
        var path: String
        var json: EmittedBytes
        var tablesCSV: EmittedBytes
        var citationsCSV: EmittedBytes
        var diagnostics: [UInt8]
        var tables: Int
        var rows: Int
        var numberUse: NumberUse?
        var numberPosition: Position
    }

    enum Outcome: Sendable {
        case parsed(Parsed)
        case skipped
        case failed(String)
    }

    var path: String
    var bytes: Int
    var outcome: Outcome

    /// Why an input that crashed vanban (a bug) failed.
    static func crashReason(_ signal: Int32) -> String {
        "vanban crashed reading this file (\(CrashWatch.name(of: signal))), a bug in vanban; the batch went on without it"
    }

    static func make(_ path: String, form: InputForm?, repairing: Bool = false, today: String, skipping done: Set<String>) -> BatchResult {
        let raw: [UInt8]
        do { raw = try InputFile.read(path) } catch { return BatchResult(path: path, bytes: 0, outcome: .failed("\(error)")) }
        if !done.isEmpty, done.contains(DocumentReader.sha256(raw)) { return BatchResult(path: path, bytes: raw.count, outcome: .skipped) }
        let read: (document: Document, source: SourceText)
        do { read = try DocumentReader.readWithSource(raw, path: path, form: form, repairing: repairing) } catch {
            return BatchResult(path: path, bytes: raw.count, outcome: .failed(error.description))
        }
        var columns = SourceColumns(read.document, source: read.source)
        let findings = Validator.check(read.document, today: today).map { columns.place($0) }
        let doc = columns.map(read.document)
        // A document's tidy cells, where it has tables, come to two thirds to four fifths of a
        // plan's pipe-text (a page's HTML is larger): room for them at once.
        var tables = CSVWriter(capacity: doc.appendices.contains { !$0.tables.isEmpty } || !doc.tables.isEmpty ? raw.count : 4096)
        TablesEmitter.long(doc, into: &tables)
        var citations = CSVWriter()
        for c in doc.citations {
            citations.record([path, doc.header.number ?? "", c.type, c.number ?? "", c.date ?? "", c.issuer ?? "", c.name ?? "",
                              c.lines.map(String.init).joined(separator: " ")])
        }
        var diagnostics: [UInt8] = []
        for f in findings { diagnostics += FindingsEmitter.line(f, path: path) }
        let located = TablesEmitter.tables(of: doc)
        return BatchResult(path: path, bytes: raw.count, outcome: .parsed(Parsed(
            // A plan's one-line JSON is 1.3 to 1.6 times its pipe-text (a page's, less).
            path: path, json: JSONEmitter.emitted(doc, pretty: false, capacity: max(1 << 16, raw.count * 2)), tablesCSV: tables.emitted(), citationsCSV: citations.emitted(),
            diagnostics: diagnostics, tables: located.count, rows: located.reduce(0) { $0 + $1.table.rows.count },
            numberUse: NumberUse(doc), numberPosition: NumberUse.position(in: doc))))
    }
}

/// The batch's output files. Written by one worker at a time: the one `BatchCollector` made the writer.
final class BatchOutput: @unchecked Sendable {
    let folder: String
    let resume: Bool
    private var sinks: [String: Files.Sink] = [:]
    static let names = ["documents.ndjson", "tables-long.csv", "citations.csv", "diagnostics.ndjson"]
    static let citationsHeader = ["document", "number", "type", "cited_number", "date", "issuer", "name", "lines"]

    init(folder: String, resume: Bool) {
        self.folder = folder
        self.resume = resume
    }

    /// The paths of the files `names` lists.
    var paths: [String] { Self.names.map { folder + "/" + $0 } }

    /// SHA-256 of every document already written.
    func knownHashes() -> Set<String> {
        guard let bytes = try? InputFile.read(folder + "/documents.ndjson", limit: .max) else { return [] }
        var out: Set<String> = []
        let key = Array("\"sha256\":\"".utf8)
        var i = 0
        while i + key.count + 64 <= bytes.count {
            if bytes[i] == key[0], bytes[i..<(i + key.count)].elementsEqual(key) {
                out.insert(String(decoding: bytes[(i + key.count)..<(i + key.count + 64)], as: UTF8.self))
                i += key.count + 64
            } else {
                i += 1
            }
        }
        return out
    }

    func open() throws {
        // A CSV resumed must have the columns this version writes (an older vanban's tables-long.csv
        // has eight): checked for every file before any is opened, so a refusal writes nothing.
        var existing: Set<String> = []
        for name in Self.names {
            let path = folder + "/" + name
            var st = stat()
            guard resume, stat(path, &st) == 0, st.st_size > 0 else { continue }
            existing.insert(name)
            let header = Self.header(of: name)
            if !header.isEmpty, !Self.startsWithLine(path, header) {
                throw Files.Failure(path: path, reason: "its columns are not the ones this version of vanban writes (\(String(decoding: header.dropLast(2), as: UTF8.self))); resume into a new output folder")
            }
        }
        for name in Self.names {
            let sink = try Files.Sink(folder + "/" + name, append: resume)
            sinks[name] = sink
            if !existing.contains(name) { try sink.write(Self.header(of: name)) }
            try sink.flush()
        }
        try openState()
    }

    /// The header row a file starts with (none for the NDJSON files).
    static func header(of name: String) -> [UInt8] {
        var header = CSVWriter()
        if name == "tables-long.csv" { header.record(TablesEmitter.longHeader) }
        if name == "citations.csv" { header.record(citationsHeader) }
        return header.bytes
    }

    /// Whether the file at `path` opens with `line`.
    private static func startsWithLine(_ path: String, _ line: [UInt8]) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var head = [UInt8](repeating: 0, count: line.count)
        let n = head.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
        return n == line.count && head == line
    }

    /// One document's lines, each file's flushed at once, `documents.ndjson` last; then the files'
    /// sizes go to the state file, so that a batch stopped anywhere (killed, interrupted) is cut
    /// back to whole documents when resumed.
    func write(_ p: BatchResult.Parsed) throws {
        func put(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws {
            if k == 0, let stop = stopBeforeDocumentLine, p.path.hasSuffix(stop) { raise(SIGKILL) }
            try sinks[Self.names[k]]?.write(bytes)
            try sinks[Self.names[k]]?.flush()
            sizes[k] += bytes.count
        }
        try p.diagnostics.withUnsafeBufferPointer { try put(3, $0) }
        try p.citationsCSV.withUnsafeBytes { try put(2, $0) }
        try p.tablesCSV.withUnsafeBytes { try put(1, $0) }
        try p.json.withUnsafeBytes { try put(0, $0) }
        try writeState()
    }

    /// A fault injected for the tests (`VANBAN_TEST_CRASH=kill-writing:SUFFIX`): the process is
    /// killed when a document's rows are written and its `documents.ndjson` line is not.
    var stopBeforeDocumentLine: String?

    func close() throws {
        defer { sinks = [:] }
        for name in Self.names { try sinks[name]?.close() }
        if state >= 0 { Glibc.close(state); state = -1 }
        unlink(statePath)
    }

    deinit { if state >= 0 { Glibc.close(state) } }

    // MARK: The state of a batch being written

    /// A hidden file in the output folder while a batch writes to it: the four files' sizes after
    /// the last whole document. It stays behind when a batch stops before its end.
    static let stateName = ".vanban-batch-state"
    var statePath: String { folder + "/" + Self.stateName }
    private var state: Int32 = -1
    private var sizes = [0, 0, 0, 0]

    /// `--resume` after a batch that stopped before its end: each file cut back to its size after
    /// the last whole document (a document's rows written without its `documents.ndjson` line, a
    /// line half written, go).
    func cutBackToLastWholeDocument() throws {
        guard let bytes = try? InputFile.read(statePath) else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix(Self.stateMagic) else { return }
        let recorded = text.dropFirst(Self.stateMagic.count).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        guard recorded.count == Self.names.count else { return }
        for (path, size) in zip(paths, recorded) {
            var st = stat()
            guard stat(path, &st) == 0, Int(st.st_size) > size else { continue }
            if truncate(path, off_t(size)) != 0 { throw Files.Failure(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    private static let stateMagic = "vanban batch sizes:"

    /// The state file, opened with the files' sizes now (their headers written).
    private func openState() throws {
        for (k, path) in paths.enumerated() {
            var st = stat()
            sizes[k] = stat(path, &st) == 0 ? Int(st.st_size) : 0
        }
        state = Glibc.open(statePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard state >= 0 else { throw Files.Failure(path: statePath, reason: String(cString: strerror(errno))) }
        try writeState()
    }

    /// The sizes, in fields of a fixed width written over the last ones.
    private func writeState() throws {
        guard state >= 0 else { return }
        var line = Array(Self.stateMagic.utf8)
        for size in sizes {
            let digits = String(size)
            line += Array((" " + String(repeating: "0", count: max(0, 19 - digits.count)) + digits).utf8)
        }
        line.append(0x0A)
        let n = line.withUnsafeBytes { pwrite(state, $0.baseAddress, $0.count, 0) }
        guard n == line.count else { throw Files.Failure(path: statePath, reason: String(cString: strerror(errno))) }
    }
}

struct BatchSummary {
    var inputs: Int
    var parsed = 0
    var skipped = 0
    var failed: [(String, String)] = []
    var tables = 0
    var rows = 0
    var bytes = 0

    func json(seconds: Double) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("inputs"); w.int(inputs)
        w.key("parsed"); w.int(parsed)
        w.key("skipped"); w.int(skipped)
        w.key("failed"); w.beginArray()
        for (path, reason) in failed {
            w.beginObject(); w.key("path"); w.string(path); w.key("reason"); w.string(reason); w.endObject()
        }
        w.endArray()
        w.key("tables"); w.int(tables)
        w.key("rows"); w.int(rows)
        w.key("bytes"); w.int(bytes)
        w.key("seconds"); w.string(fixed(seconds, 3))
        w.key("mb_per_second"); w.string(fixed(seconds > 0 ? Double(bytes) / 1e6 / seconds : 0, 1))
        w.endObject()
        w.finish()
        return w.bytes
    }

    private func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let v = (x * scale).rounded() / scale
        return String(v)
    }
}

/// A progress bar on stderr, only when it is a terminal.
final class Progress {
    let total: Int
    let enabled: Bool
    private var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled, total > 0, done % max(1, total / 200) == 0 || done == total else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        var line = Array("\r[\(bar)] \(done)/\(total)".utf8)
        _ = line.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    func finish() {
        guard enabled else { return }
        _ = Glibc.write(2, "\n", 1)
    }
}
