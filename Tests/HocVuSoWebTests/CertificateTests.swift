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

/// Public verification of a certificate (page and API) and the printable certificate of a unit.
@Suite("Certificates: public verification, printable certificate, QR code")
struct CertificateTests {
    @Test("a valid certificate: the page and the API show only the masked name, group, date, issuer and version", arguments: WebEngine.allCases)
    func valid(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let certificate = try await AssessmentTargets.certificate(made.store)
            try await made.application().test(.router) { client in
                let (status, page) = try await Self.get(client, "/xac-minh/\(certificate.code)")
                #expect(status == .ok)
                #expect(page.contains("HỢP LỆ"))
                #expect(page.contains("N. V. An"))
                #expect(!page.contains("Nguyễn"))
                #expect(!page.contains("1980"))
                #expect(page.contains("Người dân"))
                #expect(page.contains("17/5/2026"))
                #expect(page.contains("Xã Chí Minh"))
                #expect(page.contains("Phiên bản 1"))
                #expect(!page.contains("Đã bị thu hồi"))

                let json = try await Self.json(client, "/api/v1/certificates/\(certificate.code)/verify", expect: .ok)
                #expect(json["valid"] as? Bool == true)
                #expect(json["code"] as? String == certificate.code)
                #expect(json["holder"] as? String == "N. V. An")
                #expect(json["targetGroup"] as? String == "citizen")
                #expect(json["issuedOn"] as? String == "2026-05-17")
                #expect(json["issuer"] as? String == "Xã Chí Minh")
                #expect(json["frameworkVersion"] as? Int == 1)
                #expect(json["revoked"] as? Bool == false)
                #expect(json["revokedOn"] == nil)
                #expect(json["birthDate"] == nil && json["fullName"] == nil)

                // A typed code in lower case with spaces goes to its canonical address.
                let typed = certificate.code.lowercased().replacingOccurrences(of: "-", with: " ")
                let redirect = try await client.execute(uri: "/xac-minh?ma=\(typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
                                                        method: .get) { $0 }
                #expect(redirect.status == .seeOther)
                #expect(redirect.headers[.location] == "/xac-minh/\(certificate.code)")
                let (formStatus, form) = try await Self.get(client, "/xac-minh")
                #expect(formStatus == .ok)
                #expect(form.contains("name=\"ma\""))
            }
        }
    }

    @Test("a revoked certificate: REVOKED with its date, no reason; the printed page and DOCX say so", arguments: WebEngine.allCases)
    func revoked(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let certificate = try await AssessmentTargets.certificate(made.store)
            let actor = AccessActor(userID: nil, username: "commune-officer", client: "test")
            _ = try await made.store.certificates.revoke(certificate.code, reason: "Làm bài hộ người khác", actor: actor)
            try await made.application().test(.router) { client in
                let (status, page) = try await Self.get(client, "/xac-minh/\(certificate.code)")
                #expect(status == .ok)
                #expect(page.contains("Đã bị thu hồi"))
                #expect(page.contains("Đã bị thu hồi ngày 17/5/2026"))
                #expect(!page.contains("HỢP LỆ"))
                #expect(!page.contains("Làm bài hộ"))
                let json = try await Self.json(client, "/api/v1/certificates/\(certificate.code)/verify", expect: .ok)
                #expect(json["valid"] as? Bool == false)
                #expect(json["revoked"] as? Bool == true)
                #expect(json["revokedOn"] as? String == "2026-05-17")
                #expect(!String(describing: json).contains("Làm bài hộ"))

                let path = "/danh-gia/bai/\(certificate.attemptID.uuidString)/chung-nhan"
                let (printStatus, printed) = try await Self.get(client, path)
                #expect(printStatus == .ok)
                #expect(printed.contains("ĐÃ THU HỒI"))
                let docx = try await client.execute(uri: "\(path)/docx", method: .get) { Data(buffer: $0.body) }
                #expect(docx.prefix(2) == Data("PK".utf8))
                #expect(try Self.documentXML(docx).contains(Strings.CertificateDocument.revoked))

                // The officer sees no revoke form on a revoked certificate.
                let token = try await client.token("commune-officer")
                let (_, officerPage) = try await Self.get(client, "/units/11131/certificates/\(certificate.code)", token: token)
                #expect(officerPage.contains("ĐÃ THU HỒI"))
                #expect(!officerPage.contains("/revoke"))
            }
        }
    }

    @Test("a tampered code is refused (422) before any lookup; an unknown well-formed one is not found (404)", arguments: WebEngine.allCases)
    func tamperedAndUnknown(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { fixture in
            let certificate = try await AssessmentTargets.certificate(fixture.store)
            var characters = Array(certificate.code)
            characters[3] = characters[3] == "7" ? "8" : "7"
            let tampered = String(characters)
            var generator = SystemRandomNumberGenerator()
            var made = CertificateCode.make(using: &generator)
            while made == certificate.code { made = CertificateCode.make(using: &generator) }
            let unknown = made
            #expect(CertificateCode.normalize(tampered) == nil)
            #expect(CertificateCode.normalize(unknown) == unknown)
            try await fixture.application().test(.router) { client in
                let (badStatus, bad) = try await Self.get(client, "/xac-minh/\(tampered)")
                #expect(badStatus == .unprocessableContent)
                #expect(bad.contains(Strings.certificateCodeInvalid))
                #expect(bad.contains("value=\"\(tampered)\""))
                let badJSON = try await Self.json(client, "/api/v1/certificates/\(tampered)/verify", expect: .unprocessableContent)
                let badError = try #require(badJSON["error"] as? [String: Any])
                #expect(badError["code"] as? String == "certificate.code-invalid")
                #expect(badError["message"] as? String == Strings.certificateCodeInvalid)
                #expect(badError["details"] is [Any])

                let (missingStatus, missing) = try await Self.get(client, "/xac-minh/\(unknown)")
                #expect(missingStatus == .notFound)
                #expect(missing.contains(Strings.certificateNotFound))
                let missingJSON = try await Self.json(client, "/api/v1/certificates/\(unknown)/verify", expect: .notFound)
                #expect((missingJSON["error"] as? [String: Any])?["code"] as? String == "certificate.not-found")

                let (typedStatus, typedPage) = try await Self.get(client, "/xac-minh?ma=HV-1234")
                #expect(typedStatus == .unprocessableContent)
                #expect(typedPage.contains(Strings.certificateCodeInvalid))
            }
        }
    }

    @Test("the QR code of the printed verification address decodes (zbarimg) to a page that says valid", arguments: WebEngine.allCases)
    func qrDecodes(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let certificate = try await AssessmentTargets.certificate(made.store)
            try await made.application().test(.router) { client in
                let path = "/danh-gia/bai/\(certificate.attemptID.uuidString)/chung-nhan"
                let page = try await client.execute(uri: path, method: .get, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"]) {
                    String(buffer: $0.body)
                }
                let start = try #require(page.range(of: "<p class=\"url\">"))
                let url = String(page[start.upperBound...].prefix { $0 != "<" })
                #expect(url == "https://localhost/xac-minh/\(certificate.code)")
                #expect(page.contains("<svg"))

                let file = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-qr-\(UUID().uuidString).png")
                defer { try? FileManager.default.removeItem(at: file) }
                try QRCode.encode(url).png().write(to: file)
                let decoded = try Self.zbarimg(file.path)
                #expect(decoded == url)
                let decodedPath = try #require(URL(string: decoded)?.path)
                let (status, verified) = try await Self.get(client, decodedPath)
                #expect(status == .ok)
                #expect(verified.contains("HỢP LỆ"))
                #expect(verified.contains(certificate.code))
            }
        }
    }

    @Test("a unit's certificate: its commune, province and village see it; another unit gets 404; revoke form by permission", arguments: WebEngine.allCases)
    func officerCertificate(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let certificate = try await AssessmentTargets.certificate(made.store, village: made.homeVillage)
            let (home, other) = (made.homeVillage, made.otherVillage)
            #expect(certificate.villageCode == home)
            try await made.application().test(.router) { client in
                let officer = try await client.token("commune-officer")
                let path = "/units/11131/certificates/\(certificate.code)"
                let (status, page) = try await Self.get(client, path, token: officer)
                #expect(status == .ok)
                #expect(page.contains(certificate.code))
                #expect(page.contains("<svg"))
                #expect(page.contains("action=\"\(path)/revoke\""))
                #expect(page.contains("name=\"_csrf\""))
                #expect(page.contains("name=\"reason\""))
                #expect(page.contains("name=\"confirm\" value=\"yes\""))
                #expect(page.contains("href=\"\(path)/docx\""))

                let docx = try await client.execute(uri: "\(path)/docx", method: .get, headers: [.authorization: "Bearer \(officer)"]) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"chung-nhan-\(certificate.code).docx\"")
                    return Data(buffer: response.body)
                }
                #expect(docx.prefix(2) == Data("PK".utf8))
                #expect(try Self.documentXML(docx).contains(certificate.code))

                let leader = try await client.token("commune-leader")
                let (leaderStatus, leaderPage) = try await Self.get(client, path, token: leader)
                #expect(leaderStatus == .ok)
                #expect(!leaderPage.contains("/revoke"))

                let admin = try await client.token("admin")
                #expect(try await Self.get(client, "/units/31/certificates/\(certificate.code)", token: admin).0 == .ok)
                #expect(try await Self.get(client, "/units/\(home)/certificates/\(certificate.code)", token: admin).0 == .ok)
                #expect(try await Self.get(client, "/units/\(other)/certificates/\(certificate.code)", token: admin).0 == .notFound)
                #expect(try await Self.get(client, "/units/10750/certificates/\(certificate.code)", token: admin).0 == .notFound)
                #expect(try await Self.get(client, "/units/10750/certificates/\(certificate.code)/docx", token: admin).0 == .notFound)
                #expect(try await Self.get(client, "/units/42/certificates/\(certificate.code)", token: admin).0 == .notFound)
                let viewer = try await client.token("viewer")
                #expect(try await Self.get(client, path, token: viewer).0 == .forbidden)
                #expect(try await Self.get(client, path).0 == .seeOther)  // not logged in: to the login page
            }
        }
    }

    // MARK: Helpers

    static func get(_ client: some TestClientProtocol, _ uri: String, token: String? = nil) async throws -> (HTTPResponse.Status, String) {
        let headers: HTTPFields = token.map { [.authorization: "Bearer \($0)"] } ?? [:]
        return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, String(buffer: $0.body)) }
    }

    static func json(_ client: some TestClientProtocol, _ uri: String, expect status: HTTPResponse.Status) async throws -> [String: Any] {
        let (got, data, type) = try await client.execute(uri: uri, method: .get) {
            ($0.status, Data(buffer: $0.body), $0.headers[.contentType] ?? "")
        }
        #expect(got == status, "\(uri)")
        #expect(type.hasPrefix("application/json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The text of `word/document.xml` inside a DOCX, read with `unzip -p`.
    static func documentXML(_ docx: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-cert-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        try docx.write(to: file)
        return try run("/usr/bin/unzip", ["-p", file.path, "word/document.xml"])
    }

    static func zbarimg(_ path: String) throws -> String {
        try run("/usr/bin/zbarimg", ["--raw", "-q", path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool) exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }
}
