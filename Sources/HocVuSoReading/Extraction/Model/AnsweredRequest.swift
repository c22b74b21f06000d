import HocVuSoCore

/// The request a report answers: "Công văn số 516/SKHCN-TTTT ngày 12/11/2025 của Sở Khoa học và Công nghệ …".
public struct AnsweredRequest: Sendable, Codable, Equatable {
    public var number: String
    public var date: CivilDate?
    public var issuer: String?
}
