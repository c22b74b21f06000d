import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoOffice

/// The printable certificate, shared by the holder's route and the officer's: one sheet (what the DOCX says),
/// shown as an A4 page or written as a Word file.
struct CertificatePrint {
    let services: AppServices


    /// The revoke form an officer who manages learning sees under a valid certificate.
    struct RevokeForm {
        var action: String
        var csrf: String
    }

    struct Line {
        var label: String
        var value: String
        var strong: Bool
    }

    struct Model {
        var issuerParent: String
        var issuer: String
        var nationalTitle: String
        var nationalMotto: String
        var title: String
        var subtitle: String
        var movement: String
        var revoked: Bool
        var revokedText: String
        var revokedOn: String?
        var lines: [Line]
        var qrSVG: String
        var qrCaption: String
        var verifyURL: String
        var placeAndDate: String
        var signerTitle: String
        var signerName: String
        var docxHref: String
        var backHref: String?
        var revokeForm: RevokeForm?
    }

    /// Everything the certificate says, formatted; the QR code and printed address point at `<base>/xac-minh/<code>`.
    func sheet(_ certificate: Certificate, base: String) -> CertificateSheet {
        let directory = services.store.directory
        let commune = directory[certificate.communeCode]
        let province = commune.flatMap { directory[$0.provinceCode] }
        return CertificateSheet(
            issuerParent: province.map { Strings.certificateIssuingBody($0.fullName) } ?? "",
            issuer: Strings.certificateIssuingBody(commune?.fullName ?? certificate.communeCode),
            holderName: certificate.fullName, birthDate: certificate.birthDate.map(Self.paddedDate) ?? "",
            targetGroup: Strings.targetGroupLabel(certificate.targetGroup),
            framework: Strings.certificateFrameworkLine(certificate.frameworkTitle, version: certificate.frameworkVersion),
            score: Strings.wholePercent(certificate.scorePercent),
            placeAndDate: VietnameseFormat.documentPlaceDate(place: commune?.name ?? certificate.communeCode, certificate.issuedOn),
            code: certificate.code, verifyURL: "\(base)/xac-minh/\(certificate.code)",
            signerTitle: Strings.certificateSignerTitle, signerName: "", revoked: !certificate.isValid)
    }

    func page(_ certificate: Certificate, request: Request, docxHref: String, backHref: String?,
              revokeForm: RevokeForm?) throws -> HTML {
        typealias S = Strings.CertificateDocument
        let sheet = sheet(certificate, base: PublicAddress.base(request))
        let lines = [
            Line(label: S.holderLabel, value: sheet.holderName, strong: true),
            Line(label: S.birthDateLabel, value: sheet.birthDate, strong: false),
            Line(label: S.targetGroupLabel, value: sheet.targetGroup, strong: false),
            Line(label: S.frameworkLabel, value: sheet.framework, strong: false),
            Line(label: S.scoreLabel, value: sheet.score, strong: true),
            Line(label: S.codeLabel, value: sheet.code, strong: true),
        ]
        let model = Model(
            issuerParent: sheet.issuerParent, issuer: sheet.issuer, nationalTitle: S.nationalTitle, nationalMotto: S.nationalMotto,
            title: S.title, subtitle: S.subtitle, movement: S.movement, revoked: sheet.revoked, revokedText: S.revoked,
            revokedOn: certificate.revokedAt.map { VietnameseFormat.date(CivilDate($0)) }, lines: lines,
            qrSVG: try QRCode.encode(sheet.verifyURL).svg(moduleSize: 4, border: 4), qrCaption: S.qrCaption,
            verifyURL: sheet.verifyURL, placeAndDate: sheet.placeAndDate, signerTitle: sheet.signerTitle,
            signerName: sheet.signerName, docxHref: docxHref, backHref: backHref, revokeForm: certificate.isValid ? revokeForm : nil)
        return try services.lightPage("certificate", model, title: Strings.certificatePrintTitle, bodyClass: "print")
    }

    func docx(_ certificate: Certificate, request: Request) throws -> Response {
        let data = try CertificateDocx.make(sheet(certificate, base: PublicAddress.base(request)))
        return Download(data: data, contentType: Download.docxType, filename: "chung-nhan-\(certificate.code).docx").httpResponse
    }

    /// "05/03/1980": the birth date as the certificate prints it.
    static func paddedDate(_ date: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }
}
