/// What the printed certificate says, every value already formatted for display.
public struct CertificateSheet: Sendable, Equatable {
    /// The body above the issuer, upper case ("UBND THÀNH PHỐ HẢI PHÒNG").
    public var issuerParent: String
    /// The issuing body, upper case ("UBND XÃ THƯỢNG HỒNG").
    public var issuer: String
    public var holderName: String
    /// "dd/MM/yyyy".
    public var birthDate: String
    public var targetGroup: String
    /// "Khung đánh giá kỹ năng số cơ bản — phiên bản 1".
    public var framework: String
    /// "85%".
    public var score: String
    /// "Thượng Hồng, ngày 23 tháng 11 năm 2026".
    public var placeAndDate: String
    /// "HV-7K3Q-9XW2-MD".
    public var code: String
    /// The full address of the public verification page; printed and encoded in the QR code.
    public var verifyURL: String
    /// "CHỦ TỊCH".
    public var signerTitle: String
    /// Empty leaves the line blank for a handwritten name.
    public var signerName: String
    public var revoked: Bool

    public init(issuerParent: String, issuer: String, holderName: String, birthDate: String, targetGroup: String,
                framework: String, score: String, placeAndDate: String, code: String, verifyURL: String,
                signerTitle: String, signerName: String, revoked: Bool) {
        self.issuerParent = issuerParent
        self.issuer = issuer
        self.holderName = holderName
        self.birthDate = birthDate
        self.targetGroup = targetGroup
        self.framework = framework
        self.score = score
        self.placeAndDate = placeAndDate
        self.code = code
        self.verifyURL = verifyURL
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.revoked = revoked
    }
}
