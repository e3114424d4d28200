import VanBanModel

/// Every rule, in catalogue order: the one source of truth for `check --list-rules` and SARIF.
public enum Catalogue {
    public static let rules: [Rule] = [
        HeaderRules.h01, HeaderRules.h02, HeaderRules.h03, MarkRules.m01,
        NumberRules.n01, NumberRules.n02, NumberRules.n03, NumberRules.n04,
        DateRules.d01, DateRules.d02, DateRules.d03,
        TypeRules.t01,
        PreambleRules.c01, PreambleRules.c02,
        StructureRules.s01, StructureRules.s02, StructureRules.s03, StructureRules.s04,
        EndingRules.k01, EndingRules.r01, EndingRules.r02, EndingRules.e01, EndingRules.e02,
        AppendixRules.a01, AppendixRules.a02,
        CitationRules.x01, CitationRules.x02, CitationRules.x03,
        TableRules.p01, TableRules.p02,
        InputRules.u01, InputRules.i01, InputRules.i02, InputRules.i03,
        PageRules.f01, PageRules.f02,
        BatchRules.b01,
    ]

    public static func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Each rule's summary in Vietnamese, for the clerks who read `--list-rules` and a SARIF viewer's
    /// rule help.
    static let vietnamese: [String: String] = [
        "H01": "Quốc hiệu viết đúng `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (HÒA hay HOÀ đều được).",
        "H02": "Tiêu ngữ viết đúng `Độc lập - Tự do - Hạnh phúc`; giữa các cụm từ có gạch nối (-), có cách chữ.",
        "H03": "Có tên cơ quan ban hành, viết in hoa; tên cơ quan chủ quản (nếu có) ở trên.",
        "M01": "Dấu chỉ mức độ khẩn (HỎA TỐC, THƯỢNG KHẨN, KHẨN), độ mật (TUYỆT MẬT, TỐI MẬT, MẬT) và chỉ dẫn phạm vi lưu hành (XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ) viết in hoa.",
        "N01": "Có `Số:`; số văn bản viết bằng chữ số Ả Rập; số dưới 10 ghi thêm số 0 phía trước (`05`); bản sao cũng vậy.",
        "N02": "Ký hiệu viết in hoa (trừ QyĐ, CTr, TTr, TrS), các nhóm chữ nối bằng `-`, không có dấu cách.",
        "N03": "Chữ viết tắt tên loại trong ký hiệu khớp với tên loại văn bản (KẾ HOẠCH ↔ KH); công văn không có; số bản sao mang chữ viết tắt hình thức sao (SY, SL, TrS).",
        "N04": "Văn bản quy phạm pháp luật: số, ký hiệu có năm ban hành, trùng với năm của ngày ban hành.",
        "D01": "Địa danh và thời gian ban hành viết `<Địa danh>, ngày DD tháng M năm YYYY`, có dấu phẩy; bản sao cũng vậy.",
        "D02": "Ngày ban hành là ngày có thật, không sau hôm nay; ngày dưới 10 và tháng 1, 2 ghi thêm số 0; bản sao cũng vậy.",
        "D03": "Địa danh viết đầy đủ, không viết tắt (`TP.`, `Q.`); bản sao cũng vậy.",
        "T01": "Tên loại là một trong các loại văn bản của Nghị định 30 (hoặc văn bản quy phạm pháp luật), viết in hoa; có trích yếu; công văn có `V/v`.",
        "C01": "Mỗi căn cứ một dòng, bắt đầu bằng `Căn cứ`, kết thúc bằng `;`; căn cứ cuối kết thúc bằng `.` (hoặc `;` trước `Theo đề nghị`, `Xét …`).",
        "C02": "Lần đầu dẫn một văn bản ghi đủ tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành (trừ luật, pháp lệnh).",
        "S01": "Số thứ tự các cấp liên tục: La Mã I, II, III…; Ả Rập 1, 2, 3…, đánh lại dưới mỗi cấp trên; chữ cái theo thứ tự a, b, c, d, đ, e, g … y.",
        "S02": "Các điều đánh số liên tục từ Điều 1 qua các chương, trong văn bản và trong văn bản ban hành kèm theo.",
        "S03": "Mỗi phần, chương, mục, điều đều có tên, trong văn bản và trong phụ lục.",
        "S04": "Văn bản quy phạm pháp luật: trong điểm không dùng gạch đầu dòng hay dấu cộng.",
        "K01": "Quyền hạn ký là TM., Q., KT., TL., TUQ. (văn bản của Đảng: T/M, K/T, T/L, T/UQ); sau KT., TL., TUQ. là chức vụ của người ký; không ghi học hàm, học vị trước họ tên.",
        "R01": "Có `Nơi nhận:`; mỗi nơi nhận bắt đầu bằng `-`, kết thúc bằng `;` (văn bản của Đảng: `,`); cuối cùng là `- Lưu: VT, …` kết thúc bằng `.`.",
        "R02": "Công văn, tờ trình ghi nơi nhận sau `Kính gửi:`.",
        "E01": "Nội dung văn bản kết thúc bằng `./.`.",
        "E02": "Mỗi dấu chú thích trong văn bản (`[1]`) có lời chú thích ở cuối văn bản, và mỗi chú thích đều được đánh dấu trong văn bản.",
        "A01": "Có từ hai phụ lục thì đánh số La Mã; `Kèm theo … số … ngày …` của phụ lục trùng số và ngày của văn bản.",
        "A02": "Phụ lục được nhắc đến trong nội dung đều có, và mỗi phụ lục đều được nhắc đến trong nội dung.",
        "X01": "Một văn bản được dẫn (cùng tên loại, cùng số) chỉ mang một ngày ban hành trong toàn văn bản, kể cả trong bảng.",
        "X02": "Tên loại của văn bản được dẫn khớp với chữ viết tắt trong số, ký hiệu của nó (`Nghị định số 12/2020/NĐ-CP`).",
        "X03": "Văn bản được dẫn không có ngày ban hành sau ngày của văn bản dẫn nó.",
        "P01": "Mỗi hàng của bảng có đủ ô theo các cột (báo tại đầu hàng; hàng vẫn được giữ).",
        "P02": "Cột số thứ tự (`TT`, `STT`) đếm 1, 2, 3 … không nhảy, không trùng (đánh lại sau hàng nhóm).",
        "U01": "Văn bản là Unicode dựng sẵn (NFC), không có dấu hiệu bảng mã cũ (TCVN3, VNI) hay ký tự thay thế.",
        "I01": "Văn bản không dừng giữa câu hay giữa bảng (bản trích bị cắt).",
        "I02": "Văn bản không kết thúc giữa một ký tự UTF-8.",
        "I03": "Mỗi dòng ở phần đầu văn bản được đọc thành một thành phần (tên cơ quan, quốc hiệu, tiêu ngữ, số, địa danh và ngày tháng, trích yếu).",
        "F01": "Tệp Word (hoặc OpenDocument) dùng khổ A4 (210 × 297 mm), lề trên, lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.",
        "F02": "Chữ trong tệp Word (hoặc OpenDocument) dùng phông Times New Roman.",
        "B01": "(nhiều văn bản) Một cơ quan không dùng một số cho hai văn bản trong cùng năm.",
    ]
}

extension Rule {
    /// What the rule checks, in Vietnamese.
    public var summaryVietnamese: String { Catalogue.vietnamese[id] ?? summary }
}
