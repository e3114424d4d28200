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
}
