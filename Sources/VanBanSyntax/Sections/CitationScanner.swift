import VanBanModel

/// Finds the documents a text cites: `Nghị quyết số 98/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ`,
/// `Thông tư 05/2022/TT-BNNPTNT`, and laws by name and date (`Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`).
///
/// The scan is anchored on digits (numbers) and on the capital `L`/`P`/`H`/`B` of law names, so most
/// bytes are looked at once.
struct CitationScanner {
    private(set) var citations: [Citation] = []
    private var indexByKey: [String: Int] = [:]
    /// The numbered citation just read in this paragraph: where it ends, and its type (a second
    /// number after `và` shares it: `các Nghị định số 15/2018/NĐ-CP và 43/2017/NĐ-CP`); its key and
    /// number, and whether it named its issuer (the next one's issuer may be its too).
    private var previous: (end: Int, kind: DocumentTypes.Kind, key: String, number: String, named: Bool)?
    /// The footnote marks met in the text scanned (`NoteMarks`).
    private(set) var marks: [NoteMark] = []

    /// A consolidated text (văn bản hợp nhất), cited as the documents it consolidates are
    /// (`Văn bản hợp nhất số 08/VBHN-VPQH ngày …`); no type line names it.
    static let consolidated = DocumentTypes.Kind(name: "Văn bản hợp nhất", code: DocumentNumber.consolidatedCode, normative: true)

    /// A document cited by the generic word (`Văn bản số 1234/UBND-KT`, most often a Công văn): the
    /// type its number's code names, if any, else `Văn bản`.
    static let generic = DocumentTypes.Kind(name: "Văn bản", code: nil, normative: false)

    /// Each type's name as written in citations: upper case, lower case, sentence case.
    /// (Names are in sentence case: only the first letter changes for the lower-case form.)
    static let typeNames: [(key: [UInt8], lower: [UInt8], name: [UInt8], kind: DocumentTypes.Kind)] = (DocumentTypes.all + [consolidated, generic]).map {
        (Case.upperUTF8($0.name), Case.lowerFirstUTF8($0.name), Array($0.name.utf8), $0)
    }
    /// Every spelling of each type's name, in the order of `typeNames`: its three cases, then each
    /// in the older tone placement where that differs (`Giấy uỷ quyền`, `Bản thoả thuận`).
    private static let forms: [(bytes: [UInt8], kind: DocumentTypes.Kind)] = {
        var out: [(bytes: [UInt8], kind: DocumentTypes.Kind)] = []
        out.reserveCapacity(typeNames.count * 6)
        for n in typeNames {
            let three = [n.key, n.lower, n.name]
            for f in three { out.append((bytes: f, kind: n.kind)) }
            for f in three.map(TonePlacement.older) where !three.contains(f) { out.append((bytes: f, kind: n.kind)) }
        }
        return out
    }()

    /// The type-name forms that start with each byte, in the order of `forms` (so the first of
    /// equally long names still wins): the window search tries only these.
    private static let formsByFirstByte: [[(bytes: [UInt8], kind: DocumentTypes.Kind)]] = {
        var t = [[(bytes: [UInt8], kind: DocumentTypes.Kind)]](repeating: [], count: 256)
        for f in forms { t[Int(f.bytes[0])].append(f) }
        return t
    }()

    /// Bytes a type name can start with, in any of its forms.
    private static let typeFirstBytes = Bytes.table(forms.map { $0.bytes[0] })
    private static let so: [[UInt8]] = ["số", "Số", "SỐ"].map { Array($0.utf8) }
    private static let cuaSpaced = Array(" của ".utf8)
    private static let banHanh = Array(" ban hành ".utf8)
    private static let theoDeNghi = Array("Theo đề nghị".utf8), xetDeNghi = Array("Xét đề nghị".utf8)
    /// Whether a citation's first word may start at `i` (> 0): after a space, a tab or a no-break space
    /// (a list's number before it, `1.<tab>Luật số …`), an opening bracket, or a list's number whose
    /// space was typed away (`1.Quyết định số …`, `a)Luật …`).
    @inline(__always) private static func opensWord<B: RandomAccessCollection<UInt8>>(_ b: B, before i: Int) -> Bool where B.Index == Int {
        let c = b[i - 1]
        return c == Bytes.space || c == 0x09 || c == UInt8(ascii: "(") || c == 0xA0 && i >= 2 && b[i - 2] == 0xC2
            || (c == UInt8(ascii: ".") || c == UInt8(ascii: ")")) && i >= 2 && (Bytes.isDigit(b[i - 2]) || Bytes.isASCIILower(b[i - 2]))
    }

    private static let nay = Array("này".utf8)
    private static let namSpaced = Array("năm ".utf8)
    private static let nuocCongHoa = ["nước Cộng hòa", "nước Cộng hoà"].map { Array($0.utf8) }
    private static let cua: [[UInt8]] = ["của", "CỦA"].map { Array($0.utf8) }
    private static let lawWords: [(word: [UInt8], name: String)] = [
        ("Bộ luật", "Bộ luật"), ("Luật", "Luật"), ("Pháp lệnh", "Pháp lệnh"), ("Hiến pháp", "Hiến pháp"),
        ("BỘ LUẬT", "Bộ luật"), ("LUẬT", "Luật"), ("PHÁP LỆNH", "Pháp lệnh"), ("HIẾN PHÁP", "Hiến pháp"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The citing document's own year, once its header gives it: a cited date written with a
    /// two-digit year (`Công văn số 123/UBND ngày 03/03/19`) is of that year or before it.
    var citingYear: Int?

    /// Scans one paragraph.
    mutating func scan(_ block: TextBlock) {
        // The bytes copied into one buffer kept from paragraph to paragraph (a table's cells are
        // many and short: an allocation each had cost more than their scan).
        scratch.removeAll(keepingCapacity: true)
        scratch.appendUTF8(of: block.text)
        scan(block, bytes: scratch)
    }

    /// Scans every paragraph of a table's cells. (The loop is here, not the caller's: called from
    /// the section parser once a paragraph, the scanner's state was copied in and out each time.)
    mutating func scan(cellsOf t: RawTable) {
        // Row by row, in place (`t.cells` would copy every cell into a flattened array first).
        for r in t.rows.indices {
            for c in t.rows[r].indices {
                for k in t.rows[r][c].paragraphs.indices {
                    // Most cells have no place the scan looks at: told from the paragraph's bytes where
                    // they are, and only then copied out for the scan (a skipped one only clears what
                    // the last one left).
                    let text = t.rows[r][c].paragraphs[k].text
                    if text.utf8.withContiguousStorageIfAvailable(Self.mayCite) ?? Self.mayCite(Array(text.utf8)) {
                        scratch.removeAll(keepingCapacity: true)
                        scratch.appendUTF8(of: text)
                        scan(t.rows[r][c].paragraphs[k], bytes: scratch)
                    } else if case .some = previous {
                        previous = nil
                    }
                }
            }
        }
    }

    /// Whether `scan(_:bytes:)` has a place to look at in `b`: one of its opening bytes where a
    /// citation's first word or a footnote mark's digits can start (the scan's own two tests).
    static func mayCite(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer(mayCite) }

    static func mayCite(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = nextOpening(b, from: 0)
        while i < b.count {
            if opensCitationWord(b, at: i) || opensMarkDigits(b, at: i) { return true }
            i = nextOpening(b, from: i + 1)
        }
        return false
    }

    /// Whether a citation's first word may start at `i`: the text's start, or `opensWord`.
    @inline(__always) private static func opensCitationWord<B: RandomAccessCollection<UInt8>>(_ b: B, at i: Int) -> Bool where B.Index == Int {
        i == 0 || opensWord(b, before: i)
    }

    /// Whether a footnote mark's digits may start at `i`: a digit after `[`.
    @inline(__always) private static func opensMarkDigits<B: RandomAccessCollection<UInt8>>(_ b: B, at i: Int) -> Bool where B.Index == Int {
        i > 0 && Bytes.isDigit(b[i]) && b[i - 1] == UInt8(ascii: "[")
    }

    /// `scan(_:)`'s buffer.
    private var scratch: [UInt8] = []

    /// Scans one paragraph whose UTF-8 bytes the caller already holds.
    /// - Parameter takingMarks: whether its footnote marks are the text's (a note's own are not).
    mutating func scan(_ block: TextBlock, bytes b: [UInt8], takingMarks: Bool = true) {
        let n = b.count
        var i = 0
        // (Cleared only when set: assigning nil to the optional tuple calls its destroy through the
        // type's metadata, at every paragraph and cell.)
        if case .some = previous { previous = nil }
        while i < n {
            // Only a digit or L, P, H, B can open a citation: skip to the next one, then test the word start.
            i = b.withUnsafeBufferPointer { Self.nextOpening($0, from: i) }
            guard i < n else { break }
            let digit = Bytes.isDigit(b[i])
            // A footnote mark (`chi[2]`), found on the way: its digits follow a bracket.
            if Self.opensMarkDigits(b, at: i), takingMarks, let m = NoteMarks.mark(b, at: i - 1) {
                marks.append(NoteMark(mark: m, position: block.position(at: i - 1)))
            }
            if Self.opensCitationWord(b, at: i),
               let found = digit ? numbered(b, at: i, block: block) : law(b, at: i, block: block) {
                i = max(found, i + 1)
                continue
            }
            i += 1
        }
    }

    /// Whether a citation can open with `c`: a digit (`số 12/KH-UBND`), or the L, P, H, B of
    /// `Luật`, `Pháp lệnh`, `Hiến pháp`, `Bộ luật`.
    static func opensCitation(_ c: UInt8) -> Bool {
        Bytes.isDigit(c) || c == 0x4C || c == 0x50 || c == 0x48 || c == 0x42
    }

    /// The first byte at or after `from` that `opensCitation` holds for (the count where none
    /// does): sixteen bytes at a time, each test one vector comparison.
    static func nextOpening(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = p.count
        var k = from
        if let base = UnsafeRawPointer(p.baseAddress) {
            typealias V = SIMD16<UInt8>
            while k + 16 <= n {
                let v = base.loadUnaligned(fromByteOffset: k, as: V.self)
                let hits = (v &- V(repeating: 0x30) .< V(repeating: 10)) .| (v .== V(repeating: 0x4C)) .| (v .== V(repeating: 0x50))
                    .| (v .== V(repeating: 0x48)) .| (v .== V(repeating: 0x42))
                if VectorMasks.any16(hits) { return k + VectorMasks.bits16(hits).trailingZeroBitCount }
                k += 16
            }
        }
        while k < n, !opensCitation(p[k]) { k += 1 }
        return k
    }

    /// Drops citations of the document itself, and folds each law cited by name and year into the
    /// same law cited by number.
    mutating func finish(excluding own: String?) -> [Citation] {
        foldLawsByYear()
        guard let own else { return citations }
        let key = own.uppercased()
        return citations.filter { $0.number?.uppercased() != key }
    }

    /// `Luật Đất đai năm 2024` is the `Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024` cited
    /// elsewhere in the text: one citation, in the place of the first mention of either, with the
    /// numbered one's text, number, date and issuer.
    private mutating func foldLawsByYear() {
        var drop = Set<Int>()
        for n in citations.indices {
            guard let number = citations[n].number, let name = citations[n].name,
                  let year = citations[n].date.map({ String($0.prefix(4)) }) ?? Self.numberYear(number),
                  let y = indexByKey["L|" + name.matchKey + "|" + year], y != n, citations[y].number == nil, !drop.contains(y)
            else { continue }
            var merged = citations[n]
            merged.lines = Array(Set(merged.lines + citations[y].lines)).sorted()
            merged.mentions = (merged.mentions + citations[y].mentions).sorted {
                ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column)
            }
            let (keep, gone) = y < n ? (y, n) : (n, y)
            citations[keep] = merged
            drop.insert(gone)
        }
        guard !drop.isEmpty else { return }
        citations = citations.indices.filter { !drop.contains($0) }.map { citations[$0] }
        indexByKey = [:]  // the indices moved; nothing is recorded after the fold
    }

    /// The year within a law's number (`31/2024/QH15` → `2024`).
    private static func numberYear(_ number: String) -> String? {
        let parts = number.split(separator: "/")
        guard parts.count >= 3, parts[1].utf8.count == 4, parts[1].utf8.allSatisfy(Bytes.isDigit) else { return nil }
        return String(parts[1])
    }

    // MARK: - Numbered citations

    private mutating func numbered(_ b: [UInt8], at i: Int, block: TextBlock) -> Int? {
        guard let (number, numberEnd) = DocumentNumber.read(b, at: i) else { return nil }
        // What stands before the number: "… số", or the type word itself.
        var j = i
        while j > 0, b[j - 1] == Bytes.space { j -= 1 }
        var typeEnd = j
        var sawSo = false
        if let w = Self.so.first(where: { Bytes.hasSuffix(b, 0, j, $0) }) {
            sawSo = true
            typeEnd = j - w.count
        }
        var kind: DocumentTypes.Kind?
        var typeStart = typeEnd
        // The type word within a few words before "số" ("Kế hoạch hành động số 202/KH-UBND").
        var best: (start: Int, len: Int, kind: DocumentTypes.Kind)?
        if !sawSo {
            // "Thông tư 05/2022/TT-BNNPTNT": the type word right before the number.
            for f in Self.forms {
                let bytes = f.bytes
                guard Bytes.hasSuffix(b, 0, j, bytes) else { continue }
                let start = j - bytes.count
                let boundary = start == 0 || Self.opensWord(b, before: start)
                if boundary, best == nil || bytes.count > best!.len { best = (start, bytes.count, f.kind) }
            }
        }
        let windowStart = sawSo ? max(0, typeEnd - 48) : typeEnd + 1
        // The type the number's code names (`TB` in `21/TB-VPCP`): a type word of another kind
        // nearer the number gives way to one of this kind before it (`Thông báo kết luận số
        // 21/TB-VPCP` is a Thông báo).
        var nearest: (start: Int, len: Int, kind: DocumentTypes.Kind)?
        // The `luật` of `pháp luật` (`văn bản quy phạm pháp luật số 12/2020/NĐ-CP`) is no type word
        // when the number's code names the type.
        let codeNamesType = sawSo && Self.codedKind(number) != nil
        var k = typeEnd
        while k >= windowStart {
            if k == 0 || Self.opensWord(b, before: k), k < typeEnd, Self.typeFirstBytes[Int(b[k])] {
                // A name's three forms have one byte length (case keeps Vietnamese letters' length).
                for form in Self.formsByFirstByte[Int(b[k])] where Bytes.hasPrefix(b, k, typeEnd, form.bytes)
                    && !(codeNamesType && form.bytes == Self.luat && Bytes.hasSuffix(b, 0, k, Self.phap)) {
                    if best == nil || form.bytes.count > best!.len && best!.start == k {
                        best = (k, form.bytes.count, form.kind)
                    }
                }
                if best != nil, best!.start == k {
                    // Only words between the type and "số", not a clause: no punctuation in between.
                    let between = b[(k + best!.len)..<typeEnd]
                    if between.contains(UInt8(ascii: ",")) || between.contains(UInt8(ascii: ";")) || between.contains(UInt8(ascii: ".")) {
                        best = nil
                        break
                    }
                    guard sawSo, !Self.numberNamesCode(number, best!.kind.code), let coded = Self.codedKind(number),
                          best!.kind.name != coded.name else { break }
                    if nearest == nil { nearest = best }
                    best = nil
                }
            }
            k -= 1
        }
        if best == nil { best = nearest }
        // A type word the number before holds is that number's (`Công văn số 112/UBND-NV và số
        // 08/KH-UBND`: the second is known by its code, or shares the first's type).
        if let found = best, let prev = previous, found.start < prev.end { best = nil }
        var shared = false
        // A list's lead-in (`các văn bản của Bộ Tài chính: …; số …`), looked for once, where asked.
        var lead: (clause: Int, colon: Int, kind: DocumentTypes.Kind?)?
        var leadSought = false
        func leadIn() -> (clause: Int, colon: Int, kind: DocumentTypes.Kind?)? {
            if !leadSought { lead = listLeadIn(b, before: typeEnd); leadSought = true }
            return lead
        }
        if let best {
            kind = best.kind
            typeStart = best.start
        } else if sawSo, let coded = Self.codedKind(number) {
            kind = coded
            typeStart = typeEnd + (typeEnd < j ? 0 : 0)
        } else if let prev = previous, Self.joinsNumbers(b, from: prev.end, to: i),
                  Self.codedKind(number).map({ $0.name == prev.kind.name }) ?? true {
            kind = prev.kind
            typeStart = i
            shared = true
        } else if sawSo, let named = leadIn()?.kind {
            // `các văn bản của Bộ Tài chính: …; số 56/BTC-HCSN …`: the type the lead-in names.
            kind = named
            typeStart = typeEnd
        }
        guard var kind else { return nil }
        if !sawSo, best == nil, !shared { return nil }
        if kind.name == Self.generic.name, let coded = Self.codedKind(number) { kind = coded }
        var end = numberEnd
        var date: String?
        var issuer: String?
        var p = skipSpaces(b, numberEnd)
        if p < b.count, b[p] == UInt8(ascii: ",") { p = skipSpaces(b, p + 1) }
        if let (iso, after) = VietnameseDate.read(b, at: p, requireNgay: true, latestYear: citingYear) ?? amendingLawDate(b, kind: kind, at: p) {
            date = iso
            end = after
            p = skipSpaces(b, after)
        }
        if let (name, after) = issuerAfter(b, at: p) {
            issuer = name
            end = after
        } else if date == nil, let k = Bytes.find(b, Self.cuaSpaced, from: p, to: min(b.count, p + 40)),
                  let (name, _) = issuerAfter(b, at: k + 1) {
            // A garbled date ("ngày 16/7/20 21") between the number and "của …".
            issuer = name
        } else if sawSo, let found = leadIn(), let name = listIssuer(b, lead: found, kind: kind) {
            issuer = name
        }
        let text = String(decoding: b[typeStart..<end], as: UTF8.self)
        var c = Citation(text: text, type: kind.name, number: number, date: date, issuer: issuer, name: lawName(b, kind, from: typeStart, to: typeEnd),
                         lines: [block.line(at: i)])
        // The issuer is named just before ("chỉ đạo của Thủ tướng Chính phủ tại công văn số …"), or
        // is the subject that issued it ("Ủy ban nhân dân huyện đã ban hành Kế hoạch số …").
        let implied = Bytes.hasPrefix(b, 0, b.count, Self.theoDeNghi) || Bytes.hasPrefix(b, 0, b.count, Self.xetDeNghi)
            || Bytes.find(b, Self.cua[0], from: max(0, typeStart - 120), to: typeStart) != nil
            || typeStart >= Self.banHanh.count && Bytes.hasPrefix(b, typeStart - Self.banHanh.count, typeStart, Self.banHanh)
        c.mentions = [Citation.Mention(position: block.position(at: typeStart), type: kind.name, date: date, issuer: issuer, issuerImplied: implied)]
        let key = "N|" + number.uppercased()
        record(c, key: key)
        if let issuer, let prev = previous, !prev.named, Self.joinsNumbers(b, from: prev.end, to: typeStart),
           Self.sameIssuerCode(prev.number, number), let k = indexByKey[prev.key], citations[k].issuer == nil {
            // `Kế hoạch số 45/KH-UBND ngày … và Công văn số 567/UBND-VP ngày … của UBND tỉnh`: the
            // issuer named after the last is every one's, where their numbers' codes agree.
            citations[k].issuer = issuer
            if !citations[k].mentions.isEmpty { citations[k].mentions[citations[k].mentions.count - 1].issuer = issuer }
        }
        previous = (end, kind, key, number, issuer != nil)
        return end
    }

    /// The issuer a list's lead-in (`listLeadIn`) names for all its numbers: `các Nghị định của Chính
    /// phủ: số 15/2021/NĐ-CP …; số 10/2021/NĐ-CP …`, when it holds the type's name (or `văn bản`)
    /// and `của`.
    private func listIssuer(_ b: [UInt8], lead: (clause: Int, colon: Int, kind: DocumentTypes.Kind?), kind: DocumentTypes.Kind) -> String? {
        let name = Array(kind.name.lowercased().utf8), upper = Array(kind.name.utf8)
        guard Bytes.find(b, name, from: lead.clause, to: lead.colon) != nil || Bytes.find(b, upper, from: lead.clause, to: lead.colon) != nil
                || Bytes.find(b, Self.vanBan, from: lead.clause, to: lead.colon) != nil,
              let k = Bytes.find(b, Self.cuaSpaced, from: lead.clause, to: lead.colon) else { return nil }
        return issuerAfter(b, at: k + 1)?.0
    }
    private static let vanBan = Array("văn bản".utf8)

    /// A list's lead-in before `start`: the clause (from the last `;` or the paragraph's start) up
    /// to the nearest colon, with no colon or sentence's end after it, and the first type it names
    /// (`các văn bản` names the generic type).
    private func listLeadIn(_ b: [UInt8], before start: Int) -> (clause: Int, colon: Int, kind: DocumentTypes.Kind?)? {
        var colon = start
        while colon > 0, start - colon < 600, b[colon - 1] != UInt8(ascii: ":") {
            colon -= 1
            if b[colon] == UInt8(ascii: "."), colon + 1 < b.count, b[colon + 1] == Bytes.space { return nil }
        }
        guard colon > 0, b[colon - 1] == UInt8(ascii: ":") else { return nil }
        var clause = colon - 1
        while clause > 0, b[clause - 1] != UInt8(ascii: ";") { clause -= 1 }
        var kind: DocumentTypes.Kind?
        var k = clause
        while k < colon, kind == nil {
            if k == clause || Self.opensWord(b, before: k), Self.typeFirstBytes[Int(b[k])] {
                kind = Self.formsByFirstByte[Int(b[k])].first { Bytes.hasPrefix(b, k, colon, $0.bytes) }?.kind
            }
            k += 1
        }
        return (clause, colon, kind)
    }

    /// A law's or ordinance's name before its number (`Luật Nhà ở` in `Luật Nhà ở số 27/2023/QH15`):
    /// the type word and the capitalized words after it, up to `số`. None when the clause amends
    /// (`Luật sửa đổi, bổ sung … của Luật Thống kê số 01/2021/QH15`: the number is the amending law's).
    private func lawName(_ b: [UInt8], _ kind: DocumentTypes.Kind, from start: Int, to end: Int) -> String? {
        guard Self.lawWords.contains(where: { $0.name.sameBytes(kind.name) }), Bytes.hasPrefix(b, start, end, Array(kind.name.utf8)) else { return nil }
        var clause = start
        while clause > 0, b[clause - 1] != UInt8(ascii: ";") { clause -= 1 }
        if Bytes.find(b, Self.suaDoi, from: clause, to: start) != nil { return nil }
        var e = end
        while e > start, b[e - 1] == Bytes.space { e -= 1 }
        let after = start + kind.name.utf8.count + 1
        guard after < e, b[after - 1] == Bytes.space, Case.startsLower(b, after, e) == false else { return nil }
        return String(decoding: b[start..<e], as: UTF8.self)
    }

    /// The type a number's code names (`TB` in `21/TB-VPCP`: Thông báo), if any.
    private static func codedKind(_ number: String) -> DocumentTypes.Kind? {
        DocumentNumber.parts(number)?.typeCode.flatMap(DocumentTypes.kind(code:))
    }

    /// Whether one of a number's segments between `/` and `-` is the code given (`TB` in `21/TB-VPCP`,
    /// `QĐ` in `12/2020/QĐ-UBND`, `NQ` in `19-NQ/TW`): then a type word of that code agrees, with no parse.
    private static func numberNamesCode(_ number: String, _ code: String?) -> Bool {
        guard let code else { return false }
        let n = number.utf8, c = code.utf8
        var start = n.startIndex
        // Each segment between `/` and `-` is tried: the code is one of them.
        var i = n.startIndex
        while true {
            let atEnd = i == n.endIndex
            if atEnd || n[i] == UInt8(ascii: "/") || n[i] == UInt8(ascii: "-") {
                if n[start..<i].elementsEqual(c) { return true }
                if atEnd { return false }
                start = n.index(after: i)
            }
            i = n.index(after: i)
        }
    }

    /// Whether two numbers' issuer codes open with the same body (`KH-UBND` and `UBND-VP`: UBND).
    private static func sameIssuerCode(_ a: String, _ b: String) -> Bool {
        func body(_ n: String) -> Substring? { DocumentNumber.parts(n)?.issuerCode.flatMap { $0.split(separator: "-").first } }
        guard let x = body(a), let y = body(b) else { return false }
        return x == y
    }

    /// Only `và` or a comma between two numbers (`… 15/2018/NĐ-CP và 43/2017/NĐ-CP`).
    private static func joinsNumbers(_ b: [UInt8], from: Int, to: Int) -> Bool {
        // (A type word before the previous number's end, `Công văn số 112/UBND-NV và số 08/KH-UBND`,
        // starts no join.)
        guard from <= to else { return false }
        var s = from, e = to
        while s < e, b[s] == Bytes.space { s += 1 }
        while e > s, b[e - 1] == Bytes.space { e -= 1 }
        let between = b[s..<e]
        return between.elementsEqual(va) || between.elementsEqual(vaUpper) || between.elementsEqual([UInt8(ascii: ",")])
    }

    /// An amending law's date after its name (`Luật số 84/2025/QH15 sửa đổi, bổ sung một số điều của
    /// Luật Quy hoạch, … và Luật Đấu thầu ngày 25 tháng 6 năm 2025`): the date ends the name of the
    /// law numbered, not of the laws it amends, when no number and no stop stands between.
    private func amendingLawDate(_ b: [UInt8], kind: DocumentTypes.Kind, at p: Int) -> (String, Int)? {
        guard kind.code == nil, kind.normative, Bytes.hasPrefix(b, p, b.count, Self.suaDoi) else { return nil }
        var k = p
        let limit = min(b.count, p + 320)
        while k < limit {
            let c = b[k]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || Bytes.isDigit(c) && !Bytes.hasSuffix(b, 0, k, Self.ngay) { return nil }
            if c == Bytes.space, let found = VietnameseDate.read(b, at: k + 1, requireNgay: true) { return found }
            k += 1
        }
        return nil
    }

    /// Whether the clause before `i` (back to a `;`, `.` or `:`) names an amendment (`sửa đổi`).
    private static func amendedIn(_ b: [UInt8], before i: Int) -> Bool {
        var k = i
        let floor = max(0, i - 400)
        while k > floor, b[k - 1] != UInt8(ascii: ";"), b[k - 1] != UInt8(ascii: "."), b[k - 1] != UInt8(ascii: ":") { k -= 1 }
        return Bytes.find(b, suaDoi, from: k, to: i) != nil
    }

    private static let phapLuat = Array(" pháp luật".utf8), phap = Array("pháp ".utf8), luat = Array("luật".utf8)

    /// What joins a list's members (`Luật Hải quan, Luật …`, `… và Luật …`).
    private static let listJoins = [", ", " và "].map { Array($0.utf8) }

    /// ` Luật `, ` Bộ luật ` …: another law named inside a law's name.
    private static let lawWordsSpaced = lawWords.map { [Bytes.space] + $0.word + [Bytes.space] }

    /// A law's or an ordinance's number: its issuer code is the Quốc hội's (`31/2024/QH15`) or its
    /// Standing Committee's (`02/2022/UBTVQH15`).
    private static func isLawNumber(_ number: String) -> Bool {
        guard let code = DocumentNumber.parts(number)?.issuerCode else { return false }
        let digits = code.hasPrefix("QH") ? code.dropFirst(2) : code.hasPrefix("UBTVQH") ? code.dropFirst(6) : ""
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    private static let suaDoi = Array("sửa đổi".utf8), ngay = Array("ngày ".utf8), soSpaced = Array(" số ".utf8)

    /// `của <issuer>` up to the first stop word. `và` joins names (`Bộ Nông nghiệp và Phát triển nông thôn`)
    /// when a capital follows it, and ends the issuer otherwise (`Chính phủ và 07 nhiệm vụ`).
    private func issuerAfter(_ b: [UInt8], at p: Int) -> (String, Int)? {
        guard let w = Self.cua.first(where: { Bytes.hasPrefix(b, p, b.count, $0) }) else { return nil }
        let start = skipSpaces(b, p + w.count)
        let limit = min(b.count, start + 200)
        var end = start      // end of the last kept word
        var words = 0
        var i = start
        scan: while i < limit, words < 14 {
            let wordStart = i
            while i < limit, b[i] != Bytes.space { i += 1 }
            let wordEnd = i
            // Punctuation inside the word ends the issuer there.
            var k = wordStart
            while k < wordEnd {
                let c = b[k]
                // (A footnote's mark, `Thái Nguyên[1];`, too.)
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")")
                    || c == UInt8(ascii: "[") {
                    if k > wordStart { end = k; words += 1 }
                    break scan
                }
                k += 1
            }
            let word = b[wordStart..<wordEnd]
            if Self.stopWords.contains(b, wordStart, wordEnd) { break }
            let nextStart = skipSpaces(b, wordEnd)
            // Verbs that open the title after the issuer are lower case in running text and upper
            // case in titles; "Ban Chỉ đạo", a name, is capitalized and runs on.
            if Self.stopPairFirstWords.contains(b, wordStart, wordEnd), Self.stopPairBytes.contains(where: { pair in
                pair.0.elementsEqual(word) && Bytes.hasPrefix(b, nextStart, limit, pair.1)
            }) { break }
            if word.elementsEqual(Self.va) || word.elementsEqual(Self.vaUpper) {
                guard nextStart < limit, Case.startsLower(b, nextStart, limit) == false, !Self.opensNumberedDocument(b, at: nextStart) else { break }
            }
            end = wordEnd
            words += 1
            i = nextStart
        }
        guard end > start else { return nil }
        return (String(decoding: b[start..<end], as: UTF8.self), end)
    }

    /// A document named by its type and number (`Công văn số 1234/…`, `Quyết định 942/QĐ-TTg`): after
    /// `và`, the next citation, not more of the issuer's name.
    private static func opensNumberedDocument(_ b: [UInt8], at i: Int) -> Bool {
        guard i < b.count, typeFirstBytes[Int(b[i])] else { return false }
        for form in formsByFirstByte[Int(b[i])] where Bytes.hasPrefix(b, i, b.count, form.bytes) {
            let next = form.bytes.count + i
            guard next < b.count, b[next] == Bytes.space, next + 1 < b.count else { continue }
            if Bytes.isDigit(b[next + 1]) || so.contains(where: { Bytes.hasPrefix(b, next + 1, b.count, $0) }) { return true }
        }
        return false
    }

    private static let va = Array("và".utf8), vaUpper = Array("VÀ".utf8)
    private static let stopWords = WordSet([
        "về", "tại", "trong", "đến", "nhằm", "theo", "đã", "thì", "là", "được", "VỀ", "TẠI", "TRONG", "ĐẾN", "Về",
    ].map { Array($0.utf8) })
    /// Two-word phrases that start the title after the issuer; the first word is matched in lower case.
    private static let stopPairBytes: [([UInt8], [UInt8])] = [
        ("ban", "hành"), ("quy", "định"), ("hướng", "dẫn"), ("phê", "duyệt"), ("thực", "hiện"), ("triển", "khai"), ("chỉ", "đạo"), ("sửa", "đổi"),
        ("hợp", "nhất"),
        ("BAN", "HÀNH"), ("QUY", "ĐỊNH"), ("HƯỚNG", "DẪN"), ("PHÊ", "DUYỆT"), ("THỰC", "HIỆN"), ("TRIỂN", "KHAI"), ("CHỈ", "ĐẠO"), ("SỬA", "ĐỔI"),
        ("Ban", "hành"), ("Quy", "định"), ("Hướng", "dẫn"), ("Phê", "duyệt"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let stopPairFirstWords = WordSet(stopPairBytes.map(\.0))

    // MARK: - Laws cited by name

    private mutating func law(_ b: [UInt8], at i: Int, block: TextBlock) -> Int? {
        guard let w = Self.lawWords.first(where: { Bytes.hasPrefix(b, i, b.count, $0.word) }) else { return nil }
        var after = i + w.word.count
        guard after < b.count, b[after] == Bytes.space else { return nil }
        after += 1
        // `Luật` in a school's or faculty's name (`Trường Đại học Luật Hà Nội`, `Khoa Luật`) names no law.
        if Self.schoolWords.contains(where: { Bytes.hasSuffix(b, 0, i, $0) }) { return nil }
        // `PHÁP LUẬT` (the law in general) in an upper-case title names none.
        if Bytes.hasSuffix(b, 0, i, Self.phapSpaced) { return nil }
        // "Luật số 80/2015/QH13" is a numbered citation; leave it to the number scan.
        if Self.so.contains(where: { Bytes.hasPrefix(b, after, b.count, $0) }) { return nil }
        // "Luật này có hiệu lực … từ ngày …" is the law itself, not one it cites.
        if Bytes.hasPrefix(b, after, b.count, Self.nay) { return nil }
        // The name runs to " ngày <date>" with no clause punctuation on the way.
        var k = after
        let limit = min(b.count, i + 260)
        var nameEnd: Int?
        var number: String?
        // An amending law's name holds the numbers of the laws it amends (`Luật sửa đổi, bổ sung một
        // số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … ngày …`).
        let amending = Bytes.hasPrefix(b, after, b.count, Self.suaDoi)
        // The Constitution is cited by its full name, with its year or none (`Căn cứ Hiến pháp nước
        // Cộng hòa xã hội chủ nghĩa Việt Nam;`): its name alone makes the citation, undated.
        let constitution = w.name == "Hiến pháp" && Self.nuocCongHoa.contains { Bytes.hasPrefix(b, after, b.count, $0) }
        func constitutionNamed(to end: Int) -> Int? {
            var e = end
            while e > after, b[e - 1] == Bytes.space || b[e - 1] == UInt8(ascii: ",") { e -= 1 }
            let name = String(decoding: b[i..<e], as: UTF8.self)
            var c = Citation(text: name, type: w.name, number: nil, date: nil, issuer: nil, name: name, lines: [block.line(at: i)])
            c.mentions = [Citation.Mention(position: block.position(at: i), type: w.name, date: nil, issuer: nil)]
            record(c, key: "L|" + name.matchKey + "|")
            return e
        }
        /// Records the law named from `i` to `nameEnd`, its citation's text running to `end`.
        func lawCited(nameEnd: Int, end: Int, number: String?, date: String?, issuer: String?, key: String) -> Int {
            var c = Citation(text: String(decoding: b[i..<end], as: UTF8.self), type: w.name, number: number, date: date, issuer: issuer,
                             name: String(decoding: b[i..<nameEnd], as: UTF8.self), lines: [block.line(at: i)])
            c.mentions = [Citation.Mention(position: block.position(at: i), type: w.name, date: date, issuer: issuer)]
            record(c, key: key)
            return end
        }
        // … or by its year alone (`Hiến pháp năm 2013`).
        if w.name == "Hiến pháp", let (_, end) = Self.year(b, at: after) { return constitutionNamed(to: end) }
        if constitution {
            // To its year (`… Việt Nam năm 2013`), or to the first comma, semicolon, stop or colon.
            while k < limit, b[k] != UInt8(ascii: ",") && b[k] != UInt8(ascii: ";") && b[k] != UInt8(ascii: ".") && b[k] != UInt8(ascii: ":") {
                let y = k + 1 + Self.namSpaced.count  // where the year's digits would start
                if b[k] == Bytes.space, Bytes.hasPrefix(b, k + 1, b.count, Self.namSpaced), y + 4 <= b.count,
                   b[y..<(y + 4)].allSatisfy(Bytes.isDigit), y + 4 == b.count || !Bytes.isDigit(b[y + 4]) {
                    return constitutionNamed(to: y + 4)
                }
                k += 1
            }
            return k < limit || k == b.count ? constitutionNamed(to: k) : nil
        }
        while k < limit {
            let c = b[k]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") { return nil }
            if Bytes.isDigit(c), b[k - 1] == Bytes.space, let (n, numberEnd) = DocumentNumber.read(b, at: k) {
                if amending {
                    k = numberEnd
                    continue
                }
                // A law named and numbered (`Luật Đất đai số 31/2024/QH15 ngày …`): the number is its
                // own, when its date follows; a number of another document named on the way (`Luật Hộ
                // tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày …`) leaves the law undated, uncited.
                let s = k - Self.soSpaced.count
                let dated = VietnameseDate.read(b, at: skipSpaces(b, numberEnd), requireNgay: true) != nil
                // (`pháp luật` ends a name, `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15`,
                // and names no type.)
                guard number == nil, s > after, Bytes.hasPrefix(b, s, k, Self.soSpaced),
                      Bytes.hasSuffix(b, after, s, Self.phapLuat) || !Self.forms.contains(where: { Bytes.hasSuffix(b, 0, s, $0.bytes) }),
                      dated || Self.isLawNumber(n) else { return nil }
                if !dated {
                    // Undated, as bases are cited since Luật 64/2025 (`Căn cứ Luật Khoa học, công nghệ và
                    // đổi mới sáng tạo số 93/2025/QH15;`), a name with commas the number scan does not
                    // take: the Quốc hội's code (`QH15`, `UBTVQH15`) says the number is the law's own;
                    // but not in or after a list of laws (`… của Luật Hải quan, Luật Thuế …, Luật Quản lý,
                    // sử dụng tài sản công số 90/2025/QH15`), nor a law an amending law's name holds
                    // (`Luật sửa đổi, bổ sung … của Luật Thống kê số 01/2021/QH15`): the number is the
                    // amending law's, whose own name opened before.
                    guard !Self.lawWordsSpaced.contains(where: { Bytes.find(b, $0, from: after, to: s) != nil }),
                          !Self.listJoins.contains(where: { Bytes.hasSuffix(b, 0, i, $0) }), !Self.amendedIn(b, before: i) else { return nil }
                    let issued = issuerAfter(b, at: skipSpaces(b, numberEnd))
                    return lawCited(nameEnd: s, end: issued?.1 ?? numberEnd, number: n, date: nil, issuer: issued?.0, key: "N|" + n.uppercased())
                }
                number = n
                nameEnd = s
                k = numberEnd
                continue
            }
            // A law cited by its capitalized name and its year (`Luật Hộ tịch năm 2014`, `Bộ luật Dân sự
            // năm 2015`, `Luật Đất đai 2024`): undated, and one law with its dated mentions of that year.
            if c == Bytes.space, number == nil, !amending, Case.startsLower(b, after, b.count) == false,
               let (year, end) = Self.year(b, at: k + 1) ?? (Self.namWords.contains { Bytes.hasSuffix(b, after, k, $0) } ? nil : Self.bareYear(b, at: k + 1)) {
                let nameText = String(decoding: b[i..<k], as: UTF8.self)
                return lawCited(nameEnd: k, end: end, number: nil, date: nil, issuer: nil, key: "L|" + nameText.matchKey + "|" + year)
            }
            if c == Bytes.space, let (iso, dateEnd) = VietnameseDate.read(b, at: k + 1, requireNgay: true) {
                let nameEnd = nameEnd ?? k
                let nameText = String(decoding: b[i..<nameEnd], as: UTF8.self)
                // … and the body that passed it (`… của Quốc hội`).
                let issued = issuerAfter(b, at: skipSpaces(b, dateEnd))
                return lawCited(nameEnd: nameEnd, end: issued?.1 ?? dateEnd, number: number, date: iso, issuer: issued?.0,
                                key: number.map { "N|" + $0.uppercased() } ?? "L|" + nameText.matchKey + "|" + iso.prefix(4))
            }
            k += 1
        }
        return nil
    }

    private static let phapSpaced = Array("PHÁP ".utf8)
    private static let schoolWords: [[UInt8]] = ["học ", "Học ", "HỌC ", "Khoa ", "khoa ", "KHOA ", "viện ", "Viện ", "VIỆN ", "ngành ", "Ngành "].map { Array($0.utf8) }

    /// The year of `năm 2014` at `i`: four digits, no more; and where it ends.
    private static func year(_ b: [UInt8], at i: Int) -> (String, Int)? {
        guard Bytes.hasPrefix(b, i, b.count, namSpaced) else { return nil }
        let y = i + namSpaced.count
        guard y + 4 <= b.count, b[y..<(y + 4)].allSatisfy(Bytes.isDigit), y + 4 == b.count || !Bytes.isDigit(b[y + 4]),
              b[y] == UInt8(ascii: "1") || b[y] == UInt8(ascii: "2") else { return nil }
        return (String(decoding: b[y..<(y + 4)], as: UTF8.self), y + 4)
    }

    /// A year written without `năm` after a law's name (`Luật Đất đai 2024`): 19xx or 20xx followed by
    /// punctuation, the end, or a word that goes on about the law (`2024 và …`); not `2024/QH15`,
    /// `2024-2025` or a count (`2024 hộ`).
    private static func bareYear(_ b: [UInt8], at y: Int) -> (String, Int)? {
        guard y + 4 <= b.count, b[y..<(y + 4)].allSatisfy(Bytes.isDigit),
              b[y] == UInt8(ascii: "1") && b[y + 1] == UInt8(ascii: "9") || b[y] == UInt8(ascii: "2") && b[y + 1] == UInt8(ascii: "0")
        else { return nil }
        let e = y + 4
        guard e == b.count || [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":")].contains(b[e])
                || b[e] == Bytes.space && Self.closesBareYear.contains(where: { Bytes.hasPrefix(b, e + 1, b.count, $0) })
        else { return nil }
        return (String(decoding: b[y..<e], as: UTF8.self), e)
    }
    private static let namWords: [[UInt8]] = ["năm", "Năm", "NĂM"].map { Array($0.utf8) }
    /// Words that may follow a law's bare year: the sentence goes on about it (`Luật Đất đai 2024 và …`).
    private static let closesBareYear: [[UInt8]] = ["và ", "có ", "quy định", "được ", "đã ", "thì ", "về ", "của ", "("].map { Array($0.utf8) }

    // MARK: - Merging mentions

    private mutating func record(_ c: Citation, key: String) {
        guard let idx = indexByKey[key] else {
            indexByKey[key] = citations.count
            citations.append(c)
            return
        }
        // In place: a copy of the citation would copy its mentions for every new mention.
        citations[idx].mentions += c.mentions
        let line = c.lines[0]
        if let last = citations[idx].lines.last, line > last {
            citations[idx].lines.append(line)  // mentions arrive in document order
        } else if !citations[idx].lines.contains(line) {
            citations[idx].lines.append(line)
            citations[idx].lines.sort()
        }
        if citations[idx].date == nil { citations[idx].date = c.date }
        if citations[idx].name == nil { citations[idx].name = c.name }
        // Prefer a mention printed in running text over one in an upper-case title.
        let oldUpper = Case.isUpper(citations[idx].text), newUpper = Case.isUpper(c.text)
        if citations[idx].issuer == nil || (oldUpper && !newUpper && c.issuer != nil) { citations[idx].issuer = c.issuer ?? citations[idx].issuer }
        if oldUpper && !newUpper && c.date != nil { citations[idx].text = c.text; citations[idx].type = c.type }
    }

    private func skipSpaces(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count, b[i] == Bytes.space { i += 1 }
        return i
    }
}
