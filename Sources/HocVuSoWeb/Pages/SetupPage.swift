import Foundation
import Hummingbird
import HocVuSoCore

/// The first-run page: creates the first administrator, and only while no account exists.
struct SetupPage {
    let services: AppServices

    struct Model {
        var csrf: String
        var username: String
        var displayName: String
        var errors: [String]
    }

    func register(_ routes: Routes) {
        routes.get("/setup", .open) { _, context in
            guard try await services.store.accounts.userCount() == 0 else {
                throw DomainError(.forbidden, code: "setup.closed", message: Strings.setupClosed)
            }
            return try services.render("setup", Model(csrf: context.csrfToken, username: "admin", displayName: "", errors: []),
                                       layout: services.layout(Strings.setupTitle, context: context))
        }
        routes.post("/setup", .open) { request, context in
            var request = request
            let form = try await request.form()
            let username = (form.text("username") ?? "").lowercased()
            let password = form.first("password") ?? ""
            let displayName = form.text("displayName") ?? username
            var errors = [AccountRules.usernameProblem(username), AccountRules.passwordProblem(password, username: username)]
                .compactMap { $0 }
            if password != form.first("passwordAgain") { errors.append(Strings.passwordsDiffer) }
            guard errors.isEmpty else {
                return try services.render("setup", Model(csrf: context.csrfToken, username: username, displayName: displayName, errors: errors),
                                           layout: services.layout(Strings.setupTitle, context: context), status: .unprocessableContent)
            }
            let account = Account(id: UUID(), username: username, displayName: displayName, role: .admin, unitCode: "")
            try await services.store.accounts.create(account, passwordHash: try await services.passwords.hash(password),
                                                     now: services.clock.now(), onlyIfNoUsers: true)
            return try services.render("setup-done", Model(csrf: "", username: username, displayName: displayName, errors: []),
                                       layout: services.layout(Strings.setupTitle, context: context))
        }
    }
}
