import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("No personal data in URLs or logs")
struct PrivacyTests {
    static let cccd = "031185054321"
    static let name = "Vũ Thị Quỳnh Giao"

    @Test("a people search posts its term; the address the browser goes to carries only a token")
    func searchKeepsTermOutOfURL() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                let (signedIn, csrf) = try await SecurityTest.browserLogin(client, "commune-officer")
                var browser = signedIn
                let (_, list, _) = try await browser.get(client, "/units/11131/residents")
                #expect(list.contains(#"<form method="post" action="/search""#))
                #expect(!list.contains(#"method="get" action="/units/11131/residents""#))
                for term in ["031080012345", "Nguyễn Văn Đức"] {
                    let (status, _, location) = try await browser.post(client, "/search", form: [
                        ("_csrf", csrf), ("back", "/units/11131/residents"), ("q", term), ("group", "")])
                    #expect(status == .seeOther)
                    let target = try #require(location)
                    #expect(target.hasPrefix("/units/11131/residents?s="), "\(target)")
                    for leak in ["031080012345", "Nguy", "Đức", "%C4%90", "duc"] {
                        #expect(!target.contains(leak), "\(target)")
                    }
                    let (pageStatus, page, _) = try await browser.get(client, target)
                    #expect(pageStatus == .ok)
                    #expect(page.contains("Nguyễn Văn Đức"))
                    #expect(!page.contains("href=\"/units/11131/residents?q="))
                }
                // A token is bound to the account that made it: another account gets the unfiltered list, not the term.
                let (_, _, location) = try await browser.post(client, "/search", form: [
                    ("_csrf", csrf), ("back", "/units/11131/residents"), ("q", "không có ai tên này")])
                let (other, _) = try await SecurityTest.browserLogin(client, "commune-leader")
                var otherBrowser = other
                let (_, page, _) = try await otherBrowser.get(client, try #require(location))
                #expect(!page.contains("không có ai tên này"))
                // The search form only sends people back to pages of this site.
                let (refused, _, _) = try await browser.post(client, "/search", form: [("_csrf", csrf), ("back", "https://x.example/"), ("q", "a")])
                #expect(refused == .badRequest)
            }
        }
    }

    @Test("request logs are one key=value line with method, route pattern, status, duration and request id, and no personal data")
    func logs() async throws {
        try await WebFixture.with { made in
            let capture = LogCapture()
            let village = made.homeVillage
            try await Application(router: made.router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                  logger: capture.logger()).test(.live) { client in
                let token = try await client.token("commune-officer")
                let csv = "Họ và tên,Ngày sinh,Giới tính,Số CCCD\n\(Self.name),02/03/1985,Nữ,\(Self.cccd)\n"
                let imported = try await client.execute(uri: "/api/v1/units/\(village)/residents/import?filename=ds.csv", method: .post,
                                                        headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                                                        body: ByteBuffer(string: csv)) { ($0.status, String(buffer: $0.body)) }
                #expect(imported.0 == .created, "\(imported.1)")
                for q in [Self.cccd, Self.name] {
                    let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
                    let (status, body) = try await client.execute(uri: "/api/v1/units/11131/residents?q=\(encoded)", method: .get,
                                                                  headers: [.authorization: "Bearer \(token)"]) { ($0.status, String(buffer: $0.body)) }
                    #expect(status == .ok && body.contains("Giao"), "\(q)")
                }
                let (signedIn, csrf) = try await SecurityTest.browserLogin(client, "commune-officer")
                var browser = signedIn
                let (_, _, location) = try await browser.post(client, "/search", form: [("_csrf", csrf), ("back", "/units/11131/residents"),
                                                                                     ("q", Self.cccd)])
                let (_, page, _) = try await browser.get(client, try #require(location))
                #expect(page.contains(Self.name))
                _ = try await browser.get(client, "/units/11131/residents?q=\(Self.cccd)")
                _ = try await browser.get(client, "/units/11131/khong-co?q=\(Self.cccd)")
            }
            let lines = capture.lines
            #expect(lines.count >= 8)
            let folded = ["Quỳnh", "Quynh", "Giao", "Vũ", "Vu%20", Self.cccd, "031185", "%E1%BB"]
            for line in lines {
                for secret in folded {
                    #expect(!line.contains(secret), "log line leaks \(secret): \(line)")
                }
            }
            let requests = lines.filter { $0.contains("msg=request") }
            #expect(requests.count >= 8)
            for line in requests {
                for key in ["ts=", "level=info", "method=", "route=", "status=", "duration_ms=", "request_id="] {
                    #expect(line.contains(key), "\(line)")
                }
                #expect(!line.contains("?"), "\(line)")
            }
            #expect(requests.contains { $0.contains("route=/api/v1/units/{code}/residents") && $0.contains("status=200") })
            #expect(requests.contains { $0.contains("route=unmatched") })
        }
    }
}
