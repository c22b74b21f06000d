import Foundation

/// The three kinds of community digital technology team (tổ công nghệ số cộng đồng) a commune runs.
public enum TeamLevel: String, Sendable, Codable, CaseIterable {
    /// The commune's own team (tổ cấp xã).
    case commune
    /// One team per village (tổ thôn, tổ dân phố).
    case village
    /// The rapid-response team (tổ ứng cứu nhanh).
    case rapidResponse = "rapid-response"
}

/// A team of a commune. A village team belongs to one village; the other two belong to the commune.
public struct Team: Sendable, Equatable, Codable {
    public var id: UUID
    public var communeCode: String
    public var villageCode: String?
    public var level: TeamLevel
    public var name: String
    public var formedOn: CivilDate
    public var disbandedOn: CivilDate?

    public init(id: UUID, communeCode: String, villageCode: String? = nil, level: TeamLevel, name: String,
                formedOn: CivilDate, disbandedOn: CivilDate? = nil) {
        self.id = id
        self.communeCode = communeCode
        self.villageCode = villageCode
        self.level = level
        self.name = name
        self.formedOn = formedOn
        self.disbandedOn = disbandedOn
    }

    /// The unit the team works in: its village, or the commune.
    public var unitCode: String { villageCode ?? communeCode }

    public func isActive(on day: CivilDate) -> Bool {
        formedOn <= day && (disbandedOn.map { day < $0 } ?? true)
    }
}
