import Foundation
import Hummingbird
import HocVuSoCore

/// What a route needs before its handler runs. Every route is registered with one; a route without one is refused.
public struct RoutePolicy: Sendable {
    /// Finds the unit a request addresses (from the path), so the scope check can run before the handler.
    public typealias TargetResolver = @Sendable (Request, AppContext, AppServices) async throws -> String?

    public let requiresLogin: Bool
    public let permission: Permission?
    public let target: TargetResolver?
    /// A short name for the kind of target, used by the authorization tests.
    public let targetKind: String

    /// Anyone, logged in or not (login, health, static files, set-up).
    public static let open = RoutePolicy(requiresLogin: false, permission: nil, target: nil, targetKind: "none")
    /// Any logged-in account, no unit involved.
    public static let signedIn = RoutePolicy(requiresLogin: true, permission: nil, target: nil, targetKind: "none")

    /// A route whose `{code}` path parameter names a unit inside the account's scope.
    public static func unit(_ permission: Permission) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: { _, context, _ in
            context.parameters.get("code")
        }, targetKind: "unit")
    }

    /// A route whose `{id}` path parameter names a resident living inside the account's scope.
    public static func resident(_ permission: Permission) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: { _, context, services in
            guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else {
                throw DomainError(.notFound, code: "resident.not-found", message: Strings.residentNotFound)
            }
            guard let village = try await services.store.residents.villageCode(of: id) else {
                throw DomainError(.notFound, code: "resident.not-found", message: Strings.residentNotFound)
            }
            return village
        }, targetKind: "resident")
    }

    /// A route whose `{job}` path parameter names an import job started for a unit inside the account's scope.
    public static func importJob(_ permission: Permission) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: { _, context, services in
            guard let text = context.parameters.get("job"), let id = UUID(uuidString: text),
                  let unit = await services.imports.unitCode(of: id) else {
                throw DomainError(.notFound, code: "import.not-found", message: Strings.importJobNotFound)
            }
            return unit
        }, targetKind: "import")
    }
}

/// The policies of all routes, keyed by method and path pattern; filled while the router is built, then read only.
public final class PolicyTable: @unchecked Sendable {
    private var policies: [String: RoutePolicy] = [:]

    func set(_ policy: RoutePolicy, method: HTTPRequest.Method, path: String) {
        policies[Self.key(method, path)] = policy
    }

    public func policy(method: HTTPRequest.Method, path: String) -> RoutePolicy? {
        policies[Self.key(method, path)]
    }

    static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        "\(method.rawValue) \(path)"
    }
}
