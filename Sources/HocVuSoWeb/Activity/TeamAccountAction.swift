import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Creating a login account for a team member and linking it, so the member records sessions in their own name.
/// The account gets the team-leader role for the leader, team-member otherwise, over the team's village or commune.
struct TeamAccountAction {
    let services: AppServices
    var page: TeamPage { TeamPage(services: services) }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let team = try await page.team(context)
        let member = try await TeamMemberActions.member(of: team, context: context, services: services)
        let username = (data.text("username") ?? "").lowercased()
        do {
            guard member.userID == nil else {
                throw DomainError(.conflict, code: "member.account", message: Strings.memberHasAccount)
            }
            guard member.until == nil, member.isActive(on: services.today) else {
                throw DomainError(.conflict, code: "member.ended", message: Strings.memberAlreadyLeft)
            }
            let password = data.first("password") ?? ""
            if let problem = AccountRules.usernameProblem(username) ?? AccountRules.passwordProblem(password, username: username) {
                throw DomainError(.invalid, code: "account.invalid", message: problem)
            }
            guard password == data.first("passwordAgain") else {
                throw DomainError(.invalid, code: "account.password", message: Strings.passwordsDiffer)
            }
            let account = Account(id: UUID(), username: username, displayName: member.fullName,
                                  role: TeamPage.accountRole(member.role), unitCode: team.unitCode)
            try await services.store.accounts.create(account, passwordHash: try await services.passwords.hash(password),
                                                     now: services.clock.now())
            try await services.store.teams.linkAccount(member: member.id, userID: account.id)
            await services.memberships.forget(account.id)
            return try seeOther("/teams/\(team.id.uuidString)", done: "account-created").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            var state = TeamPageState()
            state.memberForm.from = VietnameseFormat.date(services.today)
            state.username = (member.id, username)
            state.failure = .account(member.id, error.message)
            return try await page.render(team, state: state, context: context, flash: nil).response(from: request, context: context)
        }
    }
}
