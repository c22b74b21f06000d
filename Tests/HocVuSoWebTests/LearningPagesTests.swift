import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Learning imports, the review queue, assessment links and certificates through the router")
struct LearningPagesTests {
    static let csv = """
        DANH SÁCH HỌC VIÊN HOÀN THÀNH
        Họ và tên,Ngày sinh,Số CCCD,Mã khóa học,Tên khóa học,Trạng thái,Ngày hoàn thành,Điểm
        Nguyễn Văn Đức,02/01/1980,031080012345,course-v1:MOET+KNS-ND+2026-1,Kỹ năng số cơ bản cho người dân,Hoàn thành,02/04/2026,90
        Người Không Có,01/01/1970,,course-v1:MOET+KNS-ND+2026-1,Kỹ năng số cơ bản cho người dân,Đang học,,

        """

    @Test("upload → column mapping → import with progress → summary; the mapping is kept for the platform; re-import adds nothing", arguments: WebEngine.allCases)
    func browserImport(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let made = LearningTargets(store: fixture.store, homeResident: fixture.homeResident,
                                       homeVillage: fixture.homeVillage, otherVillage: fixture.otherVillage)
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                let csrf = try await ActivityPagesTests.officer(&browser, client)
                let (status, location) = try await browser.uploadForm(client, "/units/11131/learning/import", csrf: csrf,
                                                                      fields: [("platform", "https://BinhDanHocVuSo.gov.vn/")],
                                                                      filename: "hoan-thanh.csv", data: Data(Self.csv.utf8))
                #expect(status == .seeOther)
                let job = try #require(location)
                let (_, mapping, _) = try await browser.get(client, job)
                #expect(mapping.contains("binhdanhocvuso.gov.vn"))
                #expect(mapping.contains(#"<option value="cccd" selected>"#))
                let form: [(String, String)] = [("_csrf", csrf), ("col0", "fullName"), ("col1", "birthDate"), ("col2", "cccd"),
                                                ("col3", "courseKey"), ("col4", "courseTitle"), ("col5", "status"),
                                                ("col6", "completedOn"), ("col7", "score"), ("fileCourse", ""), ("save", "yes")]
                _ = try await browser.post(client, job, form: form)
                var page = ""
                for _ in 0..<100 {
                    (_, page, _) = try await browser.get(client, job)
                    if page.contains("Đã nhập xong") { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                #expect(page.contains("Đã nhập xong"))
                #expect(page.contains("<li>1 kết quả học mới, 0 kết quả được cập nhật, 0 không thay đổi</li>"))
                #expect(page.contains("1 dòng chờ đối chiếu"))
                #expect(try await made.store.residents.get(made.homeResident, actor: testWebActor).skillEvidence == .course)

                // The same file again: the saved mapping is offered, and nothing new is stored.
                let (_, second) = try await browser.uploadForm(client, "/units/11131/learning/import", csrf: csrf,
                                                               fields: [("platform", "binhdanhocvuso.gov.vn")],
                                                               filename: "hoan-thanh.csv", data: Data(Self.csv.utf8))
                let secondJob = try #require(second)
                let (_, saved, _) = try await browser.get(client, secondJob)
                #expect(saved.contains("Đang dùng cách đọc cột đã lưu"))
                _ = try await browser.post(client, secondJob, form: form)
                for _ in 0..<100 {
                    (_, page, _) = try await browser.get(client, secondJob)
                    if page.contains("Đã nhập xong") { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                #expect(page.contains("<li>0 kết quả học mới, 0 kết quả được cập nhật, 1 không thay đổi</li>"))

                // The waiting row: add the person as a new resident of the village, which links the result.
                let (_, review, _) = try await browser.get(client, "/units/11131/learning/review")
                #expect(review.contains("Người Không Có"))
                let action = try #require(review.range(of: #"/learning/review/[0-9A-F-]{36}/create"#, options: .regularExpression))
                let (created, _, _) = try await browser.post(client, "/units/11131" + String(review[action]), form: [
                    ("_csrf", csrf), ("birthDate", "01/01/1970"), ("gender", "male"), ("villageCode", made.homeVillage)])
                #expect(created == .seeOther)
                let (_, empty, _) = try await browser.get(client, "/units/11131/learning/review")
                #expect(empty.contains("Không còn dòng nào chờ đối chiếu"))
                let (_, overview, _) = try await browser.get(client, "/units/11131/learning")
                #expect(overview.contains("Kỹ năng số cơ bản cho người dân"))
                #expect(overview.contains("<strong>2</strong> lượt đăng ký học"))
                #expect(try await made.store.rollups.verify().isEmpty)
            }
        }
    }

    @Test("the import API stores all rows or none, and names every bad cell", arguments: WebEngine.allCases)
    func importAPI(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let made = LearningTargets(store: fixture.store, homeResident: fixture.homeResident,
                                       homeVillage: fixture.homeVillage, otherVillage: fixture.otherVillage)
            try await fixture.application().test(.router) { client in
                let token = try await client.token("commune-officer")
                let bad = Self.csv.replacingOccurrences(of: "02/04/2026", with: "31/02/2026")
                let rejected = try await client.execute(
                    uri: "/api/v1/units/11131/learning/import?platform=binhdanhocvuso.gov.vn&filename=a.csv", method: .post,
                    headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: bad)) { response in
                    (response.status, String(buffer: response.body))
                }
                #expect(rejected.0 == .unprocessableContent)
                #expect(rejected.1.contains(#""row":3"#))
                #expect(rejected.1.contains("Ngày hoàn thành"))
                #expect(try await made.store.learning.imports(unitCode: "11131").isEmpty)
                let garbage = try await client.execute(
                    uri: "/api/v1/units/11131/learning/import?platform=binhdanhocvuso.gov.vn&filename=a.xlsx", method: .post,
                    headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: "PK\u{3}\u{4}not a zip")) { response in
                    (response.status, String(buffer: response.body))
                }
                #expect(garbage.0 == .badRequest)   // a malformed file, as for resident lists
                #expect(garbage.1.contains(#""error""#))
                #expect(try await made.store.learning.imports(unitCode: "11131").isEmpty)
                let noPlatform = try await client.execute(
                    uri: "/api/v1/units/11131/learning/import?filename=a.csv", method: .post,
                    headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: Self.csv)) { $0.status }
                #expect(noPlatform == .unprocessableContent)
                let stored = try await client.execute(
                    uri: "/api/v1/units/11131/learning/import?platform=binhdanhocvuso.gov.vn&filename=a.csv", method: .post,
                    headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: Self.csv)) { response in
                    (response.status, try JSONDecoder().decode(LearningImportSummary.self, from: Data(buffer: response.body)))
                }
                #expect(stored.0 == .created)
                #expect(stored.1.created == 1)
                #expect(stored.1.queued == 1)
                let reviews = try await client.execute(uri: "/api/v1/units/11131/learning/reviews", method: .get,
                                                       headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
                #expect(reviews.contains(#""total":1"#))
                #expect(reviews.contains("Người Không Có"))
            }
        }
    }

    @Test("an officer makes a link with its QR poster; a team member starts an assisted attempt; certificates are listed and revoked", arguments: WebEngine.allCases)
    func assessmentsAndCertificates(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let made = LearningTargets(store: fixture.store, homeResident: fixture.homeResident,
                                       homeVillage: fixture.homeVillage, otherVillage: fixture.otherVillage)
            try await fixture.application().test(.router) { client in
                var browser = BrowserSession()
                let csrf = try await ActivityPagesTests.officer(&browser, client)
                let (status, _, location) = try await browser.post(client, "/units/11131/assessments/links", form: [
                    ("_csrf", csrf), ("group", "citizen"), ("expires", "30/05/2026"), ("singleUse", "yes")])
                #expect(status == .seeOther)
                let poster = try #require(location)
                let (_, page, _) = try await browser.get(client, poster)
                #expect(page.contains("<svg"))
                #expect(page.contains("/danh-gia/"))
                let (badStatus, badPage, _) = try await browser.post(client, "/units/11131/assessments/links", form: [
                    ("_csrf", csrf), ("group", "citizen"), ("expires", "01/01/2020")])
                #expect(badStatus == .unprocessableContent)
                #expect(badPage.contains(Strings.assessmentLinkExpiryRange(AssessmentLink.maximumDays)))

                let (started, _, attemptPath) = try await browser.post(client, "/units/11131/assessments/assisted", form: [
                    ("_csrf", csrf), ("resident", made.homeResident.uuidString)])
                #expect(started == .seeOther)
                let path = try #require(attemptPath)
                #expect(path.hasPrefix("/danh-gia/bai/"))
                let attemptID = try #require(UUID(uuidString: String(path.dropFirst("/danh-gia/bai/".count))))
                let attempt = try await made.store.assessments.attempt(attemptID)
                #expect(attempt.mode == .assisted)
                #expect(attempt.assistedBy == "commune-officer")
                #expect(attempt.residentID == made.homeResident)

                // Pass it through the store, then read and revoke the certificate over the API.
                let (_, framework) = try await made.store.frameworks.framework(attempt.frameworkID)
                for item in try #require(framework.group(.citizen)).items {
                    _ = try await made.store.assessments.answer(attemptID, itemID: item.id, response: item.answer)
                }
                let certificate = try #require(try await made.store.assessments.submit(attemptID).certificate)
                let token = try await client.token("commune-officer")
                let list = try await client.execute(uri: "/api/v1/units/11131/certificates", method: .get,
                                                    headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
                #expect(list.contains(#""total":1"#))
                #expect(list.contains(#""code":"\#(certificate.code)""#))
                let noReason = try await client.execute(uri: "/api/v1/units/11131/certificates/\(certificate.code)/revoke", method: .post,
                                                        headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                        body: ByteBuffer(string: #"{"reason":""}"#)) { $0.status }
                #expect(noReason == .unprocessableContent)
                let foreign = try await client.execute(uri: "/api/v1/units/\(made.otherVillage)/certificates", method: .get,
                                                       headers: [.authorization: "Bearer \(token)"]) { $0.status }
                #expect(foreign == .forbidden)
                let (listed, html, _) = try await browser.get(client, "/units/11131/certificates")
                #expect(listed == .ok)
                #expect(html.contains(certificate.code))
                let (revoked, _, _) = try await browser.post(client, "/units/11131/certificates/\(certificate.code)/revoke", form: [
                    ("_csrf", csrf), ("reason", "Cấp nhầm người làm bài"), ("confirm", "yes")])
                #expect(revoked == .seeOther)
                let after = try await client.execute(uri: "/api/v1/units/11131/certificates", method: .get,
                                                     headers: [.authorization: "Bearer \(token)"]) { String(buffer: $0.body) }
                #expect(after.contains(#""valid":false"#))
                #expect(try await made.store.rollups.verify().isEmpty)
            }
        }
    }
}

let testWebActor = AccessActor(userID: nil, username: "test", client: "test")

extension BrowserSession {
    /// Posts a multipart form with text fields and one file; returns the status and the redirect target.
    mutating func uploadForm(_ client: some TestClientProtocol, _ uri: String, csrf: String, fields: [(String, String)],
                             filename: String, data: Data) async throws -> (HTTPResponse.Status, String?) {
        let boundary = "----hocvuso\(UUID().uuidString)"
        var body = Data()
        for (name, value) in [("_csrf", csrf)] + fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let response = try await client.execute(uri: uri, method: .post,
                                                headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                body: ByteBuffer(bytes: body)) { $0 }
        remember(response)
        return (response.status, response.headers[.location])
    }
}

/// What the learning tests need of the fixture, as a Sendable value the router closures can capture.
struct LearningTargets: Sendable {
    var store: Store
    var homeResident: UUID
    var homeVillage: String
    var otherVillage: String
}
