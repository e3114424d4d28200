import ArgumentParser
import VanBanModel

/// An option's value set, named by its raw values.
///
/// swift-argument-parser's defaults describe each value with string interpolation, whose dynamic
/// casts cost a scan of every protocol conformance in the binary on first use (~0.5 ms of each
/// run's start-up); the raw value is the same text, read directly.
protocol ArgumentEnum: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentEnum {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension InputForm: ArgumentEnum {}

/// Help texts several commands share.
enum SharedHelp {
    static let repairUTF8: ArgumentParser.ArgumentHelp = "Read a damaged copy (UTF-8 but for a few stray bytes, otherwise refused) with each run of them replaced by U+FFFD, a U01 warning at each."
}

extension Severity: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
