import Foundation

/// A session as it arrives from a phone or a script, every field still text. `SessionRules` turns it into a
/// `SupportSession` or into a Vietnamese reason.
public struct SessionDraft: Sendable, Codable, Equatable {
    public var id: String?
    public var unitCode: String?
    public var category: String?
    public var at: String?
    public var outcome: String?
    public var place: String?
    public var residentId: String?
    public var ageBand: String?
    public var gender: String?
    public var note: String?
    public var memberId: String?
    public var visitId: String?

    public init(id: String? = nil, unitCode: String? = nil, category: String? = nil, at: String? = nil,
                outcome: String? = nil, place: String? = nil, residentId: String? = nil, ageBand: String? = nil,
                gender: String? = nil, note: String? = nil, memberId: String? = nil, visitId: String? = nil) {
        self.id = id
        self.unitCode = unitCode
        self.category = category
        self.at = at
        self.outcome = outcome
        self.place = place
        self.residentId = residentId
        self.ageBand = ageBand
        self.gender = gender
        self.note = note
        self.memberId = memberId
        self.visitId = visitId
    }
}

/// When the movement began: nothing recorded for it can be older.
public enum Movement {
    public static let startDate = CivilDate(year: 2025, month: 1, day: 1)!
    /// Phones' clocks drift; a session up to this far in the future is accepted.
    public static let clockSkew: TimeInterval = 10 * 60
}
