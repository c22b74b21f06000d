import Foundation

/// Rules for teams, memberships and shifts, checked before anything is stored.
public enum TeamRules {
    public static let maxNameLength = 120

    /// A team's name is required; a village team needs an open village of its commune; at most one active
    /// village team per village, and one rapid-response team per commune.
    public static func check(_ team: Team, directory: UnitDirectory, existing: [Team], today: CivilDate) throws {
        let name = team.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw DomainError(.invalid, code: "team.name", message: Strings.teamNameRequired)
        }
        guard name.count <= maxNameLength else {
            throw DomainError(.invalid, code: "team.name", message: Strings.fieldTooLong(maxNameLength))
        }
        guard team.formedOn <= today else {
            throw DomainError(.invalid, code: "team.date", message: Strings.dateInFuture)
        }
        let others = existing.filter { $0.id != team.id && $0.isActive(on: today) }
        switch team.level {
        case .village:
            guard let code = team.villageCode, let village = directory[code], village.level == .village,
                  village.parentCode == team.communeCode else {
                throw DomainError(.invalid, code: "team.village", message: Strings.teamVillageRequired)
            }
            guard village.status == .active else {
                throw DomainError(.invalid, code: "team.village", message: Strings.residentVillageClosed)
            }
            if others.contains(where: { $0.level == .village && $0.villageCode == code }) {
                throw DomainError(.conflict, code: "team.duplicate", message: Strings.teamVillageTaken(village.fullName))
            }
        case .commune, .rapidResponse:
            guard team.villageCode == nil else {
                throw DomainError(.invalid, code: "team.village", message: Strings.teamVillageNotAllowed)
            }
            if others.contains(where: { $0.level == team.level }) {
                throw DomainError(.conflict, code: "team.duplicate", message: Strings.teamLevelTaken(Strings.teamLevelLabel(team.level)))
            }
        }
    }

    /// A member needs a name, sensible dates, a valid phone if any; a team has one active leader.
    public static func check(_ member: TeamMember, others: [TeamMember], today: CivilDate) throws {
        let name = member.fullName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw DomainError(.invalid, code: "member.name", message: Strings.residentNameRequired)
        }
        guard name.count <= maxNameLength, (member.organisation ?? "").count <= maxNameLength else {
            throw DomainError(.invalid, code: "member.name", message: Strings.fieldTooLong(maxNameLength))
        }
        if let phone = member.phone, case .failure = PhoneNumber.validate(phone) {
            throw DomainError(.invalid, code: "member.phone", message: Strings.residentPhoneInvalid)
        }
        if let until = member.until, until < member.from {
            throw DomainError(.invalid, code: "member.dates", message: Strings.membershipDatesReversed)
        }
        guard member.from <= today else {
            throw DomainError(.invalid, code: "member.dates", message: Strings.dateInFuture)
        }
        let active = others.filter { $0.id != member.id && $0.isActive(on: today) }
        if member.role == .leader, member.isActive(on: today), active.contains(where: { $0.role == .leader }) {
            throw DomainError(.conflict, code: "member.leader", message: Strings.teamHasLeader)
        }
        if let resident = member.residentID, active.contains(where: { $0.residentID == resident }) {
            throw DomainError(.conflict, code: "member.duplicate", message: Strings.memberAlreadyOnTeam)
        }
    }

    /// A shift ends after it starts, at a named place, for a member of the same team.
    public static func check(_ shift: DutyShift, member: TeamMember?) throws {
        guard let member, member.teamID == shift.teamID else {
            throw DomainError(.invalid, code: "shift.member", message: Strings.shiftMemberRequired)
        }
        guard shift.start < shift.end else {
            throw DomainError(.invalid, code: "shift.time", message: Strings.shiftTimesReversed)
        }
        let place = shift.place.trimmingCharacters(in: .whitespaces)
        guard !place.isEmpty, place.count <= maxNameLength else {
            throw DomainError(.invalid, code: "shift.place", message: Strings.shiftPlaceRequired)
        }
    }
}
