import Testing
@testable import VanBanMarkup
import VanBanSyntax
import VanBanTestSupport

/// A page text's white space folded: the block-at-a-time copy agrees with the rule.
@Suite struct CollapseTests {
    /// The rule, on scalars: zero-width spaces dropped, runs of white space (U+00A0 included) one
    /// space, none at the ends.
    static func rule(_ b: [UInt8]) -> [UInt8] {
        let text = String(decoding: b, as: UTF8.self).unicodeScalars.filter { $0 != "\u{200B}" }
        var out = "", pending = false
        for c in text {
            if [" ", "\n", "\r", "\t", "\u{0C}", "\u{A0}"].contains(c) { pending = !out.isEmpty; continue }
            if pending { out += " "; pending = false }
            out.unicodeScalars.append(c)
        }
        return Array(out.utf8)
    }

    static func collapsed(_ b: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: b.count)
        let n = b.withUnsafeBufferPointer { src in out.withUnsafeMutableBufferPointer { collapseWhitespace(src, into: $0) } }
        return Array(out[..<n])
    }

    /// Texts built from pieces that put every kind of white space, a no-break and a zero-width
    /// space, other E2 and C2 letters, and runs of plain words at every place of a block.
    @Test func collapseAgreesWithTheRule() {
        var texts = PieceTexts(["a", "ư", "Kế", " ", "  ", "\n", "\t", "\u{A0}", "\u{200B}", "“", "§", "hoạch", "abcdefgh"], seed: 2021)
        var differing = 0
        for _ in 0..<20_000 {
            let b = texts.text(maxPieces: 24)
            if Self.collapsed(b) != Self.rule(b) { differing += 1 }
        }
        #expect(differing == 0)
        // Long plain runs, each length and start, where the block copy does the work.
        // (Cut where a scalar starts, so that each piece is valid UTF-8.)
        let words = Array("Ủy ban nhân dân tỉnh  ban hành kế hoạch\ntriển khai".utf8)
        let starts = words.indices.filter { words[$0] & 0xC0 != 0x80 } + [words.count]
        for start in starts {
            for end in starts where end >= start {
                let b = Array(words[start..<end])
                #expect(Self.collapsed(b) == Self.rule(b))
            }
        }
    }

    /// A page line's visible text, made sixteen bytes at a time where it can be, agrees with the
    /// byte-by-byte reading under the page's rules: tags, references, white space and words at
    /// every place of a block.
    @Test func pageLineProjectionAgreesWithTheByteReading() {
        var texts = PieceTexts(["<p class=\"x\">", "</td>", "<br/>", "&amp;", "&#7871;", "&nbsp;", " ", "  ", "\n", "\u{A0}", "\u{200B}", "“", "*", "_",
                                "Kế hoạch", "abcdefghijklmnop", "Ủy ban nhân dân tỉnh", "<!-- a -->"], seed: 7)
        var differing = 0
        for _ in 0..<20_000 {
            let b = texts.text(maxPieces: 20)
            if b.withUnsafeBufferPointer({ HTMLColumns.project($0) }) != visibleBytesOneByOne(b, HTMLColumns.self) { differing += 1 }
        }
        #expect(differing == 0)
    }
}

/// A table's columns as its header's lowest row names them, where rows lay their cells over another
/// grid (`HeaderColumns`).
@Suite struct HeaderColumnsTests {
    /// Cells as their texts; slots named by run (a letter per cell).
    static func read(_ rows: [String], headerRows: Int = 2) -> [[String]] {
        let grid = rows.map { $0.split(separator: " ").map(String.init) }
        let slots = grid.map { row in row.map { Int($0.unicodeScalars.first!.value) } }
        return HeaderColumns.reading(grid.map { $0.map { String($0.prefix(1)) } }, slots: slots, headerRows: headerRows)
    }

    @Test func rowsReadUnderTheHeadersCells() {
        // Header: A over three groups, B C C C C C D D D under it (one, five and three grid columns).
        let rows = ["S A A A A A A A A A", "S B C C C C C D D D", "1 x y y y y y z z z", "2 x x y y y y y y z", "3 x x x y y y z z z",
                    "4 w w w w w w w w w", "5 x x x x x y y y z"]
        #expect(Self.read(rows) == [["S", "A", "A", "A"], ["S", "B", "C", "D"], ["1", "x", "y", "z"], ["2", "x", "y", "z"],
                                    ["3", "x", "y", "z"], ["4", "w", "w", "w"], ["5", "x", "y", "z"]])
        // Two cells where the header has three: each column takes the cell covering most of it.
        #expect(Self.read(["S A A A A", "S B C C D", "1 x x x y"]) == [["S", "A", "A", "A"], ["S", "B", "C", "D"], ["1", "x", "x", "y"]])
        // As many cells as columns, but one not over its column's grid columns: by the grid, each
        // column the cell covering most of it, the leftmost of equals.
        #expect(Self.read(["S A A A A", "S B B C D", "1 x y z z"]) == [["S", "A", "A", "A"], ["S", "B", "C", "D"], ["1", "x", "z", "z"]])
    }

    @Test func aHeaderOverItsOwnGridLeavesTheRows() {
        let rows = ["S A A", "S B C", "1 x y", "2 w w"]
        #expect(Self.read(rows) == rows.map { $0.split(separator: " ").map { String($0.prefix(1)) } })
        #expect(Self.read(["S A", "1 x"], headerRows: 2) == [["S", "A"], ["1", "x"]])
    }
}
