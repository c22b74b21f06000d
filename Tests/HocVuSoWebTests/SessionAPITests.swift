import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Support sessions over the API")
struct SessionAPITests {
    struct Results: Decodable {
        struct Item: Decodable {
            var id: String
            var status: String
            var reason: String?
        }
        var results: [Item]
    }

    struct ErrorJSON: Decodable {
        struct Body: Decodable {
            var code: String
            var message: String
        }
        var error: Body
    }

    static func item(_ id: String, unit: String, category: String = "vneid", at: String = "2026-05-16T09:15:00+07:00",
                     resident: UUID? = nil) -> String {
        var fields = [#""id":"\#(id)""#, #""unitCode":"\#(unit)""#, #""category":"\#(category)""#, #""at":"\#(at)""#, #""outcome":"done""#]
        if let resident { fields.append(#""residentId":"\#(resident.uuidString)""#) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    func post(_ client: some TestClientProtocol, token: String, _ body: String) async throws -> (HTTPResponse.Status, Data) {
        try await client.execute(uri: "/api/v1/sessions/batch", method: .post,
                                 headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                 body: ByteBuffer(string: body)) { ($0.status, Data(buffer: $0.body)) }
    }

    @Test("a batch stores its valid items, names each invalid one by id, and a replay stores nothing twice", arguments: WebEngine.allCases)
    func mixedBatchAndReplay(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            // The team member's account is a member of the home village's team: sessions are recorded in its name.
            let member = TeamMember(id: UUID(), teamID: made.activity.home.team, fullName: "Nguyễn Văn Đức", role: .member,
                                    from: CivilDate(year: 2025, month: 8, day: 1)!)
            try await made.store.teams.add(member, directory: made.store.directory)
            let account = try await made.store.accounts.credentials(username: Role.teamMember.rawValue)
            try await made.store.teams.linkAccount(member: member.id, userID: try #require(account?.account.id))
            let store = made.store, home = made.homeVillage, other = made.otherVillage
            let resident = made.homeResident, stranger = made.otherResident
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.teamMember.rawValue)
                let good = UUID().uuidString.lowercased(), anonymous = UUID().uuidString
                let items = [
                    Self.item(good, unit: home, resident: resident),
                    Self.item(UUID().uuidString, unit: home, resident: stranger),                // another commune's resident
                    Self.item(UUID().uuidString, unit: home, at: "2026-06-20T08:00:00Z"),        // future
                    Self.item(UUID().uuidString, unit: home, at: "2024-12-31T08:00:00+07:00"),   // before the movement
                    Self.item(UUID().uuidString, unit: home, category: "bay-bong"),              // no such category
                    Self.item(UUID().uuidString, unit: other),                                   // outside the account's scope
                    Self.item("not-a-uuid", unit: home),
                    Self.item(anonymous, unit: "11131", category: "anti-fraud"),
                ]
                let (status, data) = try await post(client, token: token, #"{"items":[\#(items.joined(separator: ","))]}"#)
                #expect(status == .ok)
                let results = try JSONDecoder().decode(Results.self, from: data).results
                #expect(results.map(\.status) == ["created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "created"])
                #expect(results[1].reason?.contains("không thuộc Xã Chí Minh") == true)
                #expect(results[2].reason == Strings.sessionTimeInFuture)
                #expect(results[3].reason == Strings.sessionTimeBeforeMovement)
                #expect(results[4].reason == Strings.sessionCategoryUnknown("bay-bong"))
                #expect(results[5].reason?.contains("ngoài phạm vi") == true)
                #expect(results[6].id == "not-a-uuid")
                #expect(results[0].id == good, "ids come back exactly as sent")
                let replay = try await post(client, token: token, #"{"items":[\#(items[0]),\#(items[7])]}"#)
                #expect(try JSONDecoder().decode(Results.self, from: replay.1).results.map(\.status) == ["duplicate", "duplicate"])
                let stored = try await store.sessions.get(try #require(UUID(uuidString: good)))
                #expect(stored?.session.memberID == member.id)
                #expect(stored?.memberName == "Nguyễn Văn Đức")
                #expect(stored?.session.recordedBy == account?.account.id)
                let page = try await store.sessions.list(ActivityQuery(unitCode: "11131"), unit: store.directory["11131"]!)
                // The fixture's own session plus the two created here.
                #expect(page.total == 3)
                #expect(try await store.rollups.verify().isEmpty)
            }
        }
    }

    @Test("malformed, empty and oversized batches are refused whole with a Vietnamese message", arguments: WebEngine.allCases)
    func badBatches(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let home = made.homeVillage
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                let (malformed, body) = try await post(client, token: token, #"{"items": [{"id": 12"#)
                #expect(malformed == .badRequest)
                #expect(try JSONDecoder().decode(ErrorJSON.self, from: body).error.message == Strings.batchMalformed)
                #expect(try await post(client, token: token, #"{"items":[]}"#).0 == .unprocessableContent)
                let many = (0...SessionRules.maxBatchItems).map { _ in Self.item(UUID().uuidString, unit: home) }
                #expect(try await post(client, token: token, #"{"items":[\#(many.joined(separator: ","))]}"#).0 == .contentTooLarge)
                // A viewer may not record at all.
                let viewer = try await client.token(Role.viewer.rawValue)
                #expect(try await post(client, token: viewer, #"{"items":[\#(Self.item(UUID().uuidString, unit: home))]}"#).0 == .forbidden)
            }
        }
    }

    @Test("the volunteer page is small, installable and asks for a login first", arguments: WebEngine.allCases)
    func recordPage(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let (anonymous, _, headers) = try await browser.get(client, "/ghi-nhan")
                #expect(anonymous == .seeOther)
                #expect(headers[.location] == "/login?next=%2Fghi%2Dnhan")
                let (loginPage, loginHTML, _) = try await browser.get(client, "/login?next=%2Fghi-nhan")
                #expect(loginPage == .ok)
                let csrf = try #require(BrowserSession.csrf(in: loginHTML))
                let (_, _, location) = try await browser.post(client, "/login", form: [
                    ("_csrf", csrf), ("username", Role.teamMember.rawValue), ("password", WebFixture.password), ("next", "/ghi-nhan"),
                ])
                #expect(location == "/ghi-nhan")
                let (status, html, _) = try await browser.get(client, "/ghi-nhan")
                #expect(status == .ok)
                for category in SupportCategory.defaults { #expect(html.contains(category.label)) }
                #expect(html.contains("manifest.webmanifest"))
                let (swStatus, sw, swHeaders) = try await browser.get(client, "/sw.js")
                #expect(swStatus == .ok && sw.contains("caches") && swHeaders[.cacheControl] == "no-cache")
                let (_, manifest, _) = try await browser.get(client, "/manifest.webmanifest")
                #expect(manifest.contains("\"start_url\""))
                var total = try gzipSize(html)
                for asset in ["/static/record.js", "/static/record.css"] {
                    let (assetStatus, text, _) = try await browser.get(client, asset)
                    #expect(assetStatus == .ok)
                    total += try gzipSize(text)
                }
                #expect(total < 30 * 1024, "HTML + CSS + JS gzip: \(total) bytes")
                // An open redirect is not possible through the login form.
                let (_, _, elsewhere) = try await browser.post(client, "/login", form: [
                    ("_csrf", browser.cookies["hv_pre"] ?? csrf), ("username", Role.teamMember.rawValue),
                    ("password", WebFixture.password), ("next", "//evil.example/"),
                ])
                #expect(elsewhere == nil || elsewhere == "/")
            }
        }
    }

    /// The gzip -9 size of a text, measured with the system's gzip like a browser's transfer would be.
    func gzipSize(_ text: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-9c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data.count
    }
}
