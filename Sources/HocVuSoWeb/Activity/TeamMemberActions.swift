import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Adding a member to a team, and ending a membership (with confirmation).
struct TeamMemberActions {
    let services: AppServices
    var page: TeamPage { TeamPage(services: services) }

    func add(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let team = try await page.team(context)
        var state = TeamPageState()
        state.memberForm = TeamPageModel.MemberForm(
            fullName: data.text("fullName") ?? "", role: data.text("role") ?? "", organisation: data.text("organisation") ?? "",
            phone: data.text("phone") ?? "", cccd: data.text("cccd") ?? "", from: data.text("from") ?? "")
        do {
            guard let role = TeamRole(rawValue: state.memberForm.role) else {
                throw DomainError(.invalid, code: "member.role", message: Strings.memberRoleRequired)
            }
            var fullName = state.memberForm.fullName
            var residentID: UUID?
            if let cccd = data.text("cccd") {
                let number = CCCD.compact(cccd)
                guard let resident = try await services.store.residents.residents(commune: team.communeCode, cccds: [number])[number] else {
                    throw DomainError(.invalid, code: "member.cccd", message: Strings.memberResidentNotFound(cccd))
                }
                residentID = resident.id
                if fullName.isEmpty { fullName = resident.fullName }
            }
            let member = TeamMember(id: UUID(), teamID: team.id, fullName: VietnameseText.titleCaseName(fullName),
                                    residentID: residentID, role: role, organisation: data.text("organisation"),
                                    phone: data.text("phone").map { (try? PhoneNumber.validate($0).get()) ?? $0 },
                                    from: try ActivityInput.date(data.text("from"), fallback: services.today))
            try await services.store.teams.add(member, directory: services.store.directory)
            return try seeOther("/teams/\(team.id.uuidString)", done: "member-added").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            state.failure = .member(error.message)
            return try await page.render(team, state: state, context: context, flash: nil).response(from: request, context: context)
        }
    }

    func end(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let team = try await page.team(context)
        let member = try await Self.member(of: team, context: context, services: services)
        do {
            guard data.first("confirm") == "yes" else {
                throw DomainError(.invalid, code: "member.confirm", message: Strings.confirmRequired)
            }
            let day = try ActivityInput.date(data.text("until"), fallback: services.today)
            guard day <= services.today else {
                throw DomainError(.invalid, code: "member.dates", message: Strings.dateInFuture)
            }
            try await services.store.teams.endMembership(member.id, on: day)
            await services.memberships.forget(member.userID)
            return try seeOther("/teams/\(team.id.uuidString)", done: "member-ended").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            var state = TeamPageState()
            state.memberForm.from = VietnameseFormat.date(services.today)
            state.failure = .end(member.id, error.message)
            return try await page.render(team, state: state, context: context, flash: nil).response(from: request, context: context)
        }
    }

    /// The member of the `{member}` path parameter; a member of another team is not found.
    static func member(of team: Team, context: AppContext, services: AppServices) async throws -> TeamMember {
        let id = try context.uuidParameter("member", notFound: Strings.memberNotFound)
        guard let member = try await services.store.teams.member(id), member.teamID == team.id else {
            throw DomainError(.notFound, code: "member.not-found", message: Strings.memberNotFound)
        }
        return member
    }
}
