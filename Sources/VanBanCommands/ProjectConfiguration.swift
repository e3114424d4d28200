import FoundationEssentials
import VanBanModel
import VanBanValidate

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.vanban.json`, found by walking up from an input, as linters do:
/// `{"disable": ["E01"], "severity": {"C01": "error"}}`.
///
/// A file that is there but cannot be taken (not JSON, a key or a rule id or a severity vanban does
/// not know) is an error naming the file, never a file silently passed over: a CI job would
/// otherwise run with the rules it meant to turn off.
struct ProjectConfiguration {
    struct Invalid: Error, Equatable, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static let fileName = ".vanban.json"

    /// What each folder walked so far settled: its own file's or the nearest one's above it.
    private var byFolder: [String: Result<Configuration, Invalid>] = [:]
    /// The working folder, resolved once.
    private lazy var workingFolder = Self.realPath(".") ?? ""

    /// The configuration that governs an input (an empty one when no folder above it holds a file).
    /// A file is named as found from the working folder: relative below it, absolute elsewhere.
    mutating func configuration(for path: String) -> Result<Configuration, Invalid> {
        guard path != "-" else { return .success(Configuration()) }
        let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        guard let folder = Self.realPath(dir.isEmpty ? "/" : dir) else { return .success(Configuration()) }
        let cwd = workingFolder
        return configuration(inFolder: folder).mapError { invalid in
            var shown = invalid
            if !cwd.isEmpty, invalid.path.hasPrefix(cwd + "/") { shown.path.removeFirst(cwd.count + 1) }
            return shown
        }
    }

    private mutating func configuration(inFolder dir: String) -> Result<Configuration, Invalid> {
        if let known = byFolder[dir] { return known }
        let result: Result<Configuration, Invalid>
        let file = (dir == "/" ? "" : dir) + "/" + Self.fileName
        switch Self.read(file) {
        case .some(let own):
            result = own
        case .none:
            if let slash = dir.lastIndex(of: "/"), dir != "/" {
                result = configuration(inFolder: slash == dir.startIndex ? "/" : String(dir[..<slash]))
            } else {
                result = .success(Configuration())
            }
        }
        byFolder[dir] = result
        return result
    }

    /// The file's configuration; nil when there is no such file.
    static func read(_ path: String) -> Result<Configuration, Invalid>? {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: 1 << 20) } catch {
            if error == .missing { return nil }
            return .failure(Invalid(path: path, reason: "\(error)"))
        }
        do { return .success(try parse(bytes)) } catch {
            return .failure(Invalid(path: path, reason: error.reason))
        }
    }

    struct Unusable: Error { var reason: String }

    /// The settings a file's bytes hold.
    static func parse(_ bytes: [UInt8]) throws(Unusable) -> Configuration {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: Data(bytes)) } catch let error as Unusable {
            throw error
        } catch let DecodingError.typeMismatch(_, context) {
            throw Unusable(reason: wrongType(at: context.codingPath.map(\.stringValue)))
        } catch let DecodingError.valueNotFound(_, context) {
            throw Unusable(reason: wrongType(at: context.codingPath.map(\.stringValue)))
        } catch {
            throw Unusable(reason: "not valid JSON; write it as \(example)")
        }
        let ids = Set(Catalogue.rules.map(\.id))
        var out = Configuration()
        for id in file.disable ?? [] {
            let rule = id.uppercased()
            guard ids.contains(rule) else { throw Unusable(reason: "\"disable\" names \"\(id)\", which is no rule id (`vanban check --list-rules` lists them)") }
            out.disabled.insert(rule)
        }
        for (id, name) in (file.severity ?? [:]).sorted(by: { $0.key < $1.key }) {
            let rule = id.uppercased()
            guard ids.contains(rule) else { throw Unusable(reason: "\"severity\" names \"\(id)\", which is no rule id (`vanban check --list-rules` lists them)") }
            guard let severity = Severity(rawValue: name.lowercased()) else {
                throw Unusable(reason: "\"severity\" gives \(rule) \"\(name)\"; a severity is \"error\", \"warning\" or \"info\"")
            }
            out.severities[rule] = severity
        }
        return out
    }

    static let example = #"{"disable": ["E01"], "severity": {"C01": "error"}}"#

    private static func wrongType(at path: [String]) -> String {
        switch path.first {
        case "disable": "\"disable\" is a list of rule ids, as in \(example)"
        case "severity": "\"severity\" maps rule ids to \"error\", \"warning\" or \"info\", as in \(example)"
        default: "the file holds one JSON object, as in \(example)"
        }
    }

    private struct File: Decodable {
        var disable: [String]?
        var severity: [String: String]?

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let known = ["disable", "severity"]
            if let unknown = c.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
                throw Unusable(reason: "unknown key \"\(unknown)\"; the keys are \"disable\" and \"severity\", as in \(ProjectConfiguration.example)")
            }
            disable = try c.decodeIfPresent([String].self, forKey: Key(stringValue: "disable"))
            severity = try c.decodeIfPresent([String: String].self, forKey: Key(stringValue: "severity"))
        }
    }

    /// The folder's absolute path, `.` and `..` and links resolved (one key per folder); nil when
    /// it does not exist.
    private static func realPath(_ dir: String) -> String? {
        guard let p = realpath(dir, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
