import ArgumentParser
import VanBanEmit
import VanBanModel

#if canImport(Glibc)
import Glibc
#endif

extension VanBanCommand {
    /// `vanban tables FILE...`: appendix tables as CSV.
    struct Tables: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tables",
            abstract: "Write the documents' tables as CSV (RFC 4180, UTF-8).",
            discussion: """
                --output DIR writes one wide CSV per table, named from the document number, the appendix \
                and the table index; --long writes one tidy CSV with the columns \
                document,number,appendix,table,row,column,role,value,kind,group (kind: data, group or \
                total; group: the label of the row's group row).

                Examples:
                  vanban tables plan.txt --output out/
                  vanban tables --long docs/*.txt > cells.csv
                """
        )

        @Argument(help: "Input files or folders (their documents, recursively); `-` reads standard input.")
        var files: [String] = ["-"]

        @Option(help: "A folder for the wide CSVs, or with --long a file (default: standard output).")
        var output: String?

        @Flag(help: "Write one tidy CSV instead of one file per table.")
        var long = false

        @Flag(help: "Start each CSV with a UTF-8 byte-order mark (for spreadsheet programs that need one).")
        var bom = false

        @Option(help: "Input form, overriding detection.")
        var from: InputForm?

        @Flag(name: .customLong("repair-utf8"), help: SharedHelp.repairUTF8)
        var repairUTF8 = false

        /// What this command line asks for.
        var job: TablesJob { TablesJob(files: files, output: output, long: long, bom: bom, from: from, repairUTF8: repairUTF8) }

        func validate() throws { try job.validate() }

        func run() throws { try job.run() }
    }
}

/// `vanban tables`'s work, apart from how its command line was read (by swift-argument-parser, or
/// directly: `DirectCommandLine`).
struct TablesJob: CommandJob, Equatable {
    var files: [String] = ["-"]
    var output: String?
    var long = false
    var bom = false
    var from: InputForm?
    var repairUTF8 = false

    func validate() throws {
        if !long, output == nil { throw ValidationError("name a folder with --output, or write one tidy CSV with --long") }
    }

    func run() throws {
        var failed = false
        let (inputs, empty) = InputWalk.expand(files)
        // Over several inputs, in a child process: one that crashes vanban fails alone.
        if try InputLoop.ranSupervised(inputs.count) { return }
        Allocator.prepare(forDocuments: inputs.count)
        // The tidy CSV streams: each document's records are written as soon as it is read.
        var longCSV = CSVWriter(bom: bom)
        let sink = long ? try output.map { try Files.Sink($0) } : nil
        func flushLong() throws {
            try longCSV.withBytes { bytes in if let sink { try sink.write(bytes) } else { Output.stdout(bytes) } }
            longCSV = CSVWriter()
        }
        if long {
            longCSV.record(TablesEmitter.longHeader)
            try flushLong()
        }
        var used: Set<String> = []
        if !long, let dir = output { try Files.makeDirectory(dir) }
        for folder in empty {
            InputWalk.reportEmpty(folder)
            failed = true
        }
        try InputLoop().forEach(inputs, crashed: { Output.failure($0, $1); failed = true }) { path in
            guard let doc = VanBanCommand.Parse.load(path, form: from, repairing: repairUTF8) else {
                failed = true
                return
            }
            if long {
                TablesEmitter.long(doc, into: &longCSV)
                try flushLong()
                return
            }
            for located in TablesEmitter.tables(of: doc) {
                var name = TablesEmitter.fileName(doc, located)
                var n = 2
                while used.contains(name) {
                    name = String(name.dropLast(4)) + "-\(n).csv"
                    n += 1
                }
                used.insert(name)
                try Files.write(output! + "/" + name, TablesEmitter.wide(located.table, bom: bom))
            }
        }
        try sink?.close()
        if failed { throw ExitCode(2) }
    }
}

/// Writing output files without Foundation.
enum Files {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func makeDirectory(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw Failure(path: path, reason: "exists and is not a folder") }
            return
        }
        let parent = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : ""
        if !parent.isEmpty { try makeDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    static func write(_ path: String, _ bytes: [UInt8], append: Bool = false) throws {
        let sink = try Sink(path, append: append)
        try sink.write(bytes)
        try sink.close()
    }

    /// An output file held open for writes in a loop.
    final class Sink {
        let path: String
        private var file: UnsafeMutablePointer<FILE>?

        init(_ path: String, append: Bool = false) throws {
            guard let f = fopen(path, append ? "ab" : "wb") else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            self.path = path
            self.file = f
        }

        func write(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBufferPointer { try write($0) }
        }

        func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            guard !bytes.isEmpty else { return }
            guard let f = file, fwrite(bytes.baseAddress, 1, bytes.count, f) == bytes.count else {
                throw Failure(path: path, reason: file == nil ? "already closed" : String(cString: strerror(errno)))
            }
        }

        /// Hands what is buffered to the system.
        func flush() throws {
            guard let f = file, fflush(f) == 0 else { throw Failure(path: path, reason: file == nil ? "already closed" : String(cString: strerror(errno))) }
        }

        /// Flushes and closes the file; a write that fails only now (a full disk) is thrown.
        func close() throws {
            guard let f = file else { return }
            file = nil
            if fclose(f) != 0 { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }

        deinit { if let f = file { fclose(f) } }
    }
}
