import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Security headers and markup on every page")
struct SecurityHeadersTests {
    @Test("every GET route answers with CSP, no sniffing, no framing, a referrer policy, no caching and no inline script",
          arguments: [Role.admin, Role.department, Role.communeOfficer])
    func everyPage(role: Role) async throws {
        try await WebFixture.with { made in
            let routes = SecurityTest.uris(made, role: role) { $0.method == .get }
            #expect(routes.count > 40)
            try await made.application().test(.router) { client in
                let (browser, _) = try await SecurityTest.browserLogin(client, role.rawValue)
                var pages = 0
                for (_, uri) in routes {
                    let response = try await client.execute(uri: uri, method: .get, headers: [.cookie: browser.cookieHeader]) { $0 }
                    let where_ = "\(role) GET \(uri) → \(response.status)"
                    #expect(response.status.code < 500, "\(where_)")
                    let csp = response.headers[.contentSecurityPolicy] ?? ""
                    let scriptSources = csp.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("script-src") }
                        ?? csp.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("default-src") }
                    #expect(scriptSources != nil && !scriptSources!.contains("unsafe-inline") && !scriptSources!.contains("unsafe-eval"), "\(where_): \(csp)")
                    #expect(csp.contains("frame-ancestors 'none'") || response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(where_)")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(where_)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(where_)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(where_)")
                    let contentType = response.headers[.contentType] ?? ""
                    if contentType.hasPrefix("text/html") || contentType.hasPrefix("application/json") {
                        #expect(response.headers[.cacheControl]?.contains("no-store") == true, "\(where_): \(response.headers[.cacheControl] ?? "none")")
                    }
                    if response.headers[.contentType]?.hasPrefix("text/html") == true {
                        pages += 1
                        let problems = SecurityTest.scriptProblems(String(buffer: response.body))
                        #expect(problems.isEmpty, "\(where_): \(problems)")
                    }
                }
                #expect(pages > 20)
            }
        }
    }

    @Test("no template holds inline script, event-handler attributes or javascript: URLs")
    func templates() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HocVuSoWeb/Resources/templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count > 30)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(SecurityTest.scriptProblems(text).isEmpty, "\(name): \(SecurityTest.scriptProblems(text))")
        }
    }

    @Test("Strict-Transport-Security only when the configuration says the site is served over HTTPS")
    func strictTransportSecurity() async throws {
        #expect(AppConfiguration(database: .dataDirectory("/tmp/x")).strictTransportSecurity == false)
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                let header = try await client.execute(uri: "/login", method: .get) { $0.headers[HTTPField.Name("Strict-Transport-Security")!] }
                #expect(header == nil)
            }
            let router = try await SecurityTest.router(made) { $0.strictTransportSecurity = true }
            try await Application(router: router).test(.router) { client in
                for uri in ["/login", "/health", "/static/app.css", "/khong-co"] {
                    let header = try await client.execute(uri: uri, method: .get) { $0.headers[HTTPField.Name("Strict-Transport-Security")!] }
                    #expect(header?.contains("max-age=31536000") == true, "\(uri)")
                }
            }
        }
    }

    @Test("the session cookie is HttpOnly, SameSite=Strict and Secure unless the configuration turns Secure off")
    func cookies() async throws {
        #expect(AppConfiguration(database: .dataDirectory("/tmp/x")).secureCookies == true)
        try await WebFixture.with { made in
            for secure in [true, false] {
                let router = try await SecurityTest.router(made) { $0.secureCookies = secure }
                try await Application(router: router).test(.router) { client in
                    var browser = BrowserSession()
                    let (_, page, loginHeaders) = try await browser.get(client, "/login")
                    let anonymousCookie = try #require(loginHeaders[values: .setCookie].first { $0.hasPrefix("hv_pre=") })
                    let token = try #require(BrowserSession.csrf(in: page))
                    let body = "_csrf=\(token)&username=commune-officer&password=\(WebFixture.password)"
                    let cookies = try await client.execute(uri: "/login", method: .post,
                                                           headers: [.cookie: browser.cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                                                           body: ByteBuffer(string: body)) { $0.headers[values: .setCookie] }
                    let session = try #require(cookies.first { $0.hasPrefix("hv_session=") })
                    for cookie in [session, anonymousCookie] {
                        let attributes = cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                        #expect(attributes.contains("httponly"), "\(cookie)")
                        #expect(attributes.contains("samesite=strict") || attributes.contains("samesite=lax"), "\(cookie)")
                        #expect(attributes.contains("secure") == secure, "\(cookie)")
                        #expect(attributes.contains("path=/"), "\(cookie)")
                    }
                }
            }
        }
    }
}
