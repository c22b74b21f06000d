import Hummingbird
import HocVuSoCore
import NIOCore

/// Who is asking (once authenticated) and which unit the route was authorised for.
public struct Identity: Sendable {
    public var account: Account
    public var csrfToken: String
    /// "web" for a browser cookie session, "api" for a bearer token.
    public var kind: String
    public var tokenHash: String
}

/// The request context of every route: filled by `AccessMiddleware` before a handler runs.
public struct AppContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public var identity: Identity?
    /// The unit the route addresses, already checked against the identity's scope.
    public var unit: AdminUnit?
    /// The CSRF token for forms on anonymous pages (login, set-up).
    public var anonymousCSRF: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Uploads (resident lists) may be large; everything else is small.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }

    /// The authenticated account; routes behind a policy other than `.public` always have one.
    public func account() throws -> Account {
        guard let identity else {
            throw DomainError(.unauthorized, code: "auth.required", message: Strings.notLoggedIn)
        }
        return identity.account
    }

    /// The authorised unit of a unit route.
    public func authorizedUnit() throws -> AdminUnit {
        guard let unit else {
            throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
        }
        return unit
    }

    public var csrfToken: String { identity?.csrfToken ?? anonymousCSRF ?? "" }

    public var client: String {
        remoteAddress?.ipAddress ?? "unknown"
    }

    public func actor() -> AccessActor {
        AccessActor(userID: identity?.account.id, username: identity?.account.username ?? "anonymous", client: client,
                    role: identity?.account.role)
    }
}
