import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A browser's session against the pages: cookies, CSRF tokens in forms, redirects.
struct BrowserSession {
    var cookies: [String: String] = [:]

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    mutating func remember(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { cookies[pair[0]] = pair[1].isEmpty ? nil : pair[1] }
        }
    }

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        let response = try await client.execute(uri: uri, method: .get, headers: [.cookie: cookieHeader], body: nil) { $0 }
        remember(response)
        return (response.status, String(buffer: response.body), response.headers)
    }

    mutating func post(_ client: some TestClientProtocol, _ uri: String, form: [(String, String)]) async throws -> (HTTPResponse.Status, String, String?) {
        let body = form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post,
                                                headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: body)) { $0 }
        remember(response)
        return (response.status, String(buffer: response.body), response.headers[.location])
    }

    mutating func upload(_ client: some TestClientProtocol, _ uri: String, csrf: String, filename: String, data: Data) async throws -> (HTTPResponse.Status, String?) {
        let boundary = "----hocvuso\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n".utf8)
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let response = try await client.execute(uri: uri, method: .post,
                                                headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                body: ByteBuffer(bytes: body)) { $0 }
        remember(response)
        return (response.status, response.headers[.location])
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

@Suite("Pages as a person uses them")
struct BrowserFlowTests {
    @Test("log in, add a village and a resident, import a list with progress, log out")
    func officerDay() async throws {
        try await WebFixture.with { made in
            let store = made.store
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let (loginStatus, loginPage, headers) = try await browser.get(client, "/login")
                #expect(loginStatus == .ok)
                #expect(headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                let anonymousToken = try #require(BrowserSession.csrf(in: loginPage))
                // A forged login form without the token is refused.
                let (forged, _, _) = try await browser.post(client, "/login", form: [("username", "commune-officer"), ("password", WebFixture.password)])
                #expect(forged == .forbidden)
                let (wrong, wrongPage, _) = try await browser.post(client, "/login", form: [
                    ("_csrf", anonymousToken), ("username", "commune-officer"), ("password", "sai-mat-khau-1")])
                #expect(wrong == .unauthorized)
                #expect(wrongPage.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
                let (ok, _, location) = try await browser.post(client, "/login", form: [
                    ("_csrf", anonymousToken), ("username", "commune-officer"), ("password", WebFixture.password)])
                #expect(ok == .seeOther && location == "/")
                #expect(browser.cookies["hv_session"] != nil)

                let (unitStatus, unitPage, _) = try await browser.get(client, "/units/11131")
                #expect(unitStatus == .ok)
                #expect(unitPage.contains("Xã Chí Minh"))
                let token = try #require(BrowserSession.csrf(in: unitPage))

                let (noToken, _, _) = try await browser.post(client, "/units/11131/villages", form: [("name", "Bắc"), ("type", "Thôn")])
                #expect(noToken == .forbidden)
                let (created, _, createdAt) = try await browser.post(client, "/units/11131/villages", form: [
                    ("_csrf", token), ("name", "Bắc Sơn"), ("type", "Thôn"), ("validFrom", "01/08/2025")])
                #expect(created == .seeOther)
                #expect(createdAt == "/units/11131?done=village-created")
                let village = try #require(store.directory.children(of: "11131").first { $0.name == "Bắc Sơn" })

                let (bad, badPage, _) = try await browser.post(client, "/units/11131/residents", form: [
                    ("_csrf", token), ("fullName", "Phạm Thị Lan"), ("birthDate", "30/02/1990"), ("gender", "female"),
                    ("villageCode", village.code)])
                #expect(bad == .unprocessableContent)
                #expect(badPage.contains("Ngày sinh không hợp lệ"))
                let (saved, _, residentAt) = try await browser.post(client, "/units/11131/residents", form: [
                    ("_csrf", token), ("fullName", "phạm thị lan"), ("birthDate", "20/02/1990"), ("gender", "female"),
                    ("cccd", "031190123456"), ("villageCode", village.code), ("smartphone", "yes"), ("vneidLevel", "2")])
                #expect(saved == .seeOther)
                let detailURI = try #require(residentAt)
                let (_, detail, _) = try await browser.get(client, detailURI)
                #expect(detail.contains("Phạm Thị Lan"))
                #expect(detail.contains("031190123456"))
                #expect(detail.contains("20/2/1990"))

                let (listStatus, list, _) = try await browser.get(client, "/units/11131/residents?q=pham%20thi%20lan")
                #expect(listStatus == .ok)
                #expect(list.contains("Phạm Thị Lan"))
                #expect(!list.contains("031190123456"))

                // Import: upload, mapping, check, preview, write.
                let csv = "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Quan hệ với chủ hộ\nĐỗ Văn Hùng,01/01/1970,Nam,031070123456,Chủ hộ\nĐỗ Thị Mai,02/02/1972,Nữ,,Vợ\n"
                let (uploaded, jobAt) = try await browser.upload(client, "/units/\(village.code)/import", csrf: token,
                                                                 filename: "thon-bac-son.csv", data: Data(csv.utf8))
                #expect(uploaded == .seeOther)
                let job = try #require(jobAt)
                let (_, mapping, _) = try await browser.get(client, job)
                #expect(mapping.contains("Bước 1: Ghép cột"))
                #expect(mapping.contains(#"<option value="fullName" selected>"#))
                let form = [("_csrf", token), ("col0", "fullName"), ("col1", "birthDate"), ("col2", "gender"),
                            ("col3", "cccd"), ("col4", "relationToHead")]
                let (checked, _, _) = try await browser.post(client, "\(job)/mapping", form: form)
                #expect(checked == .seeOther)
                try await waitUntilIdle(&browser, client, job)
                let (_, preview, _) = try await browser.get(client, job)
                #expect(preview.contains("Bước 2: Xem trước"))
                #expect(preview.contains("Đỗ Văn Hùng"))
                let (committed, _, _) = try await browser.post(client, "\(job)/commit", form: [("_csrf", token)])
                #expect(committed == .seeOther)
                try await waitUntilIdle(&browser, client, job)
                let (_, done, _) = try await browser.get(client, job)
                #expect(done.contains("Đã nhập 2 nhân khẩu trong 1 hộ gia đình."))
                let counts = try await store.rollups.counts(units: [village.code])
                #expect(counts[village.code]?["residents"] == 3)

                let (out, _, outAt) = try await browser.post(client, "/logout", form: [("_csrf", token)])
                #expect(out == .seeOther && outAt == "/login?done=logged-out")
                let (after, _, afterHeaders) = try await browser.get(client, "/units/11131")
                #expect(after == .seeOther && afterHeaders[.location] == "/login?next=%2Funits%2F11131")
            }
        }
    }

    @Test("a workbook with two lists offers a sheet picker, and choosing a sheet shows its columns")
    func sheetPicker() async throws {
        try await WebFixture.with { made in
            let header = ["Họ và tên", "Ngày sinh", "Giới tính"]
            let workbook = try XLSXWriter.write([
                XLSXSheet(name: "Thôn Đông", header: header, rows: [["Hà Văn Tú", "01/02/1961", "Nam"]]),
                XLSXSheet(name: "Thôn Tây", header: header, rows: [["Lý Thị Nga", "03/04/1966", "Nữ"]]),
            ])
            let village = made.homeVillage
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let (_, loginPage, _) = try await browser.get(client, "/login")
                let anonymous = try #require(BrowserSession.csrf(in: loginPage))
                _ = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", "commune-officer"),
                                                                    ("password", WebFixture.password)])
                let (_, page, _) = try await browser.get(client, "/units/\(village)/import")
                let token = try #require(BrowserSession.csrf(in: page))
                let (_, jobAt) = try await browser.upload(client, "/units/\(village)/import", csrf: token, filename: "hai-thon.xlsx", data: workbook)
                let job = try #require(jobAt)
                let (_, first, _) = try await browser.get(client, job)
                #expect(first.contains("Trang đang nhập"))
                #expect(first.contains("Hà Văn Tú"))
                #expect(first.contains("Thôn Tây"))
                let (chosen, _, _) = try await browser.post(client, "\(job)/sheet", form: [("_csrf", token), ("sheet", "1")])
                #expect(chosen == .seeOther)
                let (_, second, _) = try await browser.get(client, job)
                #expect(second.contains("Lý Thị Nga"))
                #expect(!second.contains("Hà Văn Tú"))
            }
        }
    }

    func waitUntilIdle(_ browser: inout BrowserSession, _ client: some TestClientProtocol, _ job: String) async throws {
        for _ in 0..<200 {
            let (_, body, _) = try await browser.get(client, "\(job)/status")
            if try !JSONDecoder().decode(JobStatusJSON.self, from: Data(body.utf8)).running { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the import job did not finish")
    }
}

struct JobStatusJSON: Decodable {
    var running: Bool
}
