import Foundation

/// A resident's request about their own personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; NĐ 356/2025/NĐ-CP),
/// to be answered within `responseWorkingDays` working days of its receipt.
///
/// The record keeps the resident's ID only, never their name: it outlives a deletion it fulfils, as the proof that
/// the request was answered, and must then point at no one.
public struct DataSubjectRequest: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Xem: see what is stored.
        case view
        /// Sao chép: receive a copy as a file.
        case copy
        /// Chỉnh sửa: correct the registry record.
        case correct
        /// Hạn chế xử lý: keep the record but stop processing it (see `Resident` restriction in `ResidentStore`).
        case restrict
        /// Xoá: erase the record.
        case delete
        /// Bỏ hạn chế xử lý: the resident asks that a restriction end (processing resumes as before).
        case unrestrict
    }

    /// How the request reached the commune.
    public enum Channel: String, Sendable, Codable, CaseIterable {
        case inPerson = "in-person"
        case letter
        case phone
        case email
        case online
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case received
        case done
        case refused
    }

    /// Working days the controller has to answer (NĐ 356/2025).
    public static let responseWorkingDays = 2

    public var id: UUID
    public var residentID: UUID
    /// The resident's village when the request was recorded (the request stays with the commune after a deletion).
    public var villageCode: String
    public var communeCode: String
    public var provinceCode: String
    public var kind: Kind
    public var channel: Channel
    public var receivedAt: Date
    /// What the resident asked for, in the officer's words.
    public var note: String?
    public var status: Status
    /// The last day (inclusive, Vietnam time) by which the request must be answered.
    public var deadline: CivilDate
    public var recordedBy: String
    public var handledBy: String?
    public var handledAt: Date?
    /// What was done, or the reason for a refusal.
    public var outcome: String?
    /// For a correction: the registry fields that changed (`ResidentField` keys).
    public var changedFields: [String]

    public init(id: UUID = UUID(), residentID: UUID, villageCode: String, communeCode: String, provinceCode: String,
                kind: Kind, channel: Channel, receivedAt: Date, note: String? = nil, status: Status = .received,
                deadline: CivilDate? = nil, recordedBy: String, handledBy: String? = nil, handledAt: Date? = nil,
                outcome: String? = nil, changedFields: [String] = []) {
        self.id = id
        self.residentID = residentID
        self.villageCode = villageCode
        self.communeCode = communeCode
        self.provinceCode = provinceCode
        self.kind = kind
        self.channel = channel
        self.receivedAt = receivedAt
        self.note = note
        self.status = status
        self.deadline = deadline ?? Self.deadline(receivedAt: receivedAt)
        self.recordedBy = recordedBy
        self.handledBy = handledBy
        self.handledAt = handledAt
        self.outcome = outcome
        self.changedFields = changedFields
    }

    /// Two working days after the day of receipt (Vietnam time); the day of receipt never counts, so a request
    /// received on Friday afternoon is due by the end of Tuesday.
    public static func deadline(receivedAt: Date, calendar: WorkingCalendar = .vietnam) -> CivilDate {
        calendar.adding(workingDays: responseWorkingDays, after: CivilDate(receivedAt))
    }

    public var isOpen: Bool { status == .received }

    /// Still open after its last day.
    public func isOverdue(today: CivilDate) -> Bool {
        isOpen && today > deadline
    }
}
