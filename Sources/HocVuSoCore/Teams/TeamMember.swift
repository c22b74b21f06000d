import Foundation

public enum TeamRole: String, Sendable, Codable, CaseIterable {
    case leader
    case member
}

/// A person on a team for a period: a registered resident, or an official named by hand.
/// When `userID` is set, that account logs in as this member and its sessions are recorded in the member's name.
public struct TeamMember: Sendable, Equatable, Codable {
    public var id: UUID
    public var teamID: UUID
    public var fullName: String
    public var residentID: UUID?
    public var userID: UUID?
    public var role: TeamRole
    /// Where the member comes from: "Đoàn Thanh niên", "Giáo viên", "Công chức xã" …
    public var organisation: String?
    public var phone: String?
    public var from: CivilDate
    public var until: CivilDate?

    public init(id: UUID, teamID: UUID, fullName: String, residentID: UUID? = nil, userID: UUID? = nil,
                role: TeamRole, organisation: String? = nil, phone: String? = nil, from: CivilDate, until: CivilDate? = nil) {
        self.id = id
        self.teamID = teamID
        self.fullName = fullName
        self.residentID = residentID
        self.userID = userID
        self.role = role
        self.organisation = organisation
        self.phone = phone
        self.from = from
        self.until = until
    }

    /// A membership runs from `from` up to and including `until`.
    public func isActive(on day: CivilDate) -> Bool {
        from <= day && (until.map { day <= $0 } ?? true)
    }
}
