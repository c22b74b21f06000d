import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// Helpers shared by the security tests: browser logins, route discovery, HTML checks.
enum SecurityTest {
    /// Logs in through the login form like a browser and returns the session plus the session's CSRF token.
    static func browserLogin(_ client: some TestClientProtocol, _ username: String) async throws -> (BrowserSession, String) {
        var browser = BrowserSession()
        let (_, page, _) = try await browser.get(client, "/login")
        let anonymous = try #require(BrowserSession.csrf(in: page))
        let (status, _, _) = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", username),
                                                                             ("password", WebFixture.password)])
        guard status == .seeOther else { throw FixtureError.login(username, status.code) }
        let (_, _, home) = try await browser.get(client, "/")
        let (_, signedIn, _) = try await browser.get(client, try #require(home[.location]))
        return (browser, try #require(BrowserSession.csrf(in: signedIn)))
    }

    /// The router's routes for `method`, with their path parameters filled with in-scope targets of `role`.
    static func uris(_ fixture: WebFixture, role: Role, where include: (RouteCase) -> Bool) -> [(RouteCase, String)] {
        fixture.routeCases.filter(include).map { route in
            (route, AuthorizationTests().path(route.path, fixture: fixture.targets, inside: true, role: role))
        }
    }

    /// A router over the fixture's store with a changed configuration (the same accounts and data).
    static func router(_ fixture: WebFixture, _ change: (inout AppConfiguration) -> Void) async throws -> Router<AppContext> {
        var configuration = fixture.services.configuration
        change(&configuration)
        let services = AppServices(store: fixture.store, configuration: configuration, templates: try await Templates.load())
        return buildRouter(services: services).0
    }

    /// The status of one request.
    static func status(_ client: some TestClientProtocol, _ uri: String, _ method: HTTPRequest.Method = .get,
                       headers: HTTPFields = [:]) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: method, headers: headers) { $0.status }
    }

    /// Inline script, event-handler attributes and `javascript:` URLs found in an HTML text (empty when clean).
    static func scriptProblems(_ html: String) -> [String] {
        var problems: [String] = []
        let patterns = [
            #"<script\b(?![^>]*\bsrc=)[^>]*>"#: "inline <script> element",
            #"<script\b[^>]*>[^<]*\S[^<]*</script>"#: "<script> with content",
            #"<[a-zA-Z][^>]*\son[a-zA-Z]+\s*="#: "on… event-handler attribute",
            #"javascript:"#: "javascript: URL",
        ]
        for (pattern, name) in patterns where html.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil {
            problems.append(name)
        }
        return problems
    }
}

/// Collects log lines written through `KeyValueLogHandler`.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String] = []

    var lines: [String] { lock.withLock { captured } }

    func append(_ line: String) {
        lock.withLock { captured.append(line) }
    }

    func logger() -> Logger {
        var logger = Logger(label: "hocvuso-test") { [self] label in KeyValueLogHandler(label: label, write: { self.append($0) }) }
        logger.logLevel = .trace
        return logger
    }
}
