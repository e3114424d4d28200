/// A text browser's links, as `lynx -dump` and `elinks -dump` write a page by default: each link's
/// number in brackets before its text (`[12]Luật …`; a note's mark that is a link, `[1][1]`), and a
/// `References` list of the links' targets at the end. Neither is the document's text.
enum LinkReferences {
    typealias Entry = (line: Int, column: Int, text: String)

    /// The entries without the list at the end and without the links' numbers; the entries as they
    /// are when the text ends with no such list.
    static func removing(_ entries: [Entry], in source: SourceText) -> [Entry] {
        guard mayHold(source.bytes), let (from, count) = list(entries) else { return entries }
        var out = Array(entries[..<from])
        for (k, cuts) in numbers(out, count: count) { out[k].text = cutting(out[k].text, cuts) }
        return out
    }

    private static let heading = Array("References".utf8)

    /// Whether the bytes hold the list's heading at a line's start (a cheap test before any line is read).
    static func mayHold(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { hay in
            heading.withUnsafeBufferPointer { needle in
                var from = 0
                while from < hay.count, let at = Bytes.search(UnsafeBufferPointer(rebasing: hay[from...]), needle) {
                    if from + at == 0 || hay[from + at - 1] == 0x0A { return true }
                    from += at + 1
                }
                return false
            }
        }
    }

    /// Where the list at the end starts (its `References` line) and how many links the text shows
    /// numbered (those before `Hidden links:`, which lynx and elinks list without a number in the
    /// text). The list's lines are `N. target` (a URL, a file, `mailto:` …), numbered from 1, and
    /// elinks's `Visible links` heading.
    static func list(_ entries: [Entry]) -> (from: Int, count: Int)? {
        var k = entries.count - 1
        var numbered: [Int] = []  // the list's numbers, last first
        var visible = 0
        while k >= 0 {
            let t = entries[k].text.trimmed()
            if t.isEmpty || t == "Visible links" || t == "Visible links:" { k -= 1; continue }
            if t == "Hidden links:" { visible = numbered.count; k -= 1; continue }
            guard let n = target(t) else { break }
            numbered.append(n)
            k -= 1
        }
        guard k >= 0, entries[k].text.trimmed() == "References", !numbered.isEmpty else { return nil }
        // The visible links' numbers run 1, 2, 3 … down the list.
        let shown = Array(numbered.suffix(numbered.count - visible).reversed())
        guard shown.enumerated().allSatisfy({ $0.offset + 1 == $0.element }) else { return nil }
        return (k, shown.count)
    }

    /// The number of a list's line `N. target`, whose target names its scheme (`https://…`,
    /// `file:///…`, `mailto:…`); nil for any other line.
    private static func target(_ t: String) -> Int? {
        let b = Array(t.utf8)
        var i = 0
        while i < b.count, Bytes.isDigit(b[i]) { i += 1 }
        guard i > 0, i <= 5, i + 2 < b.count, b[i] == UInt8(ascii: "."), b[i + 1] == Bytes.space else { return nil }
        // A scheme: letters, then `:` before any space.
        var s = i + 2
        while s < b.count, Bytes.isASCIILower(b[s]) || Bytes.isASCIIUpper(b[s]) { s += 1 }
        guard s > i + 2, s < b.count, b[s] == UInt8(ascii: ":"), !b[s...].contains(Bytes.space) else { return nil }
        return Int(String(decoding: b[..<i], as: UTF8.self))
    }

    /// The byte ranges of the links' numbers, by entry. Each number from 1 to `count` is taken where
    /// it first stands after the one before it, in reading order (a note's own mark `[1]` after its
    /// link's `[1]` stays); a number not found there (a table's cells side by side put a later
    /// link's line first) is taken where it first stands.
    static func numbers(_ entries: [Entry], count: Int) -> [Int: [Range<Int>]] {
        // Every `[n]` with n from 1 to count, in reading order: (entry, range, n).
        var found: [(entry: Int, range: Range<Int>, n: Int)] = []
        for (k, e) in entries.enumerated() where e.text.utf8.contains(UInt8(ascii: "[")) {
            let b = Array(e.text.utf8)
            var i = 0
            while i < b.count {
                defer { i += 1 }
                guard b[i] == UInt8(ascii: "["), i + 2 < b.count, b[i + 1] != UInt8(ascii: "0"), Bytes.isDigit(b[i + 1]) else { continue }
                var j = i + 1, n = 0
                while j < b.count, Bytes.isDigit(b[j]), j - i <= 5 { n = n * 10 + Int(b[j] - 0x30); j += 1 }
                guard j < b.count, b[j] == UInt8(ascii: "]"), n <= count else { continue }
                found.append((k, i..<(j + 1), n))
            }
        }
        // Each number's places in `found`, in reading order (one or two, as a rule: the walk is linear).
        var places: [Int: [Int]] = [:]
        for (at, f) in found.enumerated() { places[f.n, default: []].append(at) }
        var taken = [Bool](repeating: false, count: found.count)
        var last = -1  // the place in `found` of the number taken last
        for n in 1...max(1, count) {
            guard let own = places[n] else { continue }
            guard let at = own.first(where: { $0 > last && !taken[$0] }) ?? own.first(where: { !taken[$0] }) else { continue }
            taken[at] = true
            last = at
        }
        var out: [Int: [Range<Int>]] = [:]
        for (at, f) in found.enumerated() where taken[at] { out[f.entry, default: []].append(f.range) }
        return out
    }

    /// The text without the `cuts`, each one's width given back as spaces at the end of the word it
    /// opened or stood in, so that the words after it keep their columns (a table laid out in
    /// columns is read by where its words stand).
    static func cutting(_ text: String, _ cuts: [Range<Int>]) -> String {
        let b = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var pad = 0, i = 0
        var cutsLeft = cuts.sorted { $0.lowerBound < $1.lowerBound }[...]
        while i < b.count {
            if let cut = cutsLeft.first, cut.lowerBound == i {
                pad += cut.count
                i = cut.upperBound
                cutsLeft = cutsLeft.dropFirst()
                continue
            }
            if b[i] == Bytes.space, pad > 0 {
                out += [UInt8](repeating: Bytes.space, count: pad)
                pad = 0
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
