import Foundation

/// How an attempt was taken.
public enum AssessmentMode: String, Sendable, Codable {
    /// By the person alone, through a link or QR code.
    case selfService = "self"
    /// With a team member, on the member's phone; the member is recorded.
    case assisted
}

/// One sitting of an assessment: who, which framework version and group, the answers so far, and the result once
/// submitted. Answers are kept as they come, so a lost connection loses nothing.
public struct AssessmentAttempt: Sendable, Equatable {
    public var id: UUID
    public var linkToken: String?
    public var communeCode: String
    public var villageCode: String?
    public var residentID: UUID?
    public var fullName: String
    public var birthDate: CivilDate?
    public var targetGroup: TargetGroup
    public var frameworkID: UUID
    public var mode: AssessmentMode
    /// Account that assisted (assisted mode).
    public var assistedBy: String?
    public var answers: [String: AssessmentResponse]
    public var startedAt: Date
    public var submittedAt: Date?
    public var correct: Int?
    public var total: Int?
    public var passed: Bool?
    /// Domain key → (correct, total), once submitted.
    public var domainScores: [String: [Int]]
    public var certificateCode: String?

    public init(id: UUID, linkToken: String?, communeCode: String, villageCode: String?, residentID: UUID?,
                fullName: String, birthDate: CivilDate?, targetGroup: TargetGroup, frameworkID: UUID,
                mode: AssessmentMode, assistedBy: String?, answers: [String: AssessmentResponse] = [:],
                startedAt: Date, submittedAt: Date? = nil, correct: Int? = nil, total: Int? = nil, passed: Bool? = nil,
                domainScores: [String: [Int]] = [:], certificateCode: String? = nil) {
        self.id = id
        self.linkToken = linkToken
        self.communeCode = communeCode
        self.villageCode = villageCode
        self.residentID = residentID
        self.fullName = fullName
        self.birthDate = birthDate
        self.targetGroup = targetGroup
        self.frameworkID = frameworkID
        self.mode = mode
        self.assistedBy = assistedBy
        self.answers = answers
        self.startedAt = startedAt
        self.submittedAt = submittedAt
        self.correct = correct
        self.total = total
        self.passed = passed
        self.domainScores = domainScores
        self.certificateCode = certificateCode
    }

    public var isSubmitted: Bool { submittedAt != nil }

    /// Attempts left open longer than this can no longer be answered or submitted.
    public static let lifetime: TimeInterval = 14 * 86_400

    /// Checks that an answer can be recorded now: not submitted, not stale, and the item is in this version.
    public func checkAnswer(itemID: String, _ response: AssessmentResponse, group: SkillsFramework.Group,
                            version: Int, now: Date) throws {
        try checkOpen(now: now)
        guard let item = group.items.first(where: { $0.id == itemID }) else {
            throw DomainError(.invalid, code: "assessment.unknown-item", message: Strings.assessmentItemNotInVersion(version),
                              details: [Problem(column: itemID, reason: Strings.assessmentItemNotInVersion(version))])
        }
        switch (item.kind, response) {
        case (.single, .option(let index)) where (item.options ?? []).indices.contains(index): return
        case (.truefalse, .truth): return
        default:
            throw DomainError(.invalid, code: "assessment.bad-answer", message: Strings.assessmentAnswerNotPossible)
        }
    }

    public func checkOpen(now: Date) throws {
        if let submittedAt {
            throw DomainError(.conflict, code: "assessment.submitted",
                              message: Strings.assessmentAlreadySubmitted(VietnameseFormat.date(CivilDate(submittedAt))))
        }
        if now.timeIntervalSince(startedAt) > Self.lifetime {
            throw DomainError(.gone, code: "assessment.stale", message: Strings.assessmentAttemptStale)
        }
    }
}

/// Who takes an assessment, as typed on the start form or chosen by a team member.
public struct AssessmentTaker: Sendable, Equatable {
    public var fullName: String
    public var birthDate: CivilDate?
    public var cccd: String?
    public var villageCode: String?

    public init(fullName: String, birthDate: CivilDate?, cccd: String? = nil, villageCode: String? = nil) {
        self.fullName = fullName
        self.birthDate = birthDate
        self.cccd = cccd
        self.villageCode = villageCode
    }

    /// Reads the start form: a name and a real birth date are required, an ID number is optional but checked.
    public static func read(name: String, birthDate: String, cccd: String, villageCode: String?,
                            today: CivilDate) throws -> AssessmentTaker {
        var problems: [Problem] = []
        let fullName = VietnameseText.titleCaseName(VietnameseText.normalize(name))
        if fullName.isEmpty || fullName.count > 100 {
            problems.append(Problem(column: Strings.assessmentFieldName, value: name, reason: Strings.assessmentNameRequired))
        }
        let birth = CivilDate(typed: birthDate)
        if birth == nil {
            problems.append(Problem(column: Strings.assessmentFieldBirthDate, value: birthDate, reason: Strings.assessmentBirthDateInvalid))
        } else if let birth, birth > today || birth.years(until: today) > 120 || birth.years(until: today) < 6 {
            problems.append(Problem(column: Strings.assessmentFieldBirthDate, value: birthDate, reason: Strings.assessmentBirthDateRange))
        }
        var number: String?
        let typed = CCCD.compact(cccd)
        if !typed.isEmpty {
            if case .failure(let problem) = CCCD.validate(typed, birthDate: birth) {
                problems.append(Problem(column: Strings.assessmentFieldCCCD, value: cccd, reason: problem.message))
            } else {
                number = typed
            }
        }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "assessment.taker", message: problems[0].reason, details: problems)
        }
        return AssessmentTaker(fullName: fullName, birthDate: birth, cccd: number, villageCode: villageCode)
    }
}
