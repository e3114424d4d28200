/// The document's header: agency block, number, place and date, type and title (trích yếu).
public struct Header: Sendable, Equatable {
    /// The issuing body's own name, its wrapped lines joined by one space.
    public var issuer: String?
    /// Every line of the agency block as printed, parent body included.
    public var issuerLines: [String] = []
    /// The cơ quan chủ quản (directly superior body) printed above the issuer, if any.
    public var parentIssuer: String?
    /// Quốc hiệu as printed (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), or the Party line.
    public var nationalName: String?
    /// Tiêu ngữ as printed (`Độc lập - Tự do - Hạnh phúc`).
    public var motto: String?
    /// Số, ký hiệu without `Số:`, spaces removed (`202/KH-UBND`).
    public var number: String?
    public var numberParts: NumberParts?
    /// Địa danh (place of issue) as printed.
    public var place: String?
    /// ISO 8601 date of issue; nil when absent or blank.
    public var date: String?
    /// The place/date line as printed, wraps joined.
    public var dateLine: String?
    /// The document-type line as printed (`KẾ HOẠCH`); nil for a Công văn.
    public var type: String?
    /// Trích yếu (summary title), wraps joined, case kept. For a Công văn: the `V/v …` text.
    public var title: String?
    /// The enacting authority line of a Quyết định or Nghị quyết (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`;
    /// a council's with its term and session), or the sender of a Công điện (cable).
    public var authority: String?
    /// The enacting words (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`), kept out of title and preamble; a Công
    /// điện's `điện:` after its sender.
    public var enactingWords: String?
    /// Kính gửi (addressees) of a Công văn or Tờ trình; the lines a Công điện is sent to.
    public var addressees: [String] = []
    /// Mức độ khẩn (urgency) as printed: `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`.
    public var urgency: String?
    /// Độ mật (secrecy) as printed: `TUYỆT MẬT`, `TỐI MẬT`, `MẬT`.
    public var secrecy: String?
    /// Chỉ dẫn phạm vi lưu hành (circulation) as printed: `XEM XONG TRẢ LẠI`, `LƯU HÀNH NỘI BỘ`.
    public var circulation: String?

    /// A Công điện: its sender's line ends in `điện:` (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`).
    public var isCable: Bool { enactingWords == "điện:" }
    /// The Party's form: who decides and the enacting words on one line after the preamble
    /// (`BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH`), not the authority under the title and `QUYẾT ĐỊNH:`.
    public var enactsWithAuthority: Bool { authority != nil && (enactingWords == "QUYẾT ĐỊNH" || enactingWords == "QUYẾT NGHỊ") }
    /// 1-based line where the header starts.
    public var line: Int?
    /// The number as printed after `Số:`, spaces kept (validators check them).
    public var numberAsPrinted: String?
    /// The label before the number as printed (`Số:`, `Số`, `Luật số:`); not part of the JSON contract.
    public var numberLabel: String?
    /// Where each header part stands in the source; not part of the JSON contract.
    public var positions: [HeaderField: Position] = [:]
    /// Where each header part ends (after its last byte), on its own last line when it wraps; not part
    /// of the JSON contract.
    public var ends: [HeaderField: Position] = [:]

    public init() {}
}

/// The header parts whose source position is kept for diagnostics.
/// (No raw values: a raw `String` would make `Hashable` hash the name, and the fields are dictionary
/// keys asked at every header line.)
public enum HeaderField: Sendable, Hashable {
    case issuer, nationalName, motto, number, dateLine, type, title, authority, addressees, urgency, secrecy, circulation
}

/// The parts of a document number (số, ký hiệu): `202/KH-UBND`, `12/2020/NĐ-CP`, `59-NQ/TW`.
public struct NumberParts: Sendable, Equatable {
    public var serial: String
    /// The year segment of normative documents (`12/2020/NĐ-CP` → `2020`).
    public var year: String?
    /// The document-type abbreviation (`KH`, `QĐ`, `NQ`); nil for a Công văn.
    public var typeCode: String?
    /// The issuing body's abbreviation, all groups after the type code joined by `-`.
    public var issuerCode: String?

    public init(serial: String, year: String? = nil, typeCode: String? = nil, issuerCode: String? = nil) {
        self.serial = serial
        self.year = year
        self.typeCode = typeCode
        self.issuerCode = issuerCode
    }
}

/// The signature block (quyền hạn, chức vụ, họ tên).
public struct Signature: Sendable, Equatable {
    /// The party signed for, printed over the authority (`ĐẠI DIỆN BÊN A`, `NGƯỜI ỦY QUYỀN`), as a
    /// Hợp đồng, a Giấy ủy quyền or a Biên bản prints it; nil for a document signed by its issuer.
    public var party: String?
    /// The first authority line (`TM. ỦY BAN NHÂN DÂN`), or nil when the signer signs in their own name.
    public var authority: String?
    /// All authority lines (`TM. CHÍNH PHỦ`, `KT. THỦ TƯỚNG`).
    public var authorityLines: [String]
    /// The signer's position (`CHỦ TỊCH`).
    public var position: String?
    /// The signer's name; never `(Đã ký)`.
    public var name: String?
    public var line: Int
    /// Where the name line stands; not part of the JSON contract.
    public var namePosition: Position?
    /// Where each authority line stands, as `authorityLines`; not part of the JSON contract.
    public var authorityPositions: [Position]

    public init(party: String? = nil, authority: String? = nil, authorityLines: [String] = [], position: String? = nil, name: String? = nil, line: Int,
                namePosition: Position? = nil, authorityPositions: [Position] = []) {
        self.party = party
        self.authority = authority
        self.authorityLines = authorityLines
        self.position = position
        self.name = name
        self.line = line
        self.namePosition = namePosition
        self.authorityPositions = authorityPositions
    }
}
