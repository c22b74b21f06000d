/// An administrative report as already-formatted Vietnamese text, ready to be laid out as NĐ 30/2020/NĐ-CP
/// Phụ lục I requires (A4, Times New Roman, the two-column header, number, place and date, title, body, "Nơi nhận",
/// signature block). The writer escapes every text; nothing here is markup.
public struct ReportSheet: Sendable, Equatable {
    /// The governing body, upper case, e.g. "UBND THÀNH PHỐ HẢI PHÒNG".
    public var issuerParent: String
    /// The issuing body, upper case, e.g. "ỦY BAN NHÂN DÂN XÃ CHÍ MINH" (laid out bold, may wrap, ruled under).
    public var issuer: String
    /// "Số: 308/BC-UBND", or "Số:      /BC-UBND" for a draft that has no number yet.
    public var number: String
    /// "Chí Minh, ngày 19 tháng 5 năm 2026" (leading zeros where the decree requires them).
    public var placeAndDate: String
    /// The document type in capitals: "BÁO CÁO".
    public var kind: String
    /// The summary (trích yếu), one entry per line, laid out bold and centred.
    public var summary: [String]
    public var blocks: [ReportBlock]
    /// The "Nơi nhận" list, each line as written: "- Sở KH&CN thành phố;" … "- Lưu: VT, VHXH."
    public var recipients: [String]
    /// The signature block's capitals, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].
    public var signature: [String]
    public var signerName: String
    /// A draft shows "DỰ THẢO" above the title.
    public var isDraft: Bool

    public init(issuerParent: String, issuer: String, number: String, placeAndDate: String, kind: String,
                summary: [String], blocks: [ReportBlock], recipients: [String], signature: [String], signerName: String,
                isDraft: Bool = false) {
        self.issuerParent = issuerParent
        self.issuer = issuer
        self.number = number
        self.placeAndDate = placeAndDate
        self.kind = kind
        self.summary = summary
        self.blocks = blocks
        self.recipients = recipients
        self.signature = signature
        self.signerName = signerName
        self.isDraft = isDraft
    }
}

/// One piece of a report's body.
public enum ReportBlock: Sendable, Equatable {
    /// A section heading, bold: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH".
    case heading(String)
    /// A numbered sub-heading, bold: "1. Kết quả hoạt động của Tổ công nghệ số cộng đồng".
    case subheading(String)
    /// Body text: justified, first-line indent.
    case paragraph(String)
    /// A list line, written with its own dash: "- Kế hoạch số 41/KH-UBND ngày 19/8/2025 …;".
    case bullet(String)
    case table(ReportTable)
}

/// A table in a report's body (figures per village, indicators against targets).
public struct ReportTable: Sendable, Equatable {
    /// A caption above the table, if any.
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]
    /// Relative column widths (any scale); empty means equal widths.
    public var widths: [Double]
    /// Columns (0-based) whose cells are right-aligned numbers.
    public var numericColumns: Set<Int>
    /// The last row is a total, laid out bold.
    public var lastRowIsTotal: Bool

    public init(caption: String? = nil, header: [String], rows: [[String]], widths: [Double] = [],
                numericColumns: Set<Int> = [], lastRowIsTotal: Bool = false) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.widths = widths
        self.numericColumns = numericColumns
        self.lastRowIsTotal = lastRowIsTotal
    }
}
