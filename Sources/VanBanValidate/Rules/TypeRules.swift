import VanBanModel
import VanBanSyntax

/// T01: tên loại và trích yếu (type and title).
enum TypeRules {

    static let t01 = Rule("T01", "type-title", .error,
        "The type line is one of Decree 30's types (or a normative type), upper case; a title follows; a Công văn has `V/v`.",
        anchor: "NĐ 30/2020 Điều 7; PL I, Phần I, II.5") { rule, d, _ in
        guard Doc.hasHeader(d) || d.header.type != nil else { return [] }
        guard let type = d.header.type, let at = d.header.positions[.type] else {
            if let title = d.header.title, title.startsWith("V/v") || title.startsWith("V/V") { return [] }
            if let title = d.header.title, Doc.isCongVan(d), let at = d.header.positions[.title] {
                return [rule.finding("a Công văn's title under its number opens with `V/v`, not `\(title.prefix(7))`", at: at, end: Doc.end(at, String(title.prefix(7))))]
            }
            let at = d.header.positions[.number] ?? Doc.headerStart(d)
            return [rule.finding("no document type line (e.g. `KẾ HOẠCH`), and no `V/v …` title of a Công văn", at: at)]
        }
        if type != type.uppercased() {
            return [rule.finding("the type line `\(type)` is not upper case; write `\(type.uppercased())`", at: at, end: Doc.end(at, type))]
        }
        if d.header.title == nil, DocumentTypes.kind(ofTypeLine: type)?.hasTitle ?? true {
            return [rule.finding("the type line `\(type)` has no title (trích yếu) under it", at: at, end: Doc.end(at, type))]
        }
        return []
    }
}
