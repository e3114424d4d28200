import Foundation

/// Runs a Python script (for the reference validators: jsonschema, the SARIF 2.1.0 schema).
public enum Python {
    /// Runs `python3 -c script args…`; returns the exit status and combined output.
    public static func run(_ script: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A zip archive of the given members, in order (the first stored, as an OpenDocument package's
    /// `mimetype` must be), written by Python's zipfile; empty when Python fails.
    /// The package at `path` (a .docx, an .odt) written again with each member's bytes made by the
    /// Python expression `transform` over `name` and `data`, as another writer might give them.
    public static func rezip(_ path: String, transform: String) -> [UInt8] {
        let out = NSTemporaryDirectory() + "vanban-rezip-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).zip"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = """
            import sys, zipfile
            src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
            for info in src.infolist():
                name, data = info.filename, src.read(info.filename)
                dst.writestr(info, \(transform))
            dst.close()
            """
        guard (try? run(script, [path, out]))?.status == 0 else { return [] }
        return (try? Array(Data(contentsOf: URL(fileURLWithPath: out)))) ?? []
    }

    public static func zip(_ members: [(name: String, text: String)]) -> [UInt8] {
        let path = NSTemporaryDirectory() + "vanban-zip-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).zip"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w')\nfor k in range(2, len(sys.argv), 2): z.writestr(sys.argv[k], sys.argv[k + 1], zipfile.ZIP_STORED if k == 2 else zipfile.ZIP_DEFLATED)\nz.close()"
        guard (try? run(script, [path] + members.flatMap { [$0.name, $0.text] }))?.status == 0 else { return [] }
        return (try? Array(Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }
}
