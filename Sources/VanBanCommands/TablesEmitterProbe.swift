import VanBanEmit
import VanBanModel

/// Exposes the file naming of `vanban tables` to tests.
public enum TablesEmitterProbe {
    public static func name(number: String) -> String {
        var doc = Document(source: SourceInfo(path: "x.txt", form: .pipeText))
        doc.header.number = number
        let t = Table(columns: [], rows: [], line: 1)
        return TablesEmitter.fileName(doc, TablesEmitter.Located(appendix: nil, index: 1, table: t))
    }
}
