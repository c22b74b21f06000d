import Foundation

/// A certificate of basic digital skills, issued on a pass.
public struct Certificate: Sendable, Equatable {
    public var code: String
    public var attemptID: UUID
    public var residentID: UUID?
    public var communeCode: String
    public var villageCode: String?
    public var fullName: String
    public var birthDate: CivilDate?
    public var targetGroup: TargetGroup
    public var frameworkID: UUID
    public var frameworkTitle: String
    public var frameworkVersion: Int
    /// Share of items answered correctly, in whole percent.
    public var scorePercent: Int
    public var issuedOn: CivilDate
    public var revokedAt: Date?
    public var revokeReason: String?
    public var revokedBy: String?

    public init(code: String, attemptID: UUID, residentID: UUID?, communeCode: String, villageCode: String?,
                fullName: String, birthDate: CivilDate?, targetGroup: TargetGroup, frameworkID: UUID,
                frameworkTitle: String, frameworkVersion: Int, scorePercent: Int, issuedOn: CivilDate,
                revokedAt: Date? = nil, revokeReason: String? = nil, revokedBy: String? = nil) {
        self.code = code
        self.attemptID = attemptID
        self.residentID = residentID
        self.communeCode = communeCode
        self.villageCode = villageCode
        self.fullName = fullName
        self.birthDate = birthDate
        self.targetGroup = targetGroup
        self.frameworkID = frameworkID
        self.frameworkTitle = frameworkTitle
        self.frameworkVersion = frameworkVersion
        self.scorePercent = scorePercent
        self.issuedOn = issuedOn
        self.revokedAt = revokedAt
        self.revokeReason = revokeReason
        self.revokedBy = revokedBy
    }

    public var isValid: Bool { revokedAt == nil }

    /// A revocation needs a reason a person can read later.
    public static func checkRevokeReason(_ reason: String) throws -> String {
        let text = VietnameseText.normalize(reason)
        guard text.count >= 5, text.count <= 500 else {
            throw DomainError(.invalid, code: "certificate.revoke-reason", message: Strings.certificateRevokeReasonRequired,
                              details: [Problem(column: Strings.certificateFieldReason, value: reason,
                                                reason: Strings.certificateRevokeReasonRequired)])
        }
        return text
    }
}
