import Foundation
import HocVuSoTestSupport
import Testing

/// Issue 9 as the department officer does it, in a real Chromium against the real `hocvuso` binary: choose the file a
/// commune sent, upload it, watch the reading finish, check the proposal beside the highlighted text, confirm, and
/// find the commune's submission marked as entered from a received document.
@Suite("Received reports in a real browser", .serialized)
struct ReceivedReportBrowserTests {
    static let username = "so.trinhduyet"
    static let password = "matkhau-trinh-duyet-2026"

    @Test("upload an OCR scan without diacritics, read it with progress, confirm it and see it in the request's table")
    func uploadReadAndFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-received-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try #require(ServerProcess.builtBinary(), "build the hocvuso binary first (swift build)")
        let data = folder.appendingPathComponent("data").path
        try OfflineBrowserTests.Rig.run(binary, ["user", "add", "--data", data, "--username", Self.username,
                                                 "--password", Self.password, "--role", "department", "--unit", "31"])
        let port = FreePort.pick()
        let server = ServerProcess(binary: binary, arguments: ["serve", "--data", data, "--port", "\(port)"], port: port,
                                   logFile: folder.appendingPathComponent("server.log"))
        // Generous: the whole suite shares two cores with this server while it starts.
        try await server.start(timeout: .seconds(180))
        let browser = try await ChromiumBrowser.launch(userDataDirectory: folder.appendingPathComponent("profile"),
                                                       windowSize: (1280, 900))
        do {
            let requestID = try await Self.createRequest(port: port)
            let scan = folder.appendingPathComponent("phu-thai-ocr.txt")
            try ReceivedReportPagesTests.seed("001_").write(to: scan)
            let origin = "http://127.0.0.1:\(port)"

            let page = try await browser.newPage()
            try await page.navigate("\(origin)/login?next=%2Freport-requests%2F\(requestID)%2Freceived")
            try await page.evaluate("""
                document.querySelector('input[name=username]').value = '\(Self.username)';
                document.querySelector('input[name=password]').value = '\(Self.password)';
                document.querySelector('form[action="/login"]').submit();
                """)
            try await page.waitUntil("location.pathname.endsWith('/received') && !!document.querySelector('input[type=file]')",
                                     timeout: .seconds(20))
            #expect(try await page.evaluate("document.body.innerText.includes('Chưa có báo cáo nào nhận bằng văn bản')").boolValue == true)

            // Choose the file as the file dialog would, and send the form.
            let input = try await page.send("Runtime.evaluate", ["expression": .string("document.querySelector('input[type=file]')")])
            let objectID = try #require(input["result"]?["objectId"]?.stringValue)
            _ = try await page.send("DOM.setFileInputFiles", ["files": .array([.string(scan.path)]), "objectId": .string(objectID)])
            try await page.evaluate("document.querySelector('form[enctype=\"multipart/form-data\"]').submit(); true")

            // The reading page polls its progress and reloads itself once the proposal is ready.
            try await page.waitUntil("location.pathname.startsWith('/received/') && !!document.querySelector('form[action$=\"/file\"]')",
                                     timeout: .seconds(60))
            let commune = try await page.evaluate("document.querySelector('select[name=commune]').value").stringValue
            #expect(commune == "10750")
            #expect(try await page.evaluate("document.querySelector('input[name=number]').value").stringValue == "275/BC-UBND")
            #expect(try await page.evaluate("document.querySelectorAll('.source-text mark.figure-value').length").intValue ?? 0 >= 5)
            // Shown with its diacritics restored: the OCR's "Pha Thai" header reads "Phú Thái" in places.
            #expect(try await page.evaluate("document.querySelector('.source-text').innerText.includes('Phú Thái')").boolValue == true)
            let excerpt = try await page.evaluate("document.querySelector('.received-figures .excerpt').innerText").stringValue ?? ""
            #expect(excerpt.contains("150"))
            try await page.screenshot(to: folder.appendingPathComponent("review.png"))

            // Confirm: the commune's submission, marked as entered from the received document.
            try await page.evaluate("document.querySelector('form[action$=\"/file\"] button.primary').click(); true")
            try await page.waitUntil("location.pathname.startsWith('/reports/')", timeout: .seconds(20))
            #expect(try await page.evaluate("document.body.innerText.includes('Báo cáo này được nhập từ văn bản xã gửi')").boolValue == true)
            try await page.navigate("\(origin)/report-requests/\(requestID)")
            let table = try await page.evaluate("document.querySelector('table').innerText").stringValue ?? ""
            #expect(table.contains("Xã Phú Thái") && table.contains("nhập từ văn bản nhận được") && table.contains("275/BC-UBND"), "\(table)")
        } catch {
            Issue.record("\(error)\nserver log:\n\(server.logTail())")
        }
        await browser.close()
        await server.terminate()
    }

    /// The department's request to Phú Thái and Chí Minh, made through the API; its id.
    static func createRequest(port: Int) async throws -> String {
        struct Token: Decodable { var token: String }
        struct Made: Decodable { var id: String }
        let login = try await LoopbackHTTP.post(port: port, path: "/api/v1/auth/login",
                                                json: #"{"username":"\#(username)","password":"\#(password)"}"#)
        let token = try login.decode(Token.self).token
        let made = try await LoopbackHTTP.post(port: port, path: "/api/v1/units/31/report-requests", json: """
            {"documentNumber":"516/SKHCN-TTTT","documentDate":"2025-11-12","issuer":"Sở Khoa học và Công nghệ thành phố Hải Phòng",
             "subject":"báo cáo kết quả triển khai phong trào “Bình dân học vụ số”","periodFrom":"2025-01-01",
             "periodTo":"2025-11-12","deadline":"2025-11-20","communes":["10750","11131"]}
            """, bearer: token)
        #expect(made.status == 201, "\(made.text)")
        return try made.decode(Made.self).id
    }
}
