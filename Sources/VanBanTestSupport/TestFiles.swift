import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VanBanModel
import VanBanReader
import VanBanSyntax

/// Where the tests find their inputs: `Fixtures/` in this package, and `../shared` beside it
/// (the seed and the real-document corpus), which may be absent.
public enum TestFiles {
    /// The package root, found from this file's path.
    public static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/VanBanTestSupport/TestFiles.swift
        return parts.joined(separator: "/")
    }()

    public static var fixtures: String { root + "/Fixtures" }
    public static var shared: String { root + "/../shared" }
    public static var seed: String { shared + "/seed/000_e24871c7ce995734.txt" }
    public static var corpus: String { shared + "/corpus" }

    /// Whether `../shared` is there; corpus tests skip cleanly without it.
    public static var hasShared: Bool { exists(seed) }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// File names (not paths) in a folder with the given suffix, sorted.
    public static func list(_ dir: String, suffix: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasSuffix(suffix), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    public static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    public static func write(_ path: String, _ bytes: [UInt8]) {
        guard let f = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
    }

    /// Parses a file the way `vanban parse` does, naming it `name` in `source.path`.
    public static func parse(_ path: String, name: String? = nil, form: InputForm? = nil) throws -> Document {
        guard let bytes = read(path) else { throw Missing(path: path) }
        return try DocumentReader.read(bytes, path: name ?? path, form: form)
    }

    public struct Missing: Error { public let path: String }

    /// The environment variable, if set.
    public static func env(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

extension TestFiles {
    public static func makeDirectory(_ path: String) {
        mkdir(path, 0o755)
    }
}

/// A directory of a test's own under the system's temporary folder, removed with everything in it
/// when the value goes away: a suite keeps one as a stored property, so each test gets a fresh one
/// and leaves nothing behind.
public final class ScratchDirectory: Sendable {
    public let path: String

    public init(_ tag: String) {
        let base = TestFiles.env("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/vanban-\(tag)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { preconditionFailure("cannot make a scratch directory under \(base)") }
        path = String(cString: made)
    }

    /// A new folder inside, named `name`.
    public func directory(_ name: String) -> String {
        let p = path + "/" + name
        TestFiles.makeDirectory(p)
        return p
    }

    /// A file inside, named `name`, holding `bytes`.
    public func file(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        TestFiles.write(p, bytes)
        return p
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
