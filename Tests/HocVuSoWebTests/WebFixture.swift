import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoTestSupport
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// The engines the web tests of each capability run on: a real SQLite file and a real PostgreSQL server.
enum WebEngine: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case postgres

    var description: String { rawValue }
}

/// A server on a fresh SQLite file (or PostgreSQL database) with two communes of Hải Phòng, a village in each, residents and one account per role.
struct WebFixture {
    let store: Store
    let services: AppServices
    let router: Router<AppContext>
    let policies: PolicyTable
    /// In-scope targets (Chí Minh) and out-of-scope ones (Phú Thái).
    let homeVillage: String
    let otherVillage: String
    let homeResident: UUID
    let otherResident: UUID
    /// A village team, an event and a session in each of the two villages.
    let activity: ActivityTargets
    static let password = "matkhau2026"

    static func make(engine: WebEngine = .sqlite) async throws -> WebFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-web-\(UUID().uuidString)")
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let clock = FixedWallClock(Date(timeIntervalSince1970: 1_779_000_000))
        let location: DatabaseLocation = engine == .sqlite ? .dataDirectory(folder.path)
            : try DatabaseLocation.parse(try await PostgresTestServer.shared.freshDatabase(prefix: "web"))
        let store = try await Store.open(location, clock: clock, logger: logger)
        let start = CivilDate(year: 2025, month: 7, day: 1)!
        let home = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn", validFrom: start)
        let other = try await store.units.createVillage(communeCode: "10750", name: "Tây", type: "Thôn", validFrom: start)
        try await store.reloadDirectory()
        let actor = AccessActor(userID: nil, username: "fixture", client: "test")
        let a = try await store.residents.create(Resident(id: UUID(), fullName: "Nguyễn Văn Đức", birthDate: CivilDate(iso: "1980-01-02")!,
                                                          gender: .male, cccd: "031080012345", villageCode: home.code, targetGroup: .citizen),
                                                 directory: store.directory, actor: actor)
        let b = try await store.residents.create(Resident(id: UUID(), fullName: "Trần Thị Hoa", birthDate: CivilDate(iso: "1990-05-06")!,
                                                          gender: .female, villageCode: other.code, targetGroup: .citizen),
                                                 directory: store.directory, actor: actor)
        var configuration = AppConfiguration(database: location)
        configuration.bcryptCost = 4
        configuration.clock = clock
        let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
        let hash = try await services.passwords.hash(password)
        for (role, unit) in Self.accounts {
            try await store.accounts.create(Account(id: UUID(), username: role.rawValue, displayName: role.rawValue, role: role, unitCode: unit),
                                            passwordHash: hash, now: clock.now())
        }
        let (router, policies) = buildRouter(services: services)
        let activity = try await ActivityTargets.make(store: store, home: (home.code, a.id), other: (other.code, b.id), now: clock.now())
        return WebFixture(store: store, services: services, router: router, policies: policies, homeVillage: home.code,
                          otherVillage: other.code, homeResident: a.id, otherResident: b.id, activity: activity)
    }

    /// One account per role; every scoped account lives in or above Chí Minh (11131), never above Phú Thái (10750)
    /// except the department, whose province contains both, so it gets Hà Tĩnh instead to have something out of scope.
    static let accounts: [(Role, String)] = [
        (.admin, ""), (.department, "31"), (.communeOfficer, "11131"), (.communeLeader, "11131"),
        (.teamLeader, "11131"), (.teamMember, "11131"), (.viewer, "11131"), (.auditor, "31"),
    ]

    /// Runs `body` with a fresh fixture and always closes its store (SQLite connections must be closed before
    /// they are freed), also when `body` throws.
    static func with(engine: WebEngine = .sqlite, _ body: (WebFixture) async throws -> Void) async throws {
        let fixture = try await make(engine: engine)
        do {
            try await body(fixture)
            await fixture.store.close()
        } catch {
            await fixture.store.close()
            throw error
        }
    }

    func application() -> some ApplicationProtocol {
        Application(router: router)
    }
}

extension TestClientProtocol {
    /// Logs in through the API and returns the bearer token.
    func token(_ username: String, password: String = WebFixture.password) async throws -> String {
        let body = ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#)
        return try await execute(uri: "/api/v1/auth/login", method: .post, headers: [.contentType: "application/json"], body: body) { response in
            guard response.status == .ok else { throw FixtureError.login(username, response.status.code) }
            return try JSONDecoder().decode(TokenJSON.self, from: Data(buffer: response.body)).token
        }
    }
}

struct TokenJSON: Decodable {
    var token: String
}

/// One route of the router with its policy, as plain values the test closures can capture.
struct RouteCase: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var policy: RoutePolicy?
}

/// The path-parameter values inside and outside the accounts' scope.
struct Targets: Sendable {
    var homeVillage: String
    var otherVillage: String
    var homeResident: UUID
    var otherResident: UUID
    var activity: ActivityTargets
}

extension WebFixture {
    var targets: Targets {
        Targets(homeVillage: homeVillage, otherVillage: otherVillage, homeResident: homeResident, otherResident: otherResident,
                activity: activity)
    }

    var routeCases: [RouteCase] {
        router.routes.map { RouteCase(method: $0.method, path: $0.path.description,
                                      policy: policies.policy(method: $0.method, path: $0.path.description)) }
    }
}

enum FixtureError: Error {
    case login(String, Int)
}
