import VanBanModel

/// Builds the body tree from markers and paragraphs with a stack of open nodes: a node becomes the
/// child of the nearest open node of lower rank (part < chapter < section < … < dash < plus).
struct TreeBuilder {
    private var stack: [Node] = []
    private var ranks: [Int] = []
    private var roots: [Node] = []
    /// A `Chương I` or `Điều 1.` printed without text: its heading is the next paragraph.
    private var awaitingHeading = false

    var isEmpty: Bool { roots.isEmpty && stack.isEmpty }

    /// The open node still waits for its text: a heading printed apart, or an article with nothing
    /// under its heading yet (`Điều 5. Hiệu lực thi hành`, whose paragraph comes next).
    var awaitsContent: Bool {
        awaitingHeading || stack.last.map { $0.kind == .article && $0.paragraphs.isEmpty && $0.children.isEmpty } == true
    }

    /// The open item is complete on its own line, a sentence with nothing under it (`2. Ủy ban nhân
    /// dân các huyện … tăng cường kiểm tra …`), and no article is open: a request after it that ends
    /// the content (`Đề nghị các cơ quan … thực hiện./.`) is the letter's, not the item's.
    var openItemIsSentence: Bool { completeOpenHeading != nil }

    /// The open item is a field already filled on its own line (`4. Địa điểm: Phòng họp tầng 3, trụ
    /// sở Ủy ban nhân dân tỉnh.`), as a Giấy mời (invitation) lists them: whatever ends the content
    /// after it is the letter's.
    var openItemIsFilledField: Bool {
        guard let h = completeOpenHeading, let colon = h.firstIndex(of: UInt8(ascii: ":")) else { return false }
        // A short label (`Thời gian`, `Thành phần mời`), then the value.
        let label = h[..<colon], value = h[h.index(after: colon)...]
        return label.count <= 32 && label.filter({ $0 == Bytes.space }).count <= 3 && value.count > 4
    }

    private var completeOpenHeading: String.UTF8View? {
        guard let top = stack.last, top.paragraphs.isEmpty, top.children.isEmpty, top.heading.utf8.last == UInt8(ascii: "."),
              !stack.contains(where: { $0.kind == .article }) else { return nil }
        return top.heading.utf8
    }

    mutating func add(_ marker: Marker, label: String, heading: String, line: Int, column: Int) {
        let rank = rank(of: marker)
        while let r = ranks.last, r >= rank { pop() }
        var node = Node(kind: marker.kind, label: label, heading: heading, line: line, column: column)
        node.parenthesized = marker.parenthesized
        stack.append(consume node)
        ranks.append(rank)
        switch marker.kind {
        case .part, .chapter, .section, .subsection, .article: awaitingHeading = heading.isEmpty
        default: awaitingHeading = false
        }
    }

    /// A marker's rank here. Clauses numbered `1)` stand where the first of them did: a level below
    /// the clause `2.` or the point `a)` open above it (`2. Chương trình` / `1) Phần lễ …`), or as
    /// clauses where neither is open.
    private func rank(of marker: Marker) -> Int {
        guard marker.kind == .clause, marker.parenthesized else { return marker.rank }
        if let k = stack.lastIndex(where: { $0.kind == .clause && $0.parenthesized }) { return ranks[k] }
        if let k = stack.lastIndex(where: { $0.kind == .clause || $0.kind == .point }) { return ranks[k] + 5 }
        return marker.rank
    }

    /// An unnumbered paragraph: a further paragraph of the open node, or a `paragraph` node when the
    /// open node already has children.
    mutating func addParagraph(_ text: String, line: Int, column: Int) {
        if awaitingHeading, !stack.isEmpty {
            stack[stack.count - 1].heading = text
            awaitingHeading = false
            return
        }
        while let top = stack.last, top.kind == .dash || top.kind == .plus { pop() }
        if let top = stack.last, top.children.isEmpty {
            stack[stack.count - 1].paragraphs.append(text)
            return
        }
        stack.append(Node(kind: .paragraph, label: nil, heading: text, line: line, column: column))
        ranks.append(70)
    }

    mutating func finish() -> [Node] {
        while !stack.isEmpty { pop() }
        awaitingHeading = false
        let out = roots
        roots = []
        return out
    }

    private mutating func pop() {
        let node = stack.removeLast()
        ranks.removeLast()
        if stack.isEmpty { roots.append(consume node) } else { stack[stack.count - 1].children.append(consume node) }
    }
}
