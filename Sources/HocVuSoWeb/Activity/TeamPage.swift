import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// One team: its members (current and former), its weekly shifts, and the forms that change them.
struct TeamPage {
    let services: AppServices

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let team = try await team(context)
        var state = TeamPageState()
        state.memberForm.from = VietnameseFormat.date(services.today)
        return try await render(team, state: state, context: context, flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    /// The team of the `{team}` path parameter (the access policy has already found it in scope).
    func team(_ context: AppContext) async throws -> Team {
        let id = try context.uuidParameter("team", notFound: Strings.teamNotFound)
        guard let team = try await services.store.teams.team(id) else {
            throw DomainError(.notFound, code: "team.not-found", message: Strings.teamNotFound)
        }
        return team
    }

    func render(_ team: Team, state: TeamPageState, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let roster = try await services.store.teams.roster(commune: team.communeCode)
        let today = services.today
        let members = roster.members(of: team.id)
        let linked = Set(members.compactMap(\.userID))
        var usernames: [UUID: String] = [:]
        if !linked.isEmpty {
            let units = [team.communeCode] + services.store.directory.children(of: team.communeCode).map(\.code)
            for found in try await services.store.accounts.accounts(under: units) where linked.contains(found.id) {
                usernames[found.id] = found.username
            }
        }
        let scopeName = services.unitName(team.unitCode)
        func row(_ m: TeamMember) -> TeamPageModel.MemberRow {
            var endError: String?, accountError: String?
            switch state.failure {
            case .end(let id, let message) where id == m.id: endError = message
            case .account(let id, let message) where id == m.id: accountError = message
            default: break
            }
            let typed = state.username?.member == m.id ? state.username?.text : nil
            return TeamPageModel.MemberRow(
                id: m.id.uuidString, name: m.fullName, role: Strings.teamRoleLabel(m.role), isLeader: m.role == .leader,
                organisation: m.organisation, phone: m.phone, from: VietnameseFormat.date(m.from),
                until: m.until.map(VietnameseFormat.date), username: m.userID.flatMap { usernames[$0] },
                hasAccount: m.userID != nil, accountRole: Strings.roleLabel(Self.accountRole(m.role)), accountScope: scopeName,
                suggestedUsername: typed ?? UsernameSuggestion.make(m.fullName),
                endAction: "/teams/\(team.id.uuidString)/members/\(m.id.uuidString)/end",
                accountAction: "/teams/\(team.id.uuidString)/members/\(m.id.uuidString)/account",
                endError: endError, accountError: accountError, openEnd: endError != nil, openAccount: accountError != nil)
        }
        let current = members.filter { $0.until.map { $0 > today } ?? true }
        let byID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
        let shifts = roster.shifts.filter { $0.teamID == team.id }.sorted { ($0.weekday, $0.start) < ($1.weekday, $1.start) }.map { s in
            var error: String?
            if case .deleteShift(let id, let message) = state.failure, id == s.id { error = message }
            return TeamPageModel.ShiftRow(day: Strings.weekdayLabel(s.weekday), time: "\(s.start)–\(s.end)",
                                          member: byID[s.memberID]?.fullName ?? "", place: s.place,
                                          deleteAction: "/teams/\(team.id.uuidString)/shifts/\(s.id.uuidString)/delete",
                                          error: error, open: error != nil)
        }
        var memberError: String?, shiftError: String?
        switch state.failure {
        case .member(let message): memberError = message
        case .shift(let message): shiftError = message
        default: break
        }
        let unit = services.store.directory[team.unitCode]
        // An account of the team's village alone browses the village's pages, not the commune's.
        let communeInScope = services.inScope(team.communeCode, context: context)
        let navUnit = services.store.directory[communeInScope ? team.communeCode : team.unitCode]
        let model = TeamPageModel(
            id: team.id.uuidString, name: team.name, level: Strings.teamLevelLabel(team.level), place: scopeName,
            formed: VietnameseFormat.date(team.formedOn), disbanded: team.disbandedOn.map(VietnameseFormat.date),
            nav: navUnit.map { ActivityNav.links($0, current: .teams) } ?? [],
            teamsHref: communeInScope ? "/units/\(team.communeCode)/teams" : nil,
            rosterHref: "/units/\(navUnit?.code ?? team.communeCode)/roster",
            members: current.map(row), hasMembers: !current.isEmpty,
            former: members.filter { $0.until.map { $0 <= today } ?? false }.map(row),
            shifts: shifts, hasShifts: !shifts.isEmpty,
            canManage: account.role.may(.manageTeams) && team.isActive(on: today), csrf: context.csrfToken,
            today: VietnameseFormat.date(today),
            roles: TeamRole.allCases.map { Option(value: $0.rawValue, label: Strings.teamRoleLabel($0), selected: $0.rawValue == state.memberForm.role) },
            memberForm: state.memberForm, memberError: memberError,
            shiftForm: state.shiftForm, shiftError: shiftError,
            memberOptions: current.filter { $0.isOnTeam(on: today) }.map {
                Option(value: $0.id.uuidString, label: $0.fullName, selected: $0.id.uuidString == state.shiftForm.memberID)
            },
            weekdays: Weekday.allCases.map {
                Option(value: String($0.rawValue), label: Strings.weekdayLabel($0), selected: state.shiftForm.days.contains($0.rawValue))
            },
            passwordHint: Strings.passwordTooShort(AccountRules.minimumPasswordLength))
        let layout = services.layout(team.name, context: context, unit: unit, flash: flash)
        return try services.render("team", model, layout: layout, status: state.isFailure ? .unprocessableContent : .ok)
    }

    /// The role an account made for a member gets.
    static func accountRole(_ role: TeamRole) -> Role {
        role == .leader ? .teamLeader : .teamMember
    }
}
