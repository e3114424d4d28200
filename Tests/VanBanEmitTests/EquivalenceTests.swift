import Foundation
import Testing
import VanBanEmit
import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanTestSupport

/// The same document in pipe-text, HTML, blank-line text and Word gives an equal model (apart from
/// `source` and `page`, lines and columns, and the parser's diagnostics).
@Suite struct EquivalenceTests {
    /// The model's JSON without what may differ between forms.
    static func content(_ doc: Document) throws -> NSDictionary {
        func strip(_ v: Any) -> Any {
            if let d = v as? [String: Any] {
                var out: [String: Any] = [:]
                for (k, x) in d where !["line", "column", "lines", "source", "page", "diagnostics", "source_metadata"].contains(k) { out[k] = strip(x) }
                return out
            }
            if let a = v as? [Any] { return a.map(strip) }
            return v
        }
        let json = try JSONSerialization.jsonObject(with: Data(JSONEmitter.encode(doc)))
        return strip(json) as! NSDictionary
    }

    @Test(arguments: Fixture.documents)
    func everyFormGivesTheSameModel(_ fixture: Fixture) throws {
        let original = try TestFiles.parse(fixture.inputPath)
        let expected = try Self.content(original)
        for (style, form) in [(DocumentRenderer.Style.html, InputForm.html), (.text, .text)] {
            let rendered = DocumentRenderer.render(original, as: style)
            let back = try DocumentReader.read(Array(rendered.utf8), path: "x", form: form)
            #expect(back.source.form == form)
            #expect(try Self.content(back) == expected, "\(form.rawValue) of \(fixture.name)")
            // And the form is detected from the content alone.
            #expect(DocumentReader.detectForm(Array(rendered.utf8), path: "x") == form)
        }
        // And as a Word file.
        let docx = DocxWriter.package(documentXML: DocumentRenderer.render(original, as: .wordML))
        let back = try DocumentReader.read(docx, path: "x", form: nil)
        #expect(back.source.form == .docx)
        #expect(try Self.content(back) == expected, "docx of \(fixture.name)")
    }

    @Test func markdownRendersTablesAsGFM() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt")
        let md = DocumentRenderer.render(doc, as: .markdown)
        #expect(md.contains("| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Ghi chú |\n| --- | --- | --- | --- | --- | --- |"))
        #expect(md.contains("**KẾ HOẠCH**"))
    }
}
