/// A commune a report may come from, with how sure the reader is (0...1, the candidates' scores add up to 1) and
/// why, in Vietnamese.
public struct UnitCandidate: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var provinceCode: String
    public var provinceName: String
    public var score: Double
    public var evidence: String
}
