import Foundation
import HocVuSoCore
import SQLKit

/// Teams, memberships and duty shifts of the communes.
public struct TeamStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// Everything about a commune's teams, read in one snapshot.
    public struct Roster: Sendable {
        public var teams: [Team]
        public var members: [TeamMember]
        public var shifts: [DutyShift]

        public func members(of team: UUID) -> [TeamMember] { members.filter { $0.teamID == team } }
        public func member(_ id: UUID) -> TeamMember? { members.first { $0.id == id } }
        public func team(_ id: UUID) -> Team? { teams.first { $0.id == id } }
    }

    public func roster(commune communeCode: String) async throws -> Roster {
        try await database.read { sql in
            let teams = try await sql.select().column("*").from("teams").where("commune_code", .equal, communeCode)
                .orderBy("level").orderBy("village_code").orderBy("name").all().map(TeamRows.team)
            let members = try await sql.select().column("*").from("team_members").where("commune_code", .equal, communeCode)
                .orderBy("start_date").all().map(TeamRows.member)
            let shifts = try await sql.select().column("*").from("duty_shifts").where("commune_code", .equal, communeCode)
                .orderBy("weekday").orderBy("start_time").all().map(TeamRows.shift)
            return Roster(teams: teams, members: members.sorted { Self.memberOrder($0, $1) }, shifts: shifts)
        }
    }

    /// Leaders first, then by name in Vietnamese order.
    static func memberOrder(_ a: TeamMember, _ b: TeamMember) -> Bool {
        if a.role != b.role { return a.role == .leader }
        return VietnameseCollation.sortKey(fullName: a.fullName) < VietnameseCollation.sortKey(fullName: b.fullName)
    }

    public func team(_ id: UUID) async throws -> Team? {
        try await database.read { sql in
            try await sql.select().column("*").from("teams").where("id", .equal, id.uuidString).first().map(TeamRows.team)
        }
    }

    /// The unit a team works in (for the access check of `/teams/{team}` routes).
    public func unitCode(ofTeam id: UUID) async throws -> String? {
        try await team(id)?.unitCode
    }

    /// Creates a team after checking it against the commune's other teams, in one transaction.
    public func create(_ team: Team, directory: UnitDirectory) async throws {
        guard let province = directory[team.communeCode]?.provinceCode else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(team.communeCode))
        }
        let now = clock.now()
        try await database.write { sql in
            let existing = try await sql.select().column("*").from("teams").where("commune_code", .equal, team.communeCode)
                .all().map(TeamRows.team)
            try TeamRules.check(team, directory: directory, existing: existing, today: CivilDate(now))
            try await TeamRows.insertTeam(team, provinceCode: province, now: now, sql)
        }
    }

    /// Adds a member after checking the team's current members (one leader, nobody twice).
    public func add(_ member: TeamMember, directory: UnitDirectory) async throws {
        let now = clock.now()
        try await database.write { sql in
            guard let team = try await sql.select().column("*").from("teams").where("id", .equal, member.teamID.uuidString)
                .first().map(TeamRows.team), let province = directory[team.communeCode]?.provinceCode else {
                throw DomainError(.notFound, code: "team.not-found", message: Strings.teamNotFound)
            }
            let others = try await sql.select().column("*").from("team_members").where("team_id", .equal, team.id.uuidString)
                .all().map(TeamRows.member)
            try TeamRules.check(member, others: others, today: CivilDate(now))
            try await TeamRows.insertMembers([member], communeCode: team.communeCode, provinceCode: province, sql)
        }
    }

    public func member(_ id: UUID) async throws -> TeamMember? {
        try await database.read { sql in
            try await sql.select().column("*").from("team_members").where("id", .equal, id.uuidString).first().map(TeamRows.member)
        }
    }

    /// Ends a membership on `day` (the member stays in the history, and in old sessions).
    public func endMembership(_ id: UUID, on day: CivilDate) async throws {
        try await database.write { sql in
            guard let member = try await sql.select().column("*").from("team_members").where("id", .equal, id.uuidString)
                .first().map(TeamRows.member) else {
                throw DomainError(.notFound, code: "member.not-found", message: Strings.memberNotFound)
            }
            guard member.until == nil else {
                throw DomainError(.conflict, code: "member.ended", message: Strings.memberAlreadyLeft)
            }
            guard day >= member.from else {
                throw DomainError(.invalid, code: "member.dates", message: Strings.membershipDatesReversed)
            }
            try await sql.update("team_members").set("end_date", to: day.iso).where("id", .equal, id.uuidString).run()
            try await sql.delete(from: "duty_shifts").where("member_id", .equal, id.uuidString).run()
        }
    }

    /// Links an account to a member, so that account records sessions as this member.
    public func linkAccount(member id: UUID, userID: UUID) async throws {
        try await database.write { sql in
            try await sql.update("team_members").set("user_id", to: userID.uuidString).where("id", .equal, id.uuidString).run()
        }
    }

    /// The active membership of an account on `day`, with its team.
    public func membership(userID: UUID, on day: CivilDate) async throws -> (member: TeamMember, team: Team)? {
        try await database.read { sql in
            let members = try await sql.select().column("*").from("team_members").where("user_id", .equal, userID.uuidString)
                .all().map(TeamRows.member).filter { $0.isActive(on: day) }
            for member in members {
                if let team = try await sql.select().column("*").from("teams").where("id", .equal, member.teamID.uuidString)
                    .first().map(TeamRows.team), team.isActive(on: day) {
                    return (member, team)
                }
            }
            return nil
        }
    }

    public func addShift(_ shift: DutyShift) async throws {
        try await database.write { sql in
            let member = try await sql.select().column("*").from("team_members").where("id", .equal, shift.memberID.uuidString)
                .first().map(TeamRows.member)
            try TeamRules.check(shift, member: member)
            guard let row = try await sql.select().columns("province_code", "commune_code").from("teams")
                .where("id", .equal, shift.teamID.uuidString).first() else {
                throw DomainError(.notFound, code: "team.not-found", message: Strings.teamNotFound)
            }
            try await TeamRows.insertShifts([shift], communeCode: try row.text("commune_code"),
                                            provinceCode: try row.text("province_code"), sql)
        }
    }

    /// Removes a shift of `team`; a shift of another team is not found.
    public func removeShift(_ id: UUID, team: UUID) async throws {
        try await database.write { sql in
            guard try await sql.select().column("id").from("duty_shifts").where("id", .equal, id.uuidString)
                .where("team_id", .equal, team.uuidString).first() != nil else {
                throw DomainError(.notFound, code: "shift.not-found", message: Strings.shiftNotFound)
            }
            try await sql.delete(from: "duty_shifts").where("id", .equal, id.uuidString).run()
        }
    }

    /// Demo data: a commune's teams, members and shifts in one transaction.
    public func insert(teams: [Team], members: [TeamMember], shifts: [DutyShift], communeCode: String,
                       provinceCode: String) async throws {
        let now = clock.now()
        try await database.write { sql in
            for team in teams { try await TeamRows.insertTeam(team, provinceCode: provinceCode, now: now, sql) }
            try await TeamRows.insertMembers(members, communeCode: communeCode, provinceCode: provinceCode, sql)
            try await TeamRows.insertShifts(shifts, communeCode: communeCode, provinceCode: provinceCode, sql)
        }
    }
}
