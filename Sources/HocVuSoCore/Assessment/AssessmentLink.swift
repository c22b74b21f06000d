import Foundation

/// A link (and its QR code) through which people take an assessment on their own phones: posted at a cultural
/// house for everyone, or given to one person and good for one attempt.
public struct AssessmentLink: Sendable, Equatable {
    public var token: String
    public var communeCode: String
    public var villageCode: String?
    public var targetGroup: TargetGroup
    public var frameworkID: UUID
    public var singleUse: Bool
    /// Last day the link can be used (inclusive).
    public var expiresOn: CivilDate
    public var createdBy: String
    public var createdAt: Date
    public var revoked: Bool
    /// When a single-use link started its attempt.
    public var usedAt: Date?
    public var attempts: Int

    public init(token: String, communeCode: String, villageCode: String?, targetGroup: TargetGroup, frameworkID: UUID,
                singleUse: Bool, expiresOn: CivilDate, createdBy: String, createdAt: Date, revoked: Bool = false,
                usedAt: Date? = nil, attempts: Int = 0) {
        self.token = token
        self.communeCode = communeCode
        self.villageCode = villageCode
        self.targetGroup = targetGroup
        self.frameworkID = frameworkID
        self.singleUse = singleUse
        self.expiresOn = expiresOn
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.revoked = revoked
        self.usedAt = usedAt
        self.attempts = attempts
    }

    /// Why a new attempt cannot start through this link today, or nil.
    public func refusal(today: CivilDate) -> DomainError? {
        if revoked {
            return DomainError(.gone, code: "assessment.link-revoked", message: Strings.assessmentLinkRevoked)
        }
        if today > expiresOn {
            return DomainError(.gone, code: "assessment.link-expired",
                               message: Strings.assessmentLinkExpired(VietnameseFormat.date(expiresOn)))
        }
        if singleUse, usedAt != nil {
            return DomainError(.gone, code: "assessment.link-used", message: Strings.assessmentLinkUsed)
        }
        return nil
    }

    /// A new random token: 16 characters of Crockford base 32 (80 bits), easy to type from a poster.
    public static func newToken<G: RandomNumberGenerator>(using generator: inout G) -> String {
        String((0..<16).map { _ in CertificateCode.alphabet.randomElement(using: &generator)! })
    }

    /// Longest validity an officer may give a link.
    public static let maximumDays = 366

    /// Checks an officer's choice of expiry.
    public static func checkExpiry(_ date: CivilDate, today: CivilDate) throws {
        guard date >= today, date.daysSince(today) <= maximumDays else {
            throw DomainError(.invalid, code: "assessment.link-expiry",
                              message: Strings.assessmentLinkExpiryRange(maximumDays),
                              details: [Problem(column: Strings.assessmentFieldExpiry, value: date.iso,
                                                reason: Strings.assessmentLinkExpiryRange(maximumDays))])
        }
    }
}
