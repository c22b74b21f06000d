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

@Suite("The access log for auditors: search page, API, chain status, scope")
struct AuditPagesTests {
    struct Page: Decodable {
        struct Entry: Decodable {
            var seq: Int
            var at: String
            var username: String
            var action: String
            var subject: String?
            var unitCode: String?
            var client: String
        }

        var total: Int
        var page: Int
        var per: Int
        var items: [Entry]
        var chain: Chain
    }

    struct Chain: Decodable {
        struct Problem: Decodable {
            var kind: String
            var seq: Int?
        }

        var intact: Bool
        var checked: Int
        var problem: Problem?
        var message: String
    }

    struct ErrorJSON: Decodable {
        struct Body: Decodable {
            var code: String
            var message: String
        }

        var error: Body
    }

    static func login(_ browser: inout BrowserSession, _ client: some TestClientProtocol, as username: String) async throws {
        let (_, login, _) = try await browser.get(client, "/login")
        let anonymous = try #require(BrowserSession.csrf(in: login))
        _ = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", username), ("password", WebFixture.password)])
    }

    static func get<T: Decodable>(_ client: some TestClientProtocol, _ uri: String, token: String,
                                  as type: T.Type, status: HTTPResponse.Status = .ok) async throws -> T {
        try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
            #expect(response.status == status, "\(uri): \(String(buffer: response.body))")
            return try JSONDecoder().decode(T.self, from: Data(buffer: response.body))
        }
    }

    @Test("the auditor searches the log on the page: who, when, what, from where, newest first, filters and nav link", arguments: WebEngine.allCases)
    func page(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let home = fixture.homeResident.uuidString, other = fixture.otherResident.uuidString
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: "auditor")
                let (_, unitPage, _) = try await browser.get(client, "/units/31")
                #expect(unitPage.contains(#"<a href="/audit">Nhật ký truy cập</a>"#))
                let (status, html, _) = try await browser.get(client, "/audit")
                #expect(status == .ok)
                #expect(html.contains("Nhật ký truy cập dữ liệu cá nhân"))
                #expect(html.contains(#"data-chain="intact""#))
                #expect(html.contains("Chuỗi nhật ký nguyên vẹn"))
                #expect(html.contains("fixture"))
                #expect(html.contains("Thêm mới"))
                #expect(html.contains(home))
                #expect(html.contains("17/5/2026 13:40:00"))          // the fixture's clock, Vietnam time
                #expect(html.contains("Xã Chí Minh") || html.contains("Chí Minh"))

                let (_, filtered, _) = try await browser.get(client, "/audit?subject=\(home)&action=create")
                #expect(filtered.contains(home))
                #expect(!filtered.contains(other))

                let (_, empty, _) = try await browser.get(client, "/audit?username=khong-co-ai")
                #expect(empty.contains("Không có lượt ghi nào khớp điều kiện tìm"))

                // Dates: a malformed one and a reversed period are refused in Vietnamese, with the form kept.
                let (bad, badPage, _) = try await browser.get(client, "/audit?from=32/13/2026")
                #expect(bad == .unprocessableContent)
                #expect(badPage.contains("Từ ngày «32/13/2026» không hợp lệ"))
                #expect(badPage.contains(#"value="32/13/2026""#))
                let (reversed, reversedPage, _) = try await browser.get(client, "/audit?from=18/5/2026&to=17/5/2026")
                #expect(reversed == .unprocessableContent)
                #expect(reversedPage.contains("phải trước hoặc trùng"))
                let (inRange, rangePage, _) = try await browser.get(client, "/audit?from=17/5/2026&to=17/5/2026&username=fixture")
                #expect(inRange == .ok)
                #expect(rangePage.contains(home))
                let (_, before, _) = try await browser.get(client, "/audit?to=16/5/2026&username=fixture")
                #expect(before.contains("Không có lượt ghi nào khớp"))

                // Outside the auditor's province.
                let (outside, _, _) = try await browser.get(client, "/audit?unit=42")
                #expect(outside == .forbidden)
            }
        }
    }

    @Test("the API pages newest first, logs each search, and a commune officer is refused", arguments: WebEngine.allCases)
    func api(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let actor = AccessActor(userID: nil, username: "canbo.xem", client: "10.1.2.3")
            let home = fixture.homeResident.uuidString
            for _ in 0..<60 {
                try await fixture.store.accessLog.record(.view, actor: actor, subject: home,
                                                         unitCode: fixture.homeVillage)
            }
            try await fixture.application().test(.router) { client in
                let token = try await client.token("auditor")
                let first = try await Self.get(client, "/api/v1/audit?username=canbo.xem", token: token, as: Page.self)
                #expect(first.total == 60 && first.items.count == 50 && first.per == 50)
                #expect(first.items.map(\.seq) == first.items.map(\.seq).sorted(by: >))
                #expect(first.items.first?.client == "10.1.2.3")
                #expect(first.items.first?.action == "view")
                #expect(first.chain.intact)
                let second = try await Self.get(client, "/api/v1/audit?username=canbo.xem&page=2", token: token, as: Page.self)
                #expect(second.items.count == 10)
                #expect(Set(second.items.map(\.seq)).isDisjoint(with: first.items.map(\.seq)))
                let small = try await Self.get(client, "/api/v1/audit?subject=\(home)&per=5",
                                                token: token, as: Page.self)
                #expect(small.total == 61 && small.items.count == 5)   // 60 views and the fixture's create

                // Each search is itself in the log, under the auditor's name.
                let searches = try await Self.get(client, "/api/v1/audit?action=audit&username=auditor", token: token, as: Page.self)
                #expect(searches.total == 3)

                let bad = try await Self.get(client, "/api/v1/audit?from=2026-02-30", token: token, as: ErrorJSON.self,
                                             status: .unprocessableContent)
                #expect(bad.error.code == "query.from")
                #expect(bad.error.message.contains("không hợp lệ"))
                _ = try await Self.get(client, "/api/v1/audit?action=doc", token: token, as: ErrorJSON.self, status: .unprocessableContent)

                for role in ["commune-officer", "commune-leader", "viewer"] {
                    let other = try await client.token(role)
                    for uri in ["/api/v1/audit", "/api/v1/audit/verify", "/audit"] {
                        let status = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(other)"]) { $0.status }
                        #expect(status == .forbidden, "\(role) \(uri)")
                    }
                }
            }
        }
    }

    @Test("an edited or deleted entry turns the chain status red on the page and in the API", arguments: WebEngine.allCases)
    func tampering(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            try await fixture.application().test(.router) { client in
                let token = try await client.token("auditor")
                #expect(try await Self.get(client, "/api/v1/audit/verify", token: token, as: Chain.self).intact)
                let seq = try await store.database.write { sql in
                    let seq = try await sql.raw("SELECT MIN(seq) AS s FROM access_log").first()!.decode(column: "s", as: Int.self)
                    try await sql.raw("UPDATE access_log SET client = 'khac' WHERE seq = \(bind: seq)").run()
                    return seq
                }
                let chain = try await Self.get(client, "/api/v1/audit/verify", token: token, as: Chain.self)
                #expect(!chain.intact)
                #expect(chain.problem?.kind == "edited" && chain.problem?.seq == seq)
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: "auditor")
                let (_, html, _) = try await browser.get(client, "/audit?verify=1")
                #expect(html.contains(#"data-chain="broken""#))
                #expect(html.contains("lượt ghi số \(seq) đã bị sửa"))
            }
        }
    }
}
