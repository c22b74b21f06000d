import Foundation

/// What came of a door-to-door visit.
public enum VisitStatus: String, Sendable, Codable, CaseIterable {
    /// Someone was home and the team talked them through things.
    case visited
    /// Nobody was home; the household still counts as not visited.
    case nobodyHome = "nobody-home"
}

/// A visit of a team member to a household ("đi từng ngõ, gõ từng nhà, hướng dẫn từng người").
/// Sessions recorded during the visit point back to it through their `visitID`.
public struct HouseholdVisit: Sendable, Equatable, Codable {
    public var id: UUID
    public var householdID: UUID
    public var villageCode: String
    public var day: CivilDate
    public var memberID: UUID?
    public var recordedBy: UUID?
    public var status: VisitStatus
    /// The household members who were present.
    public var presentResidentIDs: [UUID]
    public var note: String?

    public init(id: UUID, householdID: UUID, villageCode: String, day: CivilDate, memberID: UUID? = nil,
                recordedBy: UUID? = nil, status: VisitStatus, presentResidentIDs: [UUID] = [], note: String? = nil) {
        self.id = id
        self.householdID = householdID
        self.villageCode = villageCode
        self.day = day
        self.memberID = memberID
        self.recordedBy = recordedBy
        self.status = status
        self.presentResidentIDs = presentResidentIDs
        self.note = note
    }

    public static func checkDay(_ day: CivilDate, today: CivilDate) throws {
        guard day <= today else {
            throw DomainError(.invalid, code: "visit.date", message: Strings.dateInFuture)
        }
        guard day >= Movement.startDate else {
            throw DomainError(.invalid, code: "visit.date", message: Strings.sessionTimeBeforeMovement)
        }
    }
}

/// Households visited against all households of a village.
public struct VisitCoverage: Sendable, Equatable {
    public var unitCode: String
    public var households: Int
    public var visited: Int

    public init(unitCode: String, households: Int, visited: Int) {
        self.unitCode = unitCode
        self.households = households
        self.visited = visited
    }

    public var notVisited: Int { max(0, households - visited) }
}
