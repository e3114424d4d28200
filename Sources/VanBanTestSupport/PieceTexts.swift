import VanBanSyntax

/// Texts made of pieces picked at random from a fixed seed (every run alike), for the tests that
/// hold a block-at-a-time pass to its byte-by-byte rule.
package struct PieceTexts {
    private let pieces: [[UInt8]]
    private var state: UInt64

    package init(_ pieces: [String], seed: UInt64) {
        self.pieces = pieces.map { Array($0.utf8) }
        state = seed
    }

    private mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }

    /// A text of fewer than `maxPieces` pieces.
    package mutating func text(maxPieces: Int) -> [UInt8] {
        var b: [UInt8] = []
        for _ in 0..<(next() % maxPieces) { b += pieces[next() % pieces.count] }
        return b
    }
}

/// A line's visible bytes as `VisibleBytes` hands them out, one at a time.
package func visibleBytesOneByOne<Rules: LineMarkupRules>(_ b: [UInt8], _ rules: Rules.Type) -> [UInt8] {
    b.withUnsafeBufferPointer { p in
        var v = VisibleColumns<Rules>.VisibleBytes(p)
        var out: [UInt8] = []
        while let (c, _) = v.next() { out.append(c) }
        return out
    }
}
