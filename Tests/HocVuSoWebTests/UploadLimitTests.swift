import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Every upload route refuses a file over the limit (413) and a file of the wrong type, in Vietnamese. The spreadsheet
/// readers (HocVuSoOffice) answer a wrong type with 400 `file.type`; documents answer 422.
@Suite("Upload size and type limits")
struct UploadLimitTests {
    struct Upload: Sendable {
        var uri: String
        var multipart: Bool
        var extra: [(String, String)] = []
    }

    static func uploads(_ made: WebFixture) -> [Upload] {
        let village = made.homeVillage
        return [
            Upload(uri: "/units/\(village)/import", multipart: true),
            Upload(uri: "/api/v1/units/\(village)/residents/import?filename=anh.png", multipart: false),
            Upload(uri: "/units/11131/documents", multipart: true,
                   extra: [("direction", "received"), ("type", "cv"), ("summary", "Công văn"), ("date", "01/08/2025"),
                           ("number", "12/UBND"), ("issuer", "UBND")]),
            Upload(uri: "/events/\(made.activity.home.event.uuidString)/attendance/import", multipart: true),
            Upload(uri: "/units/11131/learning/import", multipart: true, extra: [("platform", "onluyen")]),
            Upload(uri: "/api/v1/units/11131/learning/import?filename=anh.png&platform=onluyen", multipart: false),
        ]
    }

    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))

    static func body(_ upload: Upload, csrf: String, data: Data, boundary: String) -> Data {
        guard upload.multipart else { return data }
        var body = Data()
        for (name, value) in [("_csrf", csrf)] + upload.extra {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh.png\"\r\nContent-Type: image/png\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return body
    }

    @Test("an oversize upload gets 413 and a wrong-type upload 400/415/422, with a Vietnamese message, on every upload route")
    func limits() async throws {
        try await WebFixture.with { made in
            let uploads = Self.uploads(made)
            try await made.application().test(.router) { client in
                let (browser, csrf) = try await SecurityTest.browserLogin(client, "admin")
                let token = try await client.token("admin")
                let huge = Data(count: 64 * 1024 * 1024 + 1)
                for upload in uploads {
                    for (data, expected) in [(huge, [HTTPResponse.Status.contentTooLarge]),
                                             (Self.png, [.badRequest, .unsupportedMediaType, .unprocessableContent])] {
                        let boundary = "----hocvuso\(UUID().uuidString)"
                        var headers: HTTPFields = upload.multipart
                            ? [.cookie: browser.cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"]
                            : [.authorization: "Bearer \(token)", .contentType: "application/octet-stream"]
                        headers[.accept] = "text/html"
                        let response = try await client.execute(uri: upload.uri, method: .post, headers: headers,
                                                                body: ByteBuffer(data: Self.body(upload, csrf: csrf, data: data, boundary: boundary))) { $0 }
                        let text = String(buffer: response.body)
                        #expect(expected.contains(response.status), "\(upload.uri) (\(data.count) bytes) → \(response.status): \(text.suffix(400))")
                        let vietnamese = text.range(of: "[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]", options: .regularExpression) != nil
                        #expect(vietnamese, "\(upload.uri): no Vietnamese message")
                    }
                }
            }
        }
    }
}
