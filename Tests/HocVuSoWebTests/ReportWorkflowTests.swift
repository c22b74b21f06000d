import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Report requests, a commune report from draft to acceptance, and the consolidation")
struct ReportWorkflowTests {
    /// Logs an account in through the form; returns its CSRF token.
    static func login(_ browser: inout BrowserSession, _ client: some TestClientProtocol, _ username: String,
                      home: String) async throws -> String {
        let (_, login, _) = try await browser.get(client, "/login")
        let anonymous = try #require(BrowserSession.csrf(in: login))
        _ = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", username), ("password", WebFixture.password)])
        let (_, page, _) = try await browser.get(client, home)
        return try #require(BrowserSession.csrf(in: page))
    }

    static let requestForm: [(String, String)] = [
        ("number", "1885/SKHCN-TTTT"), ("date", "15/05/2026"), ("deadline", "20/05/2026"),
        ("issuer", "Sở Khoa học và Công nghệ thành phố Hải Phòng"),
        ("subject", "báo cáo kết quả triển khai phong trào “Bình dân học vụ số”"), ("from", "01/01/2026"), ("to", "16/05/2026"),
        ("communes", "11131"), ("communes", "10750"),
    ]

    @Test("the department asks, the officer drafts and edits, the leader approves and numbers, the department returns and accepts", arguments: WebEngine.allCases)
    func workflow(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let store = fixture.store
            let village = fixture.homeVillage
            try await fixture.application().test(.router) { client in
                var department = BrowserSession()
                let dCSRF = try await Self.login(&department, client, "department", home: "/units/31/report-requests")
                // A deadline before the request's own date is refused, naming the field.
                var bad = Self.requestForm
                bad[2] = ("deadline", "10/05/2026")
                let (badStatus, badPage, _) = try await department.post(client, "/units/31/report-requests", form: [("_csrf", dCSRF)] + bad)
                #expect(badStatus == .unprocessableContent)
                #expect(badPage.contains(Strings.requestDeadlineBeforeDate))
                #expect(try await store.reports.requests(provinceCode: "31").allSatisfy { $0.documentNumber != "1885/SKHCN-TTTT" })
                let (created, _, location) = try await department.post(client, "/units/31/report-requests",
                                                                        form: [("_csrf", dCSRF)] + Self.requestForm)
                #expect(created == .seeOther)
                let requestPath = try #require(location)
                let requestID = try #require(try await store.reports.requests(provinceCode: "31")
                    .first { $0.documentNumber == "1885/SKHCN-TTTT" }?.id)

                // The officer of Chí Minh sees the request and drafts the report from the data.
                var officer = BrowserSession()
                let oCSRF = try await Self.login(&officer, client, "commune-officer", home: "/units/11131/report-requests")
                let (_, list, _) = try await officer.get(client, "/units/11131/report-requests")
                #expect(list.contains("Công văn số 1885/SKHCN-TTTT ngày 15/5/2026"))
                let (_, _, reportPath) = try await officer.post(client, "/units/11131/report-requests/\(requestID.uuidString)/draft",
                                                                form: [("_csrf", oCSRF)])
                let path = try #require(reportPath).components(separatedBy: "?")[0]
                let reportID = try #require(UUID(uuidString: String(path.dropFirst("/reports/".count))))
                let (_, editor, _) = try await officer.get(client, path)
                #expect(editor.contains("Thực hiện Công văn số 1885/SKHCN-TTTT ngày 15/5/2026 của Sở Khoa học và Công nghệ"))
                #expect(editor.contains(#"name="p:results.sessions""#))
                var report = try await store.reports.report(reportID)
                let sessionsText = try #require(report.paragraphs.first { $0.key == "results.sessions" })
                #expect(sessionsText.figureKeys.contains("sessions"))

                // Script in a narrative is refused and nothing changes; plain text is kept and marked as edited.
                let (scripted, scriptPage, _) = try await officer.post(client, "\(path)/text", form: [
                    ("_csrf", oCSRF), ("version", String(report.version)), ("p:difficulties", "<script>alert(1)</script>")])
                #expect(scripted == .unprocessableContent)
                #expect(scriptPage.contains("chỉ được ghi văn bản thường"))
                #expect(try await store.reports.report(reportID).paragraphs == report.paragraphs)
                let (saved, _, _) = try await officer.post(client, "\(path)/text", form: [
                    ("_csrf", oCSRF), ("version", String(report.version)),
                    ("p:difficulties", "Thiếu thiết bị tại 3 nhà văn hóa; tỷ lệ người cao tuổi < 50% biết dùng VNeID & ví điện tử."),
                    ("signerName", "Phạm Anh Tuấn")])
                #expect(saved == .seeOther)
                report = try await store.reports.report(reportID)
                #expect(report.paragraphs.first { $0.key == "difficulties" }?.edited == true)
                // A stale form (old version) is refused.
                let (stale, _, _) = try await officer.post(client, "\(path)/text", form: [
                    ("_csrf", oCSRF), ("version", "1"), ("p:difficulties", "Khác")])
                #expect(stale == .conflict)

                let before = report.figures.int("sessions")
                // New data after the draft: refreshing rewrites the generated paragraphs and keeps the edited one.
                let session = SupportSession(id: UUID(), provinceCode: "31", communeCode: "11131", unitCode: village, category: "vneid",
                                             at: Date(timeIntervalSince1970: 1_778_900_000), place: .home, outcome: .done)
                _ = try await store.sessions.recorder.record([session])
                let (_, flagged, _) = try await officer.get(client, path)
                #expect(flagged.contains("Số liệu đã thay đổi"))
                _ = try await officer.post(client, "\(path)/refresh", form: [("_csrf", oCSRF)])
                report = try await store.reports.report(reportID)
                #expect(report.figures.int("sessions") == before + 1)
                #expect(report.paragraphs.first { $0.key == "difficulties" }?.text.hasPrefix("Thiếu thiết bị") == true)

                // Submitted: no more edits until returned.
                _ = try await officer.post(client, "\(path)/submit", form: [("_csrf", oCSRF)])
                let (locked, lockedPage, _) = try await officer.post(client, "\(path)/text", form: [
                    ("_csrf", oCSRF), ("version", String(report.version + 1)), ("p:difficulties", "Sửa sau khi trình")])
                #expect(locked == .conflict)
                #expect(lockedPage.contains("không sửa được"))

                // The leader approves: the report gets the next BC number of the year from the register.
                var leader = BrowserSession()
                let lCSRF = try await Self.login(&leader, client, "commune-leader", home: path)
                let (approved, _, _) = try await leader.post(client, "\(path)/approve", form: [("_csrf", lCSRF), ("signerName", "Phạm Anh Tuấn")])
                #expect(approved == .seeOther)
                report = try await store.reports.report(reportID)
                #expect(report.number == "1/BC-UBND")
                let register = try await store.documents.list(unitCode: "11131", direction: .issued, year: 2026, page: 1, per: 10)
                #expect(register.items.contains { $0.numberText == "1/BC-UBND" })
                _ = try await officer.post(client, "\(path)/send", form: [("_csrf", oCSRF)])
                #expect(try await store.reports.report(reportID).status == .sent)

                // The department sees it on time, returns it with a comment; the officer may edit again.
                let (_, detail, _) = try await department.get(client, requestPath)
                #expect(detail.contains("Đã gửi, đúng hạn"))
                #expect(detail.contains("Chưa bắt đầu"))   // Phú Thái
                let (returned, _, _) = try await department.post(client, "\(path)/return", form: [("_csrf", dCSRF), ("comment", "Bổ sung số liệu lớp học")])
                #expect(returned == .seeOther)
                #expect(try await store.reports.report(reportID).status == .returned)
                _ = try await officer.post(client, "\(path)/submit", form: [("_csrf", oCSRF)])
                _ = try await leader.post(client, "\(path)/approve", form: [("_csrf", lCSRF), ("signerName", "Phạm Anh Tuấn")])
                #expect(try await store.reports.report(reportID).number == "1/BC-UBND")   // the number stays
                _ = try await officer.post(client, "\(path)/send", form: [("_csrf", oCSRF)])
                _ = try await department.post(client, "\(path)/accept", form: [("_csrf", dCSRF)])
                #expect(try await store.reports.report(reportID).status == .accepted)
                let history = try await store.reports.history(reportID).map(\.action)
                #expect(history == ["created", "edited", "refreshed", "submitted", "approved", "sent", "returned", "submitted",
                                    "approved", "sent", "accepted"])

                // The officer of another commune cannot touch this report.
                let (foreign, _, _) = try await department.post(client, "\(path)/submit", form: [("_csrf", dCSRF)])
                #expect(foreign == .forbidden)

                // The DOCX carries the number, the signer and the officer's text, escaped.
                let (headers, docx) = try await ActivityPagesTests.download(client, officer, "\(path)/docx")
                #expect(headers[.contentType]?.contains("wordprocessingml") == true)
                let xml = try Self.documentXML(docx)
                #expect(xml.contains("Số: 1/BC-UBND"))
                #expect(xml.contains("Phạm Anh Tuấn"))
                #expect(xml.contains("tỷ lệ người cao tuổi &lt; 50% biết dùng VNeID &amp; ví điện tử"))

                // Consolidation: the figures of the sent report, not of the raw data recorded since.
                _ = try await store.sessions.recorder.record([SupportSession(
                    id: UUID(), provinceCode: "31", communeCode: "11131", unitCode: village, category: "vneid",
                    at: Date(timeIntervalSince1970: 1_778_900_500), place: .home, outcome: .done)])
                let (_, xlsx) = try await ActivityPagesTests.download(client, department, "\(requestPath)/consolidation/xlsx")
                #expect(xlsx.starts(with: Array("PK".utf8)))
                let (_, consolidated) = try await ActivityPagesTests.download(client, department, "\(requestPath)/consolidation/docx")
                let summary = try Self.documentXML(consolidated)
                #expect(summary.contains("1/2 xã, phường đã gửi báo cáo"))
                #expect(summary.contains("Xã Phú Thái: Chưa bắt đầu"))
                let api = try await client.execute(uri: "/api/v1/report-requests/\(requestID.uuidString)", method: .get,
                                                   headers: [.authorization: "Bearer \(try await client.token("department"))"]) {
                    String(buffer: $0.body)
                }
                #expect(api.contains(#""progress":"accepted""#))
                #expect(api.contains(#""onTimeRate":1"#))
                let reportJSON = try await client.execute(uri: "/api/v1/reports/\(reportID.uuidString)", method: .get,
                                                          headers: [.authorization: "Bearer \(try await client.token("commune-officer"))"]) {
                    String(buffer: $0.body)
                }
                #expect(reportJSON.contains(#""number":"1\/BC-UBND""#) || reportJSON.contains(#""number":"1/BC-UBND""#))
                #expect(reportJSON.contains(#""action":"returned""#))
            }
        }
    }

    /// word/document.xml of a DOCX, read with `unzip`.
    static func documentXML(_ docx: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).docx")
        try docx.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file.path, "word/document.xml"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
