import Foundation
import Hummingbird
import HocVuSoCore

/// Bearer-token login for scripts: `POST /api/v1/auth/login` → `{"token"}`.
struct AuthAPI {
    let services: AppServices
    /// API tokens last longer than browser sessions; scripts log in again when one expires.
    static let lifetime: TimeInterval = 24 * 3600

    func register(_ routes: Routes) {
        routes.post("/api/v1/auth/login", .open) { request, context in
            let body = try await decode(LoginRequest.self, request, context)
            let issued = try await services.sessions.login(username: body.username, password: body.password, kind: "api",
                                                           client: context.client, lifetime: Self.lifetime)
            return JSONResponse(LoginResponse(token: issued.token, expiresAt: ISO8601DateFormatter().string(from: issued.expiresAt),
                                              username: issued.account.username, role: issued.account.role.rawValue,
                                              unitCode: issued.account.unitCode))
        }
        routes.post("/api/v1/auth/logout", .signedIn) { _, context in
            if let identity = context.identity {
                try await services.sessions.logout(identity)
            }
            return JSONResponse(StatusJSON(status: "logged-out"))
        }
    }
}
