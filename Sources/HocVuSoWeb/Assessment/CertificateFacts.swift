import Foundation
import HocVuSoCore

/// What the public may learn of a certificate: the masked name, group, date, issuer, framework version, and
/// whether it is valid. Nothing else (no birth date, no reason of a revocation).
struct CertificateFacts {
    var code: String
    var holder: String
    var group: String
    var issuedOn: String
    var issuer: String
    var framework: String
    var valid: Bool
    var revokedOn: String?

    static func make(_ certificate: Certificate, directory: UnitDirectory) -> CertificateFacts {
        CertificateFacts(code: certificate.code, holder: NameMask.mask(certificate.fullName),
                         group: Strings.targetGroupLabel(certificate.targetGroup),
                         issuedOn: VietnameseFormat.date(certificate.issuedOn), issuer: issuer(certificate, directory),
                         framework: Strings.certificateFrameworkVersion(certificate.frameworkVersion),
                         valid: certificate.isValid,
                         revokedOn: certificate.revokedAt.map { VietnameseFormat.date(CivilDate($0)) })
    }

    /// "Xã Chí Minh", the issuing commune's name (its code when the directory no longer knows it).
    static func issuer(_ certificate: Certificate, _ directory: UnitDirectory) -> String {
        directory[certificate.communeCode]?.fullName ?? certificate.communeCode
    }
}

/// `GET /api/v1/certificates/{code}/verify`.
struct CertificateVerifyJSON: Encodable, Sendable {
    var valid: Bool
    var code: String
    var holder: String
    var targetGroup: String
    var targetGroupLabel: String
    var issuedOn: String
    var issuer: String
    var issuerCode: String
    var frameworkVersion: Int
    var revoked: Bool
    var revokedOn: String?

    init(_ certificate: Certificate, directory: UnitDirectory) {
        valid = certificate.isValid
        code = certificate.code
        holder = NameMask.mask(certificate.fullName)
        targetGroup = certificate.targetGroup.rawValue
        targetGroupLabel = Strings.targetGroupLabel(certificate.targetGroup)
        issuedOn = certificate.issuedOn.iso
        issuer = CertificateFacts.issuer(certificate, directory)
        issuerCode = certificate.communeCode
        frameworkVersion = certificate.frameworkVersion
        revoked = !certificate.isValid
        revokedOn = certificate.revokedAt.map { CivilDate($0).iso }
    }
}

/// The verification page: the form, and the facts of a code or why it was refused.
struct CertificateVerifyModel {
    var typed: String
    var error: String?
    var result: CertificateFacts?
}
