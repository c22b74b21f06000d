import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Logins, passwords and session lifetime")
struct SessionSecurityTests {
    static func apiLogin(_ client: some TestClientProtocol, _ username: String, _ password: String) async throws -> (HTTPResponse.Status, String) {
        let body = ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#)
        return try await client.execute(uri: "/api/v1/auth/login", method: .post, headers: [.contentType: "application/json"], body: body) {
            ($0.status, String(buffer: $0.body))
        }
    }

    @Test("five wrong passwords lock the account for 15 minutes, even against the right password")
    func lockout() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                for _ in 0..<5 {
                    #expect(try await Self.apiLogin(client, "viewer", "sai-mat-khau-1").0 == .unauthorized)
                }
                let (status, body) = try await Self.apiLogin(client, "viewer", WebFixture.password)
                #expect(status == .tooManyRequests)
                #expect(body.contains("auth.locked"))
                #expect(try await Self.apiLogin(client, "auditor", WebFixture.password).0 == .ok)
            }
        }
    }

    @Test("twenty failures from one address block further attempts from it, on any account")
    func throttle() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                for n in 0..<20 {
                    #expect(try await Self.apiLogin(client, "khong-ton-tai-\(n)", "sai-mat-khau-1").0 == .unauthorized)
                }
                let (status, body) = try await Self.apiLogin(client, "auditor", WebFixture.password)
                #expect(status == .tooManyRequests)
                #expect(body.contains("auth.rate-limited"))
            }
        }
    }

    @Test("passwords need 10 characters, letters and digits, and not the username; production bcrypt cost is at least 12")
    func passwordRules() async throws {
        #expect(AccountRules.minimumPasswordLength >= 10)
        #expect(AccountRules.passwordProblem("abc12345", username: "lan") != nil)
        #expect(AccountRules.passwordProblem("matkhaumoinhe", username: "lan") != nil)
        #expect(AccountRules.passwordProblem("1234567890", username: "lan") != nil)
        #expect(AccountRules.passwordProblem("lan.nguyen2026", username: "lan.nguyen") != nil)
        #expect(AccountRules.passwordProblem("hoa-sen-2026", username: "lan") == nil)
        let configuration = AppConfiguration(database: .dataDirectory("/tmp/x"))
        #expect(configuration.bcryptCost >= 12)
        let hash = try await PasswordHasher(cost: configuration.bcryptCost).hash("hoa-sen-2026")
        #expect(hash.hasPrefix("$2b$12$") || hash.hasPrefix("$2a$12$") || hash.hasPrefix("$2y$12$"))
    }

    @Test("a browser session ends after 30 idle minutes, slides while used, and ends at 8 hours however active")
    func expiry() async throws {
        try await WebFixture.with { made in
            let clock = SettableWallClock(made.services.clock.now())
            let router = try await SecurityTest.router(made) { $0.clock = clock }
            #expect(AppConfiguration(database: .dataDirectory("/tmp/x")).sessionIdleTimeout <= 30 * 60)
            #expect(AppConfiguration(database: .dataDirectory("/tmp/x")).sessionLifetime <= 12 * 3600)
            try await Application(router: router).test(.router) { client in
                var (browser, _) = try await SecurityTest.browserLogin(client, "commune-officer")
                // Used every 25 minutes, the session lives past the idle limit…
                for _ in 0..<4 {
                    clock.advance(by: 25 * 60)
                    #expect(try await browser.get(client, "/units/11131").0 == .ok)
                }
                // …and ends after 31 quiet minutes.
                clock.advance(by: 31 * 60)
                let (status, _, headers) = try await browser.get(client, "/units/11131")
                #expect(status == .seeOther)
                #expect(headers[.location]?.hasPrefix("/login") == true)

                (browser, _) = try await SecurityTest.browserLogin(client, "commune-officer")
                var elapsed: TimeInterval = 0
                while elapsed < 8 * 3600 - 25 * 60 {
                    clock.advance(by: 25 * 60)
                    elapsed += 25 * 60
                    #expect(try await browser.get(client, "/units/11131").0 == .ok, "after \(elapsed / 60) minutes")
                }
                clock.advance(by: 8 * 3600 - elapsed + 60)
                #expect(try await browser.get(client, "/units/11131").0 == .seeOther)
            }
        }
    }

    @Test("logout deletes the session on the server: the old cookie or token no longer works")
    func logout() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                let (signedIn, csrf) = try await SecurityTest.browserLogin(client, "commune-officer")
                var browser = signedIn
                let oldCookie = browser.cookieHeader
                #expect(try await browser.get(client, "/units/11131").0 == .ok)
                let (status, _, location) = try await browser.post(client, "/logout", form: [("_csrf", csrf)])
                #expect(status == .seeOther && location?.hasPrefix("/login") == true)
                let replay = try await client.execute(uri: "/units/11131", method: .get, headers: [.cookie: oldCookie]) { $0 }
                #expect(replay.status == .seeOther)
                #expect(replay.headers[.location]?.hasPrefix("/login") == true)
                let api = try await client.execute(uri: "/api/v1/units/11131", method: .get, headers: [.cookie: oldCookie]) { $0.status }
                #expect(api == .unauthorized)

                let token = try await client.token("commune-officer")
                #expect(try await SecurityTest.status(client, "/api/v1/auth/logout", .post, headers: [.authorization: "Bearer \(token)"]) == .ok)
                #expect(try await SecurityTest.status(client, "/api/v1/units/11131", headers: [.authorization: "Bearer \(token)"]) == .unauthorized)
            }
        }
    }
}
