import Foundation

/// Where the help was given.
public enum SupportPlace: String, Sendable, Codable, CaseIterable {
    /// The commune public-service centre (bộ phận một cửa).
    case centre
    /// A home visit (tại nhà dân).
    case home
    /// The village cultural house (nhà văn hóa).
    case culturalHouse = "cultural-house"
}

public enum SupportOutcome: String, Sendable, Codable, CaseIterable {
    case done
    case followUp = "follow-up"
}

/// One support session (lượt hỗ trợ): a team member helped a person with one thing, at one place and time.
/// The person is a registered resident, or someone not (yet) registered, counted by age band and gender.
/// The id is generated on the phone, so a retried upload is recognised and never stored twice.
public struct SupportSession: Sendable, Equatable, Codable {
    public var id: UUID
    public var provinceCode: String
    public var communeCode: String
    /// The village where it happened, or the commune itself (the centre).
    public var unitCode: String
    public var category: String
    public var at: Date
    public var memberID: UUID?
    /// The account that recorded it.
    public var recordedBy: UUID?
    public var residentID: UUID?
    public var ageBand: AgeBand?
    public var gender: Gender?
    public var place: SupportPlace
    public var outcome: SupportOutcome
    public var note: String?
    /// The household visit during which it happened, if any.
    public var visitID: UUID?

    public init(id: UUID, provinceCode: String, communeCode: String, unitCode: String, category: String, at: Date,
                memberID: UUID? = nil, recordedBy: UUID? = nil, residentID: UUID? = nil, ageBand: AgeBand? = nil,
                gender: Gender? = nil, place: SupportPlace, outcome: SupportOutcome, note: String? = nil, visitID: UUID? = nil) {
        self.id = id
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.unitCode = unitCode
        self.category = category
        self.at = at
        self.memberID = memberID
        self.recordedBy = recordedBy
        self.residentID = residentID
        self.ageBand = ageBand
        self.gender = gender
        self.place = place
        self.outcome = outcome
        self.note = note
        self.visitID = visitID
    }

    /// The calendar day in Vietnam on which it happened.
    public var day: CivilDate { CivilDate(at) }

    /// The month key of the live counters, "2026-03".
    public var month: String { String(day.iso.prefix(7)) }
}

/// How a batch item ended.
public enum RecordStatus: String, Sendable, Codable {
    case created
    case duplicate
    case rejected
}

public struct RecordOutcome: Error, Sendable, Equatable {
    public var id: String
    public var status: RecordStatus
    public var reason: String?

    public init(id: String, status: RecordStatus, reason: String? = nil) {
        self.id = id
        self.status = status
        self.reason = reason
    }
}
