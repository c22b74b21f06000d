import Foundation

/// Who a spreadsheet row is about, as far as the registry can tell.
public enum LearnerMatch: Sendable, Equatable {
    case resident(UUID)
    /// Nobody in the registry has this ID number, or this name and birth date.
    case none
    /// Several residents share this name and birth date; an officer chooses.
    case several([UUID])

    /// Matches a row: an exact ID number first; then the folded name with the birth date (or birth year when only
    /// the year was written). A row without a birth date is never matched on its name alone.
    public static func match(_ row: LearningRow, byCCCD: [String: UUID],
                             byName: [String: [(id: UUID, birthDate: CivilDate)]]) -> LearnerMatch {
        if let cccd = row.cccd, let id = byCCCD[cccd] { return .resident(id) }
        guard !row.fullName.isEmpty, row.birthDate != nil || row.birthYear != nil else { return .none }
        let namesakes = byName[VietnameseText.fold(row.fullName)] ?? []
        let same = namesakes.filter { candidate in
            if let date = row.birthDate { return candidate.birthDate == date }
            return candidate.birthDate.year == row.birthYear
        }
        switch same.count {
        case 0: return .none
        case 1: return .resident(same[0].id)
        default: return .several(same.map(\.id).sorted { $0.uuidString < $1.uuidString })
        }
    }
}

/// What an import did, for the summary page and the API.
public struct LearningImportSummary: Sendable, Equatable, Codable {
    public var rows = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Rows waiting in the review queue (new in this import or still open from before).
    public var queued = 0
    /// Rows whose learner an officer already linked in an earlier import.
    public var linkedEarlier = 0
    public var newCourses: [String] = []
    /// Residents who now count as having basic digital skills.
    public var newlySkilled = 0

    public init() {}
}
