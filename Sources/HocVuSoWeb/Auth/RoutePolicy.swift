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

    /// A logged-in account whose role has `permission`; no unit in the path (the handler checks each item's unit).
    public static func permission(_ permission: Permission) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: nil, targetKind: "none")
    }

    /// A route whose `{team}` path parameter names a team working inside the account's scope.
    public static func team(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "team", kind: "team", notFound: Strings.teamNotFound) { id, services in
            try await services.store.teams.unitCode(ofTeam: id)
        }
    }

    /// A route whose `{event}` path parameter names an event held inside the account's scope.
    public static func event(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "event", kind: "event", notFound: Strings.eventNotFound) { id, services in
            try await services.store.events.get(id)?.event.unitCode
        }
    }

    /// A route whose `{session}` path parameter names a support session recorded inside the account's scope.
    public static func session(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "session", kind: "session", notFound: Strings.sessionNotFound) { id, services in
            try await services.store.sessions.get(id)?.session.unitCode
        }
    }

    /// A route whose `{report}` path parameter names a commune report of a commune inside the account's scope.
    public static func report(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "report", kind: "report", notFound: Strings.reportNotFound) { id, services in
            try await services.store.reports.communeCode(ofReport: id)
        }
    }

    /// A route whose `{request}` path parameter names a report request of a province inside the account's scope.
    public static func reportRequest(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "request", kind: "request", notFound: Strings.requestNotFound) { id, services in
            try await services.store.reports.provinceCode(ofRequest: id)
        }
    }

    /// A route whose `{received}` path parameter names a report received the old way by a province inside the
    /// account's scope.
    public static func receivedReport(_ permission: Permission) -> RoutePolicy {
        record(permission, parameter: "received", kind: "received", notFound: Strings.receivedNotFound) { id, services in
            try await services.store.received.provinceCode(of: id)
        }
    }

    /// A route whose path parameter is the UUID of a record; `unit` finds the unit the record belongs to.
    static func record(_ permission: Permission, parameter: String, kind: String, notFound: String,
                       unit: @escaping @Sendable (UUID, AppServices) async throws -> String?) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: { _, context, services in
            guard let text = context.parameters.get(parameter), let id = UUID(uuidString: text),
                  let code = try await unit(id, services) else {
                throw DomainError(.notFound, code: "\(kind).not-found", message: notFound)
            }
            return code
        }, targetKind: kind)
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
