import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

/// Every state-changing route of the router, reached with a browser's session cookie (or, for open routes, the
/// anonymous form cookie) but without the form's token, or with a wrong one, is refused before its handler runs.
/// A bearer token is exempt: a page on another site can make the browser send cookies, never an Authorization
/// header, so a request authenticated by a bearer token cannot be forged that way. The public assessment forms
/// under /danh-gia are capability URLs (the unguessable attempt token is in the path) and still need the anonymous
/// form token, so a page on another site cannot submit answers in a visitor's name either.
@Suite("CSRF on every state-changing route")
struct CSRFTests {
    static let wrongToken = String(repeating: "A", count: 43)

    @Test("without or with a wrong token, every POST/PUT/PATCH/DELETE with a session cookie is refused and changes nothing")
    func signedIn() async throws {
        try await WebFixture.with { made in
            let routes = SecurityTest.uris(made, role: .admin) { ![.get, .head, .options].contains($0.method) }
            #expect(routes.count > 30)
            #expect(Set(routes.map(\.0.method)).isSuperset(of: [.post, .delete]))
            let store = made.store
            try await made.application().test(.router) { client in
                let (browser, _) = try await SecurityTest.browserLogin(client, "admin")
                let before = try await Self.fingerprint(store)
                for (route, uri) in routes {
                    for token in [nil, Self.wrongToken] {
                        try await Self.expectRefused(client, route: route, uri: uri, cookie: browser.cookieHeader, token: token)
                    }
                }
                let after = try await Self.fingerprint(store)
                #expect(after == before)
            }
        }
    }

    @Test("anonymous forms (login, set-up, public assessment) need the anonymous form token too")
    func anonymous() async throws {
        try await WebFixture.with { made in
            let routes = SecurityTest.uris(made, role: .admin) { route in
                ![.get, .head, .options].contains(route.method) && route.policy?.requiresLogin == false && !route.path.hasPrefix("/api/")
            }
            #expect(routes.contains { $0.0.path.hasPrefix("/danh-gia") })
            let before = try await Self.fingerprint(made.store)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                _ = try await browser.get(client, "/login")
                #expect(browser.cookies["hv_pre"] != nil)
                for (route, uri) in routes {
                    for token in [nil, Self.wrongToken] {
                        try await Self.expectRefused(client, route: route, uri: uri, cookie: browser.cookieHeader, token: token)
                    }
                }
            }
            #expect(try await Self.fingerprint(made.store) == before)
        }
    }

    @Test("a bearer token is exempt: the same API write goes through without a form token")
    func bearerExempt() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                let token = try await client.token("admin")
                let status = try await client.execute(uri: "/api/v1/auth/logout", method: .post,
                                                      headers: [.authorization: "Bearer \(token)"]) { $0.status }
                #expect(status == .ok)
            }
        }
    }

    static func expectRefused(_ client: some TestClientProtocol, route: RouteCase, uri: String, cookie: String, token: String?) async throws {
        let body = (token.map { "_csrf=\($0)&" } ?? "") + "name=x&fullName=x"
        let response = try await client.execute(uri: uri, method: route.method,
                                                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: body)) { $0 }
        let text = String(buffer: response.body)
        #expect(response.status == .forbidden, "\(route.method) \(uri) token \(token ?? "none") → \(response.status)")
        #expect(text.contains(Strings.csrfFailed) || text.contains(#""csrf""#), "\(route.method) \(uri): not refused as CSRF")
    }

    /// Row counts of every table: a refused request must leave all of them as they were.
    static func fingerprint(_ store: Store) async throws -> [String: Int] {
        try await store.database.read { sql in
            let tables: [String]
            if store.database.engine.rawValue == "sqlite" {
                tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            } else {
                tables = try await sql.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            }
            var counts: [String: Int] = [:]
            for table in tables where table != "access_log" {
                counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }
}
