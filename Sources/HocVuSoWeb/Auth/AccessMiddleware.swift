import Foundation
import HTTPTypes
import Hummingbird
import HocVuSoCore

/// The one place where access is decided, for every route: it finds the route's policy (deny when there is none),
/// authenticates the cookie or bearer token, checks CSRF on state-changing browser requests, checks the role's
/// permission, and checks that the unit the route addresses lies inside the account's unit subtree.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: AppServices
    let policies: PolicyTable

    static let sessionCookie = "hv_session"
    static let anonymousCookie = "hv_pre"
    static let csrfField = "_csrf"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard let path = context.endpointPath, path != "NotFound" else {
            return try await next(request, context)
        }
        guard let policy = policies.policy(method: request.method, path: path) else {
            context.logger.error("route without a policy refused", metadata: ["route": .string("\(request.method) \(path)")])
            throw DomainError(.forbidden, code: "policy.missing", message: Strings.forbiddenRole)
        }
        var context = context
        var request = request
        var newAnonymousToken: String?

        // /metrics reads its own scraper token from the same header; it is not a session.
        if let bearer = Self.bearerToken(request), path != MetricsRoutes.path {
            context.identity = try await services.sessions.identity(token: bearer)
            if context.identity == nil {
                throw DomainError(.unauthorized, code: "auth.expired", message: Strings.sessionExpired)
            }
        } else if let token = request.cookies[Self.sessionCookie]?.value {
            context.identity = try await services.sessions.identity(token: token)
        }
        if context.identity == nil {
            if let token = request.cookies[Self.anonymousCookie]?.value, token.count >= 32 {
                context.anonymousCSRF = token
            } else {
                newAnonymousToken = SessionService.randomToken()
                context.anonymousCSRF = newAnonymousToken
            }
        }

        if policy.requiresLogin, context.identity == nil {
            throw DomainError(.unauthorized, code: "auth.required", message: Strings.notLoggedIn)
        }
        // Browser requests ride on ambient cookies, so they must prove they come from our own page; a script
        // calling the API with a bearer token (or with no cookie at all) cannot be forged that way.
        let browserRequest = !request.uri.path.hasPrefix("/api/") || request.cookies[Self.sessionCookie] != nil
        if ![.get, .head, .options].contains(request.method), context.identity?.kind != "api", browserRequest {
            try await checkCSRF(&request, context: context)
        }
        if let permission = policy.permission, let account = context.identity?.account, !account.role.may(permission) {
            throw DomainError(.forbidden, code: "role", message: Strings.forbiddenRole)
        }
        if let resolve = policy.target {
            guard let code = try await resolve(request, context, services), let unit = services.store.directory[code] else {
                throw DomainError(.notFound, code: "unit.not-found", message: Strings.pageNotFound)
            }
            guard let account = context.identity?.account, Self.inScope(unit.code, account: account, directory: services.store.directory) else {
                throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
            }
            context.unit = unit
        }
        var response = try await next(request, context)
        if let newAnonymousToken {
            response.setCookie(Cookie(name: Self.anonymousCookie, value: newAnonymousToken, path: "/",
                                      secure: services.configuration.secureCookies, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    static func inScope(_ code: String, account: Account, directory: UnitDirectory) -> Bool {
        account.role == .admin || directory.contains(code, under: account.unitCode)
    }

    static func bearerToken(_ request: Request) -> String? {
        guard let value = request.headers[.authorization], value.lowercased().hasPrefix("bearer ") else { return nil }
        return String(value.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    /// The token must come back in a header, a url-encoded field, or a multipart field, and match this session's.
    private func checkCSRF(_ request: inout Request, context: AppContext) async throws {
        let expected = context.csrfToken
        var presented = request.headers[Self.csrfHeader]
        if presented == nil {
            let contentType = request.headers[.contentType] ?? ""
            if contentType.hasPrefix("application/x-www-form-urlencoded") {
                let body = try await request.collectBody(upTo: 1 << 20)
                presented = FormData(body: body).first(Self.csrfField)
            } else if contentType.hasPrefix("multipart/form-data") {
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                presented = try Multipart.parse(body: body, contentType: contentType).field(Self.csrfField)
            }
        }
        guard !expected.isEmpty, let presented, Self.constantTimeEqual(presented, expected) else {
            throw DomainError(.forbidden, code: "csrf", message: Strings.csrfFailed)
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
