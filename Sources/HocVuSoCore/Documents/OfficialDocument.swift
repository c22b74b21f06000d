import Foundation

/// One entry of a unit's document register: a document it issued or received, with its number and symbol
/// ("41/KH-UBND"), date, type and summary (trích yếu).
public struct OfficialDocument: Sendable, Equatable {
    public var id: UUID
    /// The unit whose register holds it (a commune or a province).
    public var unitCode: String
    public var direction: DocumentDirection
    public var type: DocumentType
    /// The running number; numbering restarts each calendar year.
    public var number: Int
    /// "KH-UBND", "UBND-VHXH", "SKHCN-TTTT".
    public var symbol: String
    public var issuedOn: CivilDate
    /// "về việc triển khai thực hiện phong trào “Bình dân học vụ số” trên địa bàn xã Chí Minh".
    public var summary: String
    public var signer: String?
    /// The issuing body of a received document ("Sở Khoa học và Công nghệ thành phố Hải Phòng").
    public var issuer: String?
    /// The original file name of the attached copy, when there is one.
    public var attachmentName: String?

    public init(id: UUID = UUID(), unitCode: String, direction: DocumentDirection, type: DocumentType, number: Int,
                symbol: String, issuedOn: CivilDate, summary: String, signer: String? = nil, issuer: String? = nil,
                attachmentName: String? = nil) {
        self.id = id
        self.unitCode = unitCode
        self.direction = direction
        self.type = type
        self.number = number
        self.symbol = symbol
        self.issuedOn = issuedOn
        self.summary = summary
        self.signer = signer
        self.issuer = issuer
        self.attachmentName = attachmentName
    }

    /// "41/KH-UBND".
    public var numberText: String { "\(number)/\(symbol)" }

    /// The calendar year its number belongs to.
    public var year: Int { issuedOn.year }

    /// "Kế hoạch số 41/KH-UBND ngày 19/8/2025 về việc …": how a report cites it.
    public var citation: String {
        Strings.officialDocCitation(typeName: type == .other ? Strings.officialDocGeneric : type.name, numberText: numberText,
                                    date: VietnameseFormat.date(issuedOn), summary: summary)
    }
}
