import Foundation
import Hummingbird
import HocVuSoCore

/// Login, logout and the first-run set-up page.
struct AuthPages {
    let services: AppServices

    struct LoginModel {
        var csrf: String
        var username: String
        var error: String?
        var setupOpen: Bool
        /// Where to go after logging in (a local path), when the login interrupted something.
        var next: String? = nil
    }

    func register(_ routes: Routes) {
        routes.get("/login", .open) { request, context in
            let model = LoginModel(csrf: context.csrfToken, username: "", error: nil,
                                   setupOpen: try await services.store.accounts.userCount() == 0,
                                   next: LocalPath.checked(request.query("next")))
            return try services.render("login", model, layout: services.layout(Strings.loginTitle, context: context,
                                                                                flash: Flash.message(request.query("done"))))
        }
        routes.post("/login", .open) { request, context in
            var request = request
            let form = try await request.form()
            let username = form.text("username") ?? ""
            do {
                let issued = try await services.sessions.login(username: username, password: form.first("password") ?? "",
                                                               kind: "web", client: context.client,
                                                               lifetime: services.configuration.sessionLifetime)
                var response = Response(status: .seeOther, headers: [.location: LocalPath.checked(form.text("next")) ?? "/"])
                response.setCookie(Cookie(name: AccessMiddleware.sessionCookie, value: issued.token,
                                          maxAge: Int(services.configuration.sessionLifetime), path: "/",
                                          secure: services.configuration.secureCookies, httpOnly: true, sameSite: .strict))
                return response
            } catch let error as DomainError {
                let model = LoginModel(csrf: context.csrfToken, username: username, error: error.message, setupOpen: false,
                                       next: LocalPath.checked(form.text("next")))
                let status = ErrorMiddleware.status(error.kind)
                return try services.render("login", model, layout: services.layout(Strings.loginTitle, context: context), status: status)
                    .response(from: request, context: context)
            }
        }
        routes.post("/logout", .signedIn) { _, context in
            if let identity = context.identity {
                try await services.sessions.logout(identity)
            }
            var response = Response(status: .seeOther, headers: [.location: "/login?done=logged-out"])
            response.setCookie(Cookie(name: AccessMiddleware.sessionCookie, value: "", maxAge: 0, path: "/",
                                      secure: services.configuration.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        routes.get("/", .open) { _, context in
            guard let account = context.identity?.account else {
                if try await services.store.accounts.userCount() == 0 { return SeeOther("/setup") }
                return SeeOther("/login")
            }
            return SeeOther(account.role == .admin ? "/units" : "/units/\(account.unitCode)")
        }
        SetupPage(services: services).register(routes)
    }
}
