import Foundation
import HocVuSoTestSupport
import HocVuSoCore
@testable import HocVuSoOffice
import Testing

@Suite("Certificate as DOCX")
struct CertificateDocxTests {
    static func sheet(revoked: Bool = false, signerName: String = "Trần Văn Hùng") -> CertificateSheet {
        CertificateSheet(
            issuerParent: "UBND THÀNH PHỐ HẢI PHÒNG", issuer: "UBND XÃ THƯỢNG HỒNG",
            holderName: "Nguyễn Thị Hồng Nhung", birthDate: "07/10/1958", targetGroup: "Người cao tuổi",
            framework: "Khung đánh giá kỹ năng số cơ bản — phiên bản 1", score: "85%",
            placeAndDate: "Thượng Hồng, ngày 23 tháng 11 năm 2026", code: "HV-7K3Q-9XW2-MD",
            verifyURL: "https://hocvuso.thuonghong.haiphong.gov.vn/xac-minh/HV-7K3Q-9XW2-MD",
            signerTitle: "CHỦ TỊCH", signerName: signerName, revoked: revoked)
    }

    typealias S = Strings.CertificateDocument

    static let labels = [S.holderLabel, S.birthDateLabel, S.targetGroupLabel, S.frameworkLabel, S.scoreLabel, S.codeLabel]

    static func documentXML(_ sheet: CertificateSheet) throws -> String {
        let parts = try DocxWriterTests.parts(of: CertificateDocx.make(sheet))
        return String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
    }

    @Test func packageHoldsTheQRCodeOfTheVerificationAddress() throws {
        let sheet = Self.sheet()
        let parts = try DocxWriterTests.parts(of: CertificateDocx.make(sheet))
        #expect(parts["word/media/image1.png"] == (try QRCode.encode(sheet.verifyURL).png(scale: 8)))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(DocxWriterTests.isWellFormed(data), "\(path) is not well-formed XML")
        }
        let body = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
        let side = DocxUnits.emu(cm: 3.5)
        #expect(body.contains("<wp:extent cx=\"\(side)\" cy=\"\(side)\"/>"))
        for text in Self.labels + [S.title, S.nationalTitle, S.nationalMotto, S.qrCaption, sheet.holderName,
                                   sheet.code, sheet.verifyURL, sheet.placeAndDate, sheet.signerName] {
            #expect(body.contains(text), "\(text) missing")
        }
        #expect(!body.contains(S.revoked))
    }

    @Test func revokedCertificateSaysSo() throws {
        #expect(try Self.documentXML(Self.sheet(revoked: true)).contains(S.revoked))
    }

    @Test func emptySignerNameStillWrites() throws {
        #expect(try Self.documentXML(Self.sheet(signerName: "")).contains("CHỦ TỊCH"))
    }

    @Test func printsOnOnePageWithAScannableQRCode() async throws {
        let sheet = Self.sheet()
        let folder = try Tool.temporaryFolder("certificate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try await Tool.convertToPDF(try CertificateDocx.make(sheet), name: "giay-chung-nhan", in: folder)

        let info = try await Tool.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains(/Pages:\s+1\n/), "the certificate should fit on one page: \(info)")
        let text = try await Tool.pdfText(pdf)
        for expected in Self.labels + [S.title, S.subtitle, S.nationalTitle, S.nationalMotto, S.qrCaption,
                                       sheet.issuerParent, sheet.issuer, sheet.holderName, sheet.birthDate,
                                       sheet.targetGroup, sheet.framework, sheet.score, sheet.code,
                                       sheet.placeAndDate, sheet.signerTitle, sheet.signerName] {
            #expect(text.contains(expected.precomposedStringWithCanonicalMapping), "\(expected) missing from: \(text)")
        }

        try await Tool.run("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", pdf.path,
                                        folder.appending(path: "trang").path])
        let image = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first { $0.hasPrefix("trang") && $0.hasSuffix(".png") })
        #expect(try await Tool.decodeQR(folder.appending(path: image)) == sheet.verifyURL)
    }
}
