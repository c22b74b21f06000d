import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Role scoping on every route")
struct AuthorizationTests {
    @Test("every route of the router has an access policy")
    func everyRouteHasPolicy() async throws {
        try await WebFixture.with { fixture in
        let routes = fixture.routeCases
        #expect(routes.count > 20)
        for route in routes {
            #expect(route.policy != nil, "no policy: \(route.method) \(route.path)")
        }
        }
    }

    /// Fills a route's path parameters with a target inside or outside the account's scope.
    func path(_ pattern: String, fixture: Targets, inside: Bool, role: Role) -> String {
        var path = pattern
        let unit: String
        if role == .department || role == .auditor {
            unit = inside ? "11131" : "18277"
        } else {
            unit = inside ? fixture.homeVillage : fixture.otherVillage
        }
        path = path.replacingOccurrences(of: "{code}", with: unit)
        let resident = inside || role == .department || role == .auditor ? fixture.homeResident : fixture.otherResident
        path = path.replacingOccurrences(of: "{id}", with: resident.uuidString)
        path = path.replacingOccurrences(of: "{job}", with: UUID().uuidString)
        let records = inside || role == .department || role == .auditor ? fixture.activity.home : fixture.activity.other
        path = path.replacingOccurrences(of: "{team}", with: records.team.uuidString)
        path = path.replacingOccurrences(of: "{event}", with: records.event.uuidString)
        path = path.replacingOccurrences(of: "{session}", with: records.session.uuidString)
        path = path.replacingOccurrences(of: "{request}", with: records.request.uuidString)
        path = path.replacingOccurrences(of: "{report}", with: records.report.uuidString)
        path = path.replacingOccurrences(of: "{privacyRequest}", with: records.privacyRequest.uuidString)
        path = path.replacingOccurrences(of: "{received}", with: records.received.uuidString)
        path = path.replacingOccurrences(of: "{member}", with: UUID().uuidString)
        path = path.replacingOccurrences(of: "{shift}", with: UUID().uuidString)
        path = path.replacingOccurrences(of: "{key}", with: "vneid")
        path = path.replacingOccurrences(of: "{file}", with: "app.css")
        return path
    }

    @Test("outside its unit, no role can read or change anything, on any route")
    func nothingOutsideScope() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases
        let fixture = made.targets
        try await made.application().test(.router) { client in
            for (role, _) in WebFixture.accounts where role != .admin {
                let token = try await client.token(role.rawValue)
                for route in routes {
                    guard let policy = route.policy, policy.target != nil, route.path.contains("{") else { continue }
                    // Department sits on Hải Phòng; its out-of-scope resident is unknown, so only unit routes apply there.
                    if (role == .department || role == .auditor) && policy.targetKind != "unit" { continue }
                    let uri = path(route.path, fixture: fixture, inside: false, role: role)
                    let status = try await client.execute(uri: uri, method: route.method,
                                                          headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                          body: ByteBuffer(string: "{}")) { $0.status }
                    if policy.targetKind == "import" {
                        #expect(status == .notFound || status == .forbidden, "\(role) \(route.method) \(uri) → \(status)")
                    } else {
                        #expect(status == .forbidden, "\(role) \(route.method) \(uri) → \(status)")
                    }
                }
            }
        }
        }
    }

    @Test("inside its unit, a role reaches the routes its permissions allow and no others")
    func insideScopeFollowsPermissions() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases
        let fixture = made.targets
        try await made.application().test(.router) { client in
            for (role, _) in WebFixture.accounts {
                let token = try await client.token(role.rawValue)
                for route in routes where route.method == .get {
                    guard let policy = route.policy, let permission = policy.permission, policy.targetKind != "import" else { continue }
                    let uri = path(route.path, fixture: fixture, inside: true, role: role)
                    let status = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) { $0.status }
                    if role.may(permission) {
                        #expect(status != .forbidden && status.code < 500, "\(role) GET \(uri) → \(status)")
                    } else {
                        #expect(status == .forbidden, "\(role) GET \(uri) → \(status)")
                    }
                }
            }
        }
        }
    }

    @Test("without a login, only open routes answer; pages redirect to the login page")
    func anonymous() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases
        let fixture = made.targets
        try await made.application().test(.router) { client in
            for route in routes {
                guard let policy = route.policy, policy.requiresLogin else { continue }
                let uri = path(route.path, fixture: fixture, inside: true, role: .communeOfficer)
                let status = try await client.execute(uri: uri, method: route.method) { $0.status }
                if uri.hasPrefix("/api/") {
                    #expect(status == .unauthorized, "\(route.method) \(uri) → \(status)")
                } else {
                    #expect(status == .seeOther || status == .forbidden, "\(route.method) \(uri) → \(status)")
                }
            }
        }
        }
    }

    @Test("on every method, not only GET, a role without the route's permission is refused inside its own unit")
    func everyMethodFollowsPermissions() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases.filter { $0.method != .get && $0.policy?.permission != nil }
        #expect(Set(routes.map(\.method)).isSuperset(of: [.post, .delete]))
        let fixture = made.targets
        try await made.application().test(.router) { client in
            for (role, _) in WebFixture.accounts {
                let token = try await client.token(role.rawValue)
                for route in routes {
                    guard let permission = route.policy?.permission, !role.may(permission) else { continue }
                    let uri = path(route.path, fixture: fixture, inside: true, role: role)
                    let status = try await client.execute(uri: uri, method: route.method,
                                                          headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                          body: ByteBuffer(string: "{}")) { $0.status }
                    #expect(status == .forbidden, "\(role) \(route.method) \(uri) → \(status)")
                }
            }
        }
        }
    }

    @Test("routes that name no unit (lists, search, dashboards) show a scoped role nothing from outside its unit")
    func unscopedRoutesLeakNothing() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases.filter { $0.method == .get && $0.policy?.target == nil && $0.policy?.requiresLogin == true }
        #expect(routes.count > 5)
        let fixture = made.targets
        let outside = ["Trần Thị Hoa", made.otherResident.uuidString, made.otherVillage]
        try await made.application().test(.router) { client in
            for (role, _) in WebFixture.accounts where role != .admin && role != .department && role != .auditor {
                let token = try await client.token(role.rawValue)
                for route in routes {
                    let uri = path(route.path, fixture: fixture, inside: true, role: role)
                    let (status, body) = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) {
                        ($0.status, String(buffer: $0.body))
                    }
                    #expect(status.code < 500, "\(role) GET \(uri) → \(status)")
                    for secret in outside {
                        #expect(!body.contains(secret), "\(role) GET \(uri) shows \(secret)")
                    }
                }
            }
        }
        }
    }

    @Test("public routes (no login) answer without showing any resident")
    func publicRoutesLeakNothing() async throws {
        try await WebFixture.with { made in
        let routes = made.routeCases.filter { $0.method == .get && $0.policy?.requiresLogin == false }
        #expect(routes.count > 5)
        let fixture = made.targets
        let secrets = ["Nguyễn Văn Đức", "Trần Thị Hoa", "031080012345", made.homeResident.uuidString, made.otherResident.uuidString]
        try await made.application().test(.router) { client in
            for route in routes {
                let uri = path(route.path, fixture: fixture, inside: true, role: .communeOfficer)
                let (status, body) = try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
                #expect(status.code < 500, "GET \(uri) → \(status)")
                for secret in secrets {
                    #expect(!body.contains(secret), "anonymous GET \(uri) shows \(secret)")
                }
            }
        }
        }
    }
}
