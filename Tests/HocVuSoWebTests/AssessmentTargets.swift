import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// Links, questions and a person who takes the assessment through the public pages, as a phone would.
struct AssessmentTargets {
    /// The fixture's clock: Sunday 17/5/2026 in Vietnam.
    static let now = Date(timeIntervalSince1970: 1_779_000_000)
    static var today: CivilDate { CivilDate(now) }

    /// A link of Chí Minh (11131) for citizens, valid for a month.
    static func link(_ store: Store, singleUse: Bool = false) async throws -> AssessmentLink {
        try await store.assessments.createLink(communeCode: "11131", provinceCode: "31", villageCode: nil, group: .citizen,
                                               singleUse: singleUse, expiresOn: today.adding(days: 30), by: "commune-officer")
    }

    /// The current framework and its citizens' questions.
    static func questions(_ store: Store, group: TargetGroup = .citizen) async throws -> (SkillsFramework, SkillsFramework.Group) {
        let version = try await store.frameworks.current()
        let (_, framework) = try await store.frameworks.framework(version.id)
        return (framework, try #require(framework.group(group)))
    }

    /// The domain each item of a group belongs to.
    static func domains(_ group: SkillsFramework.Group) -> [String: String] {
        let byCompetence = Dictionary(group.competences.map { ($0.key, $0.domain) }, uniquingKeysWith: { first, _ in first })
        return Dictionary(group.items.map { ($0.id, byCompetence[$0.competence] ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    /// The form value of an item's right answer, or of a wrong one.
    static func formValue(_ item: AssessmentItem, right: Bool) -> String {
        switch item.answer {
        case .option(let index):
            return String(right ? index : (index + 1) % (item.options?.count ?? 2))
        case .truth(let value):
            return String(right ? value : !value)
        }
    }

    /// Opens the start page and starts an attempt with a valid form; returns the attempt's id.
    static func start(_ browser: inout BrowserSession, _ client: some TestClientProtocol, token: String,
                      name: String = "Nguyễn Văn An", village: String = "") async throws -> UUID {
        let (status, page, _) = try await browser.get(client, "/danh-gia/\(token)")
        #expect(status == .ok)
        let csrf = try #require(BrowserSession.csrf(in: page))
        let (started, _, location) = try await browser.post(client, "/danh-gia/\(token)", form: [
            ("_csrf", csrf), ("fullName", name), ("birthDate", "05/03/1980"), ("cccd", ""), ("village", village)])
        #expect(started == .seeOther)
        let path = try #require(location)
        #expect(path.hasPrefix("/danh-gia/bai/"))
        return try #require(UUID(uuidString: String(path.dropFirst("/danh-gia/bai/".count))))
    }

    /// Answers every item through the question pages (right, or wrong where `wrong` says so), then submits.
    /// Returns where the submission redirected.
    static func answerAll(_ browser: inout BrowserSession, _ client: some TestClientProtocol, attempt: UUID,
                          group: SkillsFramework.Group, wrong: (AssessmentItem) -> Bool = { _ in false }) async throws -> String? {
        let path = "/danh-gia/bai/\(attempt.uuidString)"
        let (_, first, _) = try await browser.get(client, path)
        let csrf = try #require(BrowserSession.csrf(in: first))
        for (index, item) in group.items.enumerated() {
            let next = index + 1 < group.items.count ? String(index + 2) : "review"
            let (status, _, location) = try await browser.post(client, path, form: [
                ("_csrf", csrf), ("item", item.id), ("answer", formValue(item, right: !wrong(item))), ("next", next)])
            #expect(status == .seeOther)
            #expect(location == "\(path)?q=\(next)")
        }
        let (submitted, _, location) = try await browser.post(client, "\(path)/nop", form: [("_csrf", csrf)])
        #expect(submitted == .seeOther)
        return location
    }

    /// A certificate of Chí Minh, issued through the store: an attempt through a link, every answer right, submitted.
    static func certificate(_ store: Store, name: String = "Nguyễn Văn An", village: String? = nil) async throws -> Certificate {
        let link = try await link(store)
        let (_, group) = try await questions(store)
        let taker = AssessmentTaker(fullName: name, birthDate: CivilDate(iso: "1980-03-05"), villageCode: village)
        let attempt = try await store.assessments.start(link: link.token, taker: taker, provinceCode: "31")
        for item in group.items {
            _ = try await store.assessments.answer(attempt.id, itemID: item.id, response: item.answer)
        }
        return try #require(try await store.assessments.submit(attempt.id).certificate)
    }

    /// A server on a fresh SQLite file whose clock reads `now`; `prepare` runs first on a store whose clock reads
    /// `then` (to make a link or an attempt that is too old by `now`) and returns what `body` needs (a token, an id).
    static func withClocks(then: Date, now: Date, prepare: (Store) async throws -> String,
                           _ body: (String, Router<AppContext>) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-assess-\(UUID().uuidString)")
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let early = try await Store.open(.dataDirectory(folder.path), clock: FixedWallClock(then), logger: logger)
        let prepared: String
        do {
            prepared = try await prepare(early)
            await early.close()
        } catch {
            await early.close()
            throw error
        }
        let store = try await Store.open(.dataDirectory(folder.path), clock: FixedWallClock(now), logger: logger)
        do {
            var configuration = AppConfiguration(database: .dataDirectory(folder.path))
            configuration.clock = FixedWallClock(now)
            let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
            let (router, _) = buildRouter(services: services)
            try await body(prepared, router)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
    }
}
