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

@Suite("Data-subject requests through the router: record, view, copy, correct, restrict, delete")
struct DataSubjectRequestPagesTests {
    static let name = "Nguyễn Văn Đức"
    static let cccd = "031080012345"

    /// Records a request through the form and returns its page's path.
    static func record(_ browser: inout BrowserSession, _ client: some TestClientProtocol, csrf: String, resident: UUID,
                       kind: String, date: String = "15/05/2026") async throws -> String {
        let (status, _, location) = try await browser.post(client, "/units/11131/privacy-requests", form: [
            ("_csrf", csrf), ("resident", resident.uuidString), ("kind", kind), ("channel", "in-person"),
            ("receivedDate", date), ("receivedTime", "16:30"), ("note", "")])
        #expect(status == .seeOther)
        let target = try #require(location)
        #expect(target.hasSuffix("?done=recorded"))
        return String(target.prefix { $0 != "?" })
    }

    @Test("the whole path of a resident's requests, from recording to deletion", arguments: WebEngine.allCases)
    func fullPath(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            let id = fixture.homeResident
            let homeVillage = fixture.homeVillage
            let event = fixture.activity.home.event
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                let csrf = try await ActivityPagesTests.officer(&browser, client)
                let (_, residentPage, _) = try await browser.get(client, "/residents/\(id.uuidString)")
                #expect(residentPage.contains("/units/11131/privacy-requests/new?resident=\(id.uuidString)"))
                let (_, unitPage, _) = try await browser.get(client, "/units/11131")
                #expect(unitPage.contains(#"href="/units/11131/privacy-requests""#))
                let (formStatus, form, _) = try await browser.get(client, "/units/11131/privacy-requests/new?resident=\(id.uuidString)")
                #expect(formStatus == .ok && form.contains(Self.name) && form.contains(#"name="_csrf""#))

                // Bad input: every problem in Vietnamese, nothing stored.
                let (badStatus, bad, _) = try await browser.post(client, "/units/11131/privacy-requests", form: [
                    ("_csrf", csrf), ("resident", ""), ("kind", "forget-me"), ("channel", "in-person"),
                    ("receivedDate", "20/05/2026"), ("receivedTime", "09:00")])
                #expect(badStatus == .unprocessableContent)
                #expect(bad.contains("Chưa chọn người có yêu cầu"))
                #expect(bad.contains("Loại yêu cầu “forget-me” không hợp lệ"))
                #expect(bad.contains("Thời điểm nhận yêu cầu không được muộn hơn hiện tại."))
                let (unknownStatus, unknown, _) = try await browser.post(client, "/units/11131/privacy-requests", form: [
                    ("_csrf", csrf), ("resident", UUID().uuidString), ("kind", "view"), ("channel", "in-person"),
                    ("receivedDate", "15/05/2026"), ("receivedTime", "09:00")])
                #expect(unknownStatus == .unprocessableContent && unknown.contains(Strings.privacyResidentNotFound))
                #expect(try await store.privacyRequests.requests(resident: id).count == 1)  // the fixture's own

                // View: received on Monday 11/5, due on Wednesday 13/5, overdue on Sunday 17/5; then everything stored.
                let view = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "view", date: "11/05/2026")
                let (_, viewPage, _) = try await browser.get(client, view)
                #expect(viewPage.contains("13/5/2026") && viewPage.contains("Đang xử lý") && viewPage.contains("Quá hạn"))
                let (_, overdueList, _) = try await browser.get(client, "/units/11131/privacy-requests")
                #expect(overdueList.contains(#"class="overdue""#) && overdueList.contains("1 yêu cầu quá hạn"))
                let (_, data, _) = try await browser.get(client, "\(view)/data")
                #expect(data.contains(Self.name) && data.contains(Self.cccd) && data.contains("Nhật ký truy cập"))
                let (completeStatus, _, _) = try await browser.post(client, "\(view)/complete", form: [("_csrf", csrf)])
                #expect(completeStatus == .seeOther)
                let (_, list, _) = try await browser.get(client, "/units/11131/privacy-requests")
                #expect(list.contains("Đã đáp ứng") && !list.contains(#"class="overdue""#))

                // Copy: a JSON and an XLSX file with the data, logged as exports.
                let copy = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "copy")
                let (_, copyPage, _) = try await browser.get(client, copy)
                #expect(copyPage.contains("19/5/2026"))  // Friday 16:30 → Tuesday
                let (jsonHeaders, json) = try await ActivityPagesTests.download(client, browser, "\(copy)/copy?format=json")
                #expect(jsonHeaders[.contentType]?.hasPrefix("application/json") == true)
                let text = String(decoding: json, as: UTF8.self)
                #expect(text.contains(Self.name) && text.contains(Self.cccd) && text.contains("Lượt hỗ trợ"))
                let (_, xlsx) = try await ActivityPagesTests.download(client, browser, "\(copy)/copy?format=xlsx")
                #expect(xlsx.prefix(2) == Data("PK".utf8))
                #expect(try await store.accessLog.entries(subject: id.uuidString).filter { $0.action == "export" }.count == 2)

                // Correct: the registry's form; the request records which fields changed.
                let correct = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "correct")
                let (_, edit, _) = try await browser.get(client, "\(correct)/correct")
                #expect(edit.contains(#"name="fullName""#) && edit.contains("\(correct)/correct"))
                let (savedStatus, _, _) = try await browser.post(client, "\(correct)/correct", form: [
                    ("_csrf", csrf), ("fullName", Self.name), ("birthDate", "02/01/1980"), ("gender", "male"), ("cccd", Self.cccd),
                    ("phone", "0912345678"), ("villageCode", homeVillage), ("householdID", ""), ("relationToHead", "Chủ hộ"),
                    ("targetGroup", ""), ("smartphone", "unknown"), ("vneidLevel", "0"), ("notes", "")])
                #expect(savedStatus == .seeOther)
                let (_, corrected, _) = try await browser.get(client, correct)
                #expect(corrected.contains("Số điện thoại") && corrected.contains("Đã đáp ứng"))

                // Restrict: a confirmation first; then a team member no longer finds the resident, not even among an
                // event's attendees, while the officer still does.
                _ = try await store.events.updateAttendance(event: event, add: [id])
                let restrict = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "restrict")
                let (_, confirmPage, _) = try await browser.get(client, "\(restrict)/restrict")
                #expect(confirmPage.contains(#"name="confirm""#))
                let (unconfirmed, _, _) = try await browser.post(client, "\(restrict)/restrict", form: [("_csrf", csrf)])
                #expect(unconfirmed == .unprocessableContent)
                let (restricted, _, _) = try await browser.post(client, "\(restrict)/restrict", form: [("_csrf", csrf), ("confirm", "yes")])
                #expect(restricted == .seeOther)
                let token = try await client.token("team-member")
                let api = try await client.execute(uri: "/api/v1/units/11131/residents?q=\(QueryEscape.encode("Đức"))", method: .get,
                                                   headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
                #expect(!api.contains(Self.name) && api.contains(#""total":0"#), "\(api)")
                let detail = try await client.execute(uri: "/residents/\(id.uuidString)", method: .get,
                                                      headers: [.authorization: "Bearer \(token)"]) { $0.status }
                #expect(detail == .forbidden)
                let (_, officerView, _) = try await browser.get(client, "/residents/\(id.uuidString)")
                #expect(officerView.contains("Đang hạn chế xử lý"))
                let memberEvent = try await client.execute(uri: "/api/v1/events/\(event.uuidString)", method: .get,
                                                           headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
                #expect(memberEvent.contains(#""attendees""#) && !memberEvent.contains(id.uuidString), "\(memberEvent)")
                let (_, officerEvent, _) = try await browser.get(client, "/events/\(event.uuidString)")
                #expect(officerEvent.contains(Self.name))

                // Unrestrict: the person asks that the restriction end; behind a confirmation, the team member finds
                // them again. Asked a second time, there is nothing to lift and the page says so.
                let unrestrict = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "unrestrict")
                let (_, liftPage, _) = try await browser.get(client, unrestrict)
                #expect(liftPage.contains("\(unrestrict)/unrestrict"))
                let (unconfirmedLift, _, _) = try await browser.post(client, "\(unrestrict)/unrestrict", form: [("_csrf", csrf)])
                #expect(unconfirmedLift == .unprocessableContent)
                let (lifted, _, _) = try await browser.post(client, "\(unrestrict)/unrestrict", form: [("_csrf", csrf), ("confirm", "yes")])
                #expect(lifted == .seeOther)
                #expect(try await store.residents.isRestricted(id) == false)
                let again = try await client.execute(uri: "/residents/\(id.uuidString)", method: .get,
                                                     headers: [.authorization: "Bearer \(token)"]) { $0.status }
                #expect(again == .ok)
                let twice = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "unrestrict")
                let (nothing, nothingPage, _) = try await browser.post(client, "\(twice)/unrestrict", form: [("_csrf", csrf), ("confirm", "yes")])
                #expect(nothing == .conflict && nothingPage.contains(Strings.privacyNotRestricted))

                // Delete: the name typed again; afterwards nothing personal is left and the counters agree.
                let delete = try await Self.record(&browser, client, csrf: csrf, resident: id, kind: "delete")
                let (_, deletePage, _) = try await browser.get(client, "\(delete)/delete")
                #expect(deletePage.contains(#"name="confirmName""#))
                let (mismatch, mismatchPage, _) = try await browser.post(client, "\(delete)/delete", form: [("_csrf", csrf), ("confirmName", "Nguyễn Văn")])
                #expect(mismatch == .unprocessableContent && mismatchPage.contains("không khớp"))
                let (deleted, _, _) = try await browser.post(client, "\(delete)/delete", form: [("_csrf", csrf), ("confirmName", "nguyễn  văn đức")])
                #expect(deleted == .seeOther)
                let (_, afterDelete, _) = try await browser.get(client, delete)
                #expect(afterDelete.contains(Strings.privacyDeletedResident))
                let gone = try await client.execute(uri: "/residents/\(id.uuidString)", method: .get, headers: [.cookie: browser.cookieHeader]) { $0.status }
                #expect(gone == .notFound)
                #expect(try await store.rollups.verify().isEmpty)
                let left = try await Self.texts(containing: [Self.name, Self.cccd, "0912345678", "1980-01-02"], store)
                #expect(left.isEmpty, "\(left)")
            }
        }
    }

    @Test("a team member is refused every privacy route; an auditor reads without actions")
    func roles() async throws {
        try await WebFixture.with { fixture in
            let request = fixture.activity.home.privacyRequest.uuidString
            let homeVillage = fixture.homeVillage
            try await fixture.application().test(.router) { client in
                let member = try await client.token("team-member")
                for uri in ["/units/11131/privacy-requests", "/units/11131/privacy-requests/new",
                            "/units/\(homeVillage)/privacy-requests/\(request)",
                            "/units/\(homeVillage)/privacy-requests/\(request)/data"] {
                    let status = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(member)"]) { $0.status }
                    #expect(status == .forbidden, "\(uri)")
                }
                let auditor = try await client.token("auditor")
                let (status, page) = try await client.execute(uri: "/units/11131/privacy-requests/\(request)", method: .get,
                                                              headers: [.authorization: "Bearer \(auditor)"]) { ($0.status, String(buffer: $0.body)) }
                #expect(status == .ok && page.contains("Xem dữ liệu") && !page.contains("/complete") && !page.contains("Nguyễn Văn Đức"))
                // A request addressed under a commune it was not recorded in is not found.
                let officer = try await client.token("commune-officer")
                let wrong = try await client.execute(uri: "/units/10750/privacy-requests/\(request)", method: .get,
                                                     headers: [.authorization: "Bearer \(officer)"]) { $0.status }
                #expect(wrong == .notFound)
            }
        }
    }

    static func texts(containing needles: [String], _ store: Store) async throws -> [String] {
        try await store.database.read { sql in
            let query: SQLQueryString = store.database.dialect.engine == .postgres
                ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            var found: [String] = []
            for table in try await sql.raw(query).all().map({ try $0.decode(column: "name", as: String.self) }) {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns {
                        guard let text = try? row.decode(column: column, as: String.self) else { continue }
                        for needle in needles where text.contains(needle) { found.append("\(table).\(column): \(text)") }
                    }
                }
            }
            return found
        }
    }
}

enum QueryEscape {
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
