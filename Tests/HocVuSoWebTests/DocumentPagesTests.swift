import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("The document register through the router: form, duplicates, files, scope, API")
struct DocumentPagesTests {
    static let summary = "về việc triển khai thực hiện phong trào “Bình dân học vụ số” trên địa bàn xã Chí Minh"

    static func form(_ csrf: String, number: String = "41", summary: String = DocumentPagesTests.summary) -> [(String, String)] {
        [("_csrf", csrf), ("direction", "issued"), ("type", "kh"), ("number", number), ("symbol", "KH-UBND"),
         ("issuedOn", "19/08/2025"), ("summary", summary), ("signer", "Phạm Anh Tuấn"), ("issuer", "")]
    }

    @Test("register through the form; a duplicate is a 409 page with the values kept; HTML is refused; nothing else is stored", arguments: WebEngine.allCases)
    func registerThroughForm(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                let csrf = try await ActivityPagesTests.officer(&browser, client)
                let (status, empty, _) = try await browser.get(client, "/units/11131/documents")
                #expect(status == .ok)
                #expect(empty.contains("Chưa có văn bản đi nào trong sổ"))
                #expect(empty.contains(#"name="number" value="1""#))
                #expect(empty.contains(#"name="symbol" value="KH-UBND""#))
                #expect(empty.contains("đánh lại từ đầu mỗi năm"))

                let (noToken, _, _) = try await browser.post(client, "/units/11131/documents", form: Array(Self.form(csrf).dropFirst()))
                #expect(noToken == .forbidden)
                let (created, _, location) = try await browser.post(client, "/units/11131/documents", form: Self.form(csrf))
                #expect(created == .seeOther)
                #expect(location == "/units/11131/documents?direction=issued&year=2025&done=document-registered")
                let (_, list, _) = try await browser.get(client, try #require(location))
                #expect(list.contains("Đã vào sổ văn bản."))
                #expect(list.contains("41/KH-UBND"))
                #expect(list.contains("19/8/2025"))
                #expect(list.contains("Phạm Anh Tuấn"))

                let (duplicate, page, _) = try await browser.post(client, "/units/11131/documents",
                                                                  form: Self.form(csrf, summary: "về việc một kế hoạch khác"))
                #expect(duplicate == .conflict)
                #expect(page.contains("Số, ký hiệu 41/KH-UBND đã có trong sổ văn bản đi năm 2025 của đơn vị"))
                #expect(page.contains("về việc một kế hoạch khác"))

                let (markup, refused, _) = try await browser.post(client, "/units/11131/documents",
                                                                  form: Self.form(csrf, number: "42", summary: "về việc <script>alert(1)</script>"))
                #expect(markup == .unprocessableContent)
                #expect(refused.contains("Trích yếu không được chứa ký tự “&lt;” hoặc “&gt;”.") || refused.contains("Trích yếu không được chứa ký tự"))
                #expect(!refused.contains("<script>alert(1)</script>"))

                // A blank number takes the next free one of the type.
                let (next, _, _) = try await browser.post(client, "/units/11131/documents", form: Self.form(csrf, number: ""))
                #expect(next == .seeOther)
                let stored = try await store.documents.list(unitCode: "11131", direction: .issued, year: 2025, page: 1, per: 10)
                #expect(stored.items.map(\.numberText) == ["42/KH-UBND", "41/KH-UBND"])
            }
        }
    }

    @Test("a copy uploaded with the form downloads byte for byte; other file types are refused; another commune's is not found", arguments: WebEngine.allCases)
    func files(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            let village = fixture.homeVillage
            let elsewhere = try await store.documents.register(
                OfficialDocument(unitCode: "10750", direction: .issued, type: .kh, number: 12, symbol: "KH-UBND",
                                 issuedOn: CivilDate(year: 2025, month: 8, day: 1)!, summary: "về việc của xã Phú Thái"),
                file: ("phu-thai.pdf", "application/pdf", Data("%PDF-1.4 Phú Thái".utf8)), actor: testWebActor)
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                let csrf = try await ActivityPagesTests.officer(&browser, client)
                var pdf = Data("%PDF-1.7\n".utf8)
                pdf.append(contentsOf: (0..<5000).map { UInt8($0 % 251) })
                let fields: [(String, String)] = [("direction", "received"), ("type", "cv"), ("number", "1885"), ("symbol", "SKHCN-TTTT"),
                                                  ("issuedOn", "15/05/2026"), ("summary", "về việc báo cáo kết quả triển khai phong trào"),
                                                  ("issuer", "Sở Khoa học và Công nghệ thành phố Hải Phòng")]
                let (refused, _) = try await browser.uploadForm(client, "/units/11131/documents", csrf: csrf, fields: fields,
                                                                filename: "trang.html", data: Data("<html></html>".utf8))
                #expect(refused == .unprocessableContent)
                #expect(try await store.documents.list(unitCode: "11131", direction: nil, year: nil, page: 1, per: 10).total == 0)

                let (status, location) = try await browser.uploadForm(client, "/units/11131/documents", csrf: csrf, fields: fields,
                                                                      filename: "Công văn 1885.pdf", data: pdf)
                #expect(status == .seeOther)
                let (_, list, _) = try await browser.get(client, try #require(location))
                #expect(list.contains("1885/SKHCN-TTTT"))
                #expect(list.contains("Sở Khoa học và Công nghệ thành phố Hải Phòng"))
                let link = try #require(list.range(of: #"/units/11131/documents/[0-9A-F-]{36}/file"#, options: .regularExpression))
                let (headers, bytes) = try await ActivityPagesTests.download(client, browser, String(list[link]))
                #expect(bytes == pdf)
                #expect(headers[.contentType] == "application/pdf")
                #expect(headers[.contentDisposition]?.contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%201885.pdf") == true)

                // Another commune's document is not found from this commune, nor from a village of it.
                _ = try await ActivityPagesTests.download(client, browser, "/units/11131/documents/\(elsewhere.id.uuidString)/file",
                                                          expect: .notFound)
                _ = try await ActivityPagesTests.download(client, browser, "/units/11131/documents/\(UUID().uuidString)/file",
                                                          expect: .notFound)
                // A village's register is its commune's.
                let (redirect, _, villageHeaders) = try await browser.get(client, "/units/\(village)/documents?direction=received")
                #expect(redirect == .seeOther)
                #expect(villageHeaders[.location] == "/units/11131/documents?direction=received")
            }
        }
    }

    @Test("API: register by number text, duplicate 409, invalid 422, list, next number; a viewer may not read", arguments: WebEngine.allCases)
    func api(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            try await fixture.application().test(.router) { client in
                let token = try await client.token("commune-officer")
                func post(_ json: String) async throws -> (HTTPResponse.Status, [String: Any]) {
                    try await client.execute(uri: "/api/v1/units/11131/documents", method: .post,
                                             headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                             body: ByteBuffer(string: json)) { response in
                        (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
                    }
                }
                let body = #"{"numberText":"444/UBND-VHXH","issuedOn":"2025-10-06","summary":"về việc tổ chức triển khai đồng bộ phong trào"}"#
                let (created, document) = try await post(body)
                #expect(created == .created)
                #expect(document["type"] as? String == "cv")
                #expect(document["numberText"] as? String == "444/UBND-VHXH")
                #expect(document["hasFile"] as? Bool == false)
                let (duplicate, error) = try await post(body)
                #expect(duplicate == .conflict)
                #expect(((error["error"] as? [String: Any])?["message"] as? String)?.contains("444/UBND-VHXH") == true)
                let (invalid, _) = try await post(#"{"numberText":"445/UBND-VHXH","issuedOn":"2025-10-07","summary":"<b>x</b> về việc"}"#)
                #expect(invalid == .unprocessableContent)
                let (future, _) = try await post(#"{"type":"kh","issuedOn":"2027-01-01","summary":"về việc năm sau"}"#)
                #expect(future == .unprocessableContent)
                let (numbered, plan) = try await post(#"{"type":"qd","issuedOn":"15/05/2026","summary":"về việc kiện toàn Tổ công nghệ số cộng đồng"}"#)
                #expect(numbered == .created)
                #expect(plan["numberText"] as? String == "1/QĐ-UBND")

                let list = try await client.execute(uri: "/api/v1/units/11131/documents?direction=issued&year=2025", method: .get,
                                                    headers: [.authorization: "Bearer \(token)"]) { response in
                    #expect(response.status == .ok)
                    return try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
                }
                #expect(list["total"] as? Int == 1)
                let next = try await client.execute(uri: "/api/v1/units/11131/documents/next-number?type=cv&year=2025", method: .get,
                                                    headers: [.authorization: "Bearer \(token)"]) { response in
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
                }
                #expect(next["number"] as? Int == 445)
                #expect(next["numberText"] as? String == "445/UBND-VHXH")
                let badType = try await client.execute(uri: "/api/v1/units/11131/documents/next-number?type=xyz", method: .get,
                                                       headers: [.authorization: "Bearer \(token)"]) { $0.status }
                #expect(badType == .badRequest)

                let viewer = try await client.token("viewer")
                let refused = try await client.execute(uri: "/api/v1/units/11131/documents", method: .get,
                                                       headers: [.authorization: "Bearer \(viewer)"]) { $0.status }
                #expect(refused == .forbidden)
                let leader = try await client.token("commune-leader")
                let readOnly = try await client.execute(uri: "/api/v1/units/11131/documents", method: .post,
                                                        headers: [.authorization: "Bearer \(leader)", .contentType: "application/json"],
                                                        body: ByteBuffer(string: body)) { $0.status }
                #expect(readOnly == .forbidden)
            }
        }
    }
}
