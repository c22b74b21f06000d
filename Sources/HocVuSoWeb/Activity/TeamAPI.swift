import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/api/v1/…/teams`, members, shifts and the duty roster.
struct TeamAPI {
    let services: AppServices

    struct TeamRequest: Decodable {
        var level: String
        var name: String?
        var villageCode: String?
        var formedOn: String?
    }

    struct MemberRequest: Decodable {
        var fullName: String?
        var residentId: String?
        var role: String?
        var organisation: String?
        var phone: String?
        var from: String?
    }

    struct ShiftRequest: Decodable {
        var memberId: String
        var weekday: Int
        var start: String
        var end: String
        var place: String?
    }

    struct TeamsJSON: Encodable, Sendable {
        var items: [TeamJSON]
        var teams: Int
        var members: Int
        var villagesWithoutTeam: [String]
    }

    struct DutyJSON: Encodable, Sendable {
        var date: String
        var weekday: Int
        var memberId: String
        var memberName: String
        var teamId: String
        var teamName: String
        var start: String
        var end: String
        var place: String
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/teams", .unit(.readActivity)) { _, context in
            let commune = try ActivityUnits.commune(of: try context.authorizedUnit(), services.store.directory)
            let roster = try await services.store.teams.roster(commune: commune.code)
            let today = CivilDate(services.clock.now())
            let summary = TeamCounts(teams: roster.teams, members: roster.members, villages: services.store.directory.children(of: commune.code), today: today)
            return JSONResponse(TeamsJSON(items: roster.teams.map { TeamJSON($0, roster: roster, today: today) },
                                          teams: summary.activeTeams, members: summary.activeMembers,
                                          villagesWithoutTeam: summary.villagesWithoutTeam.map(\.code)))
        }
        routes.post("/api/v1/units/{code}/teams", .unit(.manageTeams)) { request, context in
            let directory = services.store.directory
            let commune = try ActivityUnits.commune(of: try context.authorizedUnit(), directory)
            let body = try await decode(TeamRequest.self, request, context)
            guard let level = TeamLevel(rawValue: body.level) else {
                throw DomainError(.invalid, code: "team.level", message: Strings.levelInvalid)
            }
            let today = CivilDate(services.clock.now())
            let unitName = body.villageCode.flatMap { directory[$0]?.fullName } ?? commune.fullName
            let team = Team(id: UUID(), communeCode: commune.code, villageCode: body.villageCode, level: level,
                            name: body.name ?? Strings.teamDefaultName(level, unitName: unitName),
                            formedOn: try Self.date(body.formedOn, default: today))
            try await services.store.teams.create(team, directory: directory)
            let roster = try await services.store.teams.roster(commune: commune.code)
            return JSONResponse(TeamJSON(team, roster: roster, today: today), status: .created)
        }
        routes.get("/api/v1/teams/{team}", .team(.readActivity)) { _, context in
            let team = try await self.team(context)
            let roster = try await services.store.teams.roster(commune: team.communeCode)
            return JSONResponse(TeamJSON(team, roster: roster, today: CivilDate(services.clock.now())))
        }
        routes.post("/api/v1/teams/{team}/members", .team(.manageTeams)) { request, context in
            let team = try await self.team(context)
            let body = try await decode(MemberRequest.self, request, context)
            let member = try await self.member(body, team: team, actor: context.actor())
            try await services.store.teams.add(member, directory: services.store.directory)
            let roster = try await services.store.teams.roster(commune: team.communeCode)
            return JSONResponse(TeamJSON(team, roster: roster, today: CivilDate(services.clock.now())), status: .created)
        }
        routes.post("/api/v1/teams/{team}/shifts", .team(.manageTeams)) { request, context in
            let team = try await self.team(context)
            let body = try await decode(ShiftRequest.self, request, context)
            guard let weekday = Weekday(rawValue: body.weekday) else {
                throw DomainError(.invalid, code: "shift.weekday", message: Strings.weekdayInvalid)
            }
            guard let start = ClockTime(body.start), let end = ClockTime(body.end) else {
                throw DomainError(.invalid, code: "shift.time", message: Strings.shiftTimeInvalid)
            }
            guard let memberID = UUID(uuidString: body.memberId) else {
                throw DomainError(.invalid, code: "shift.member", message: Strings.shiftMemberRequired)
            }
            let shift = DutyShift(id: UUID(), teamID: team.id, memberID: memberID, weekday: weekday, start: start, end: end,
                                  place: body.place ?? Strings.teamDefaultShiftPlace)
            try await services.store.teams.addShift(shift)
            let roster = try await services.store.teams.roster(commune: team.communeCode)
            return JSONResponse(TeamJSON(team, roster: roster, today: CivilDate(services.clock.now())), status: .created)
        }
        routes.get("/api/v1/units/{code}/roster", .unit(.readActivity)) { request, context in
            let commune = try ActivityUnits.commune(of: try context.authorizedUnit(), services.store.directory)
            let day = try Self.date(request.query("date"), default: CivilDate(services.clock.now()))
            let roster = try await services.store.teams.roster(commune: commune.code)
            let duties = DutyRoster(teams: roster.teams, members: roster.members, shifts: roster.shifts).week(of: day)
            return JSONResponse(ItemsJSON(items: duties.flatMap { entry in
                entry.duties.map {
                    DutyJSON(date: entry.day.iso, weekday: $0.shift.weekday.rawValue, memberId: $0.member.id.uuidString,
                             memberName: $0.member.fullName, teamId: $0.team.id.uuidString, teamName: $0.team.name,
                             start: $0.shift.start.description, end: $0.shift.end.description, place: $0.shift.place)
                }
            }))
        }
    }

    private func team(_ context: AppContext) async throws -> Team {
        guard let text = context.parameters.get("team"), let id = UUID(uuidString: text),
              let team = try await services.store.teams.team(id) else {
            throw DomainError(.notFound, code: "team.not-found", message: Strings.teamNotFound)
        }
        return team
    }

    /// A member from the request: a resident of the commune (name taken from the registry) or a name typed in.
    private func member(_ body: MemberRequest, team: Team, actor: AccessActor) async throws -> TeamMember {
        let today = CivilDate(services.clock.now())
        guard let role = TeamRole(rawValue: body.role ?? TeamRole.member.rawValue) else {
            throw DomainError(.invalid, code: "member.role", message: Strings.levelInvalid)
        }
        var name = body.fullName ?? ""
        var residentID: UUID?
        if let text = body.residentId {
            guard let id = UUID(uuidString: text) else {
                throw DomainError(.invalid, code: "member.resident", message: Strings.sessionResidentInvalid)
            }
            let resident = try await services.store.residents.get(id, actor: actor)
            guard services.store.directory[resident.villageCode]?.parentCode == team.communeCode else {
                throw DomainError(.invalid, code: "member.resident", message: Strings.attendeeOtherCommune)
            }
            name = resident.fullName
            residentID = id
        }
        return TeamMember(id: UUID(), teamID: team.id, fullName: VietnameseText.normalize(name), residentID: residentID,
                          role: role, organisation: body.organisation, phone: body.phone,
                          from: try Self.date(body.from, default: today))
    }

    static func date(_ text: String?, default fallback: CivilDate) throws -> CivilDate {
        guard let text, !text.isEmpty else { return fallback }
        guard let date = CivilDate(typed: text) else {
            throw DomainError(.invalid, code: "date", message: Strings.dateInvalid)
        }
        return date
    }
}
