import Foundation

public enum Gender: String, Sendable, Codable, CaseIterable {
    case male
    case female
}

/// The four target groups of QĐ 757/QĐ-BKHCN.
public enum TargetGroup: String, Sendable, Codable, CaseIterable {
    case official   // CBCCVC
    case student    // học sinh, sinh viên
    case worker     // người lao động trong doanh nghiệp, HTX
    case citizen    // người dân
}

/// Whether the target group was derived from age and workplace, or set by an officer.
public enum TargetGroupSource: String, Sendable, Codable {
    case derived
    case set
}

public enum Smartphone: String, Sendable, Codable, CaseIterable {
    case yes
    case no
    case unknown
}

public enum VNeIDLevel: Int, Sendable, Codable, CaseIterable {
    case none = 0
    case level1 = 1
    case level2 = 2
}

/// What shows that a resident has basic digital skills, beyond the commune's own record.
public enum SkillEvidence: String, Sendable, Codable {
    /// A valid certificate from a passed assessment.
    case certificate
    /// A completed course that counts as basic for the resident's target group.
    case course
}

/// A resident as the registry stores it.
public struct Resident: Sendable, Equatable, Codable {
    public var id: UUID
    public var fullName: String
    public var birthDate: CivilDate
    public var gender: Gender
    public var cccd: String?
    public var phone: String?
    public var villageCode: String
    public var householdID: UUID?
    public var isHouseholdHead: Bool
    /// "Chủ hộ", "Vợ", "Con" … as written in the household book.
    public var relationToHead: String?
    public var targetGroup: TargetGroup
    public var targetGroupSource: TargetGroupSource
    /// School for pupils, workplace for officials and workers.
    public var organisation: String?
    public var smartphone: Smartphone
    public var vneidLevel: VNeIDLevel
    /// Has basic digital skills (QĐ 757): true when the commune recorded it or when there is evidence.
    public var hasBasicDigitalSkills: Bool
    /// The commune's own record, which stands when there is no evidence (and again if evidence is withdrawn).
    public var recordedSkills: Bool
    /// A certificate or a basic course completion, which outranks the record.
    public var skillEvidence: SkillEvidence?
    public var notes: String?

    public init(id: UUID, fullName: String, birthDate: CivilDate, gender: Gender, cccd: String? = nil,
                phone: String? = nil, villageCode: String, householdID: UUID? = nil, isHouseholdHead: Bool = false,
                relationToHead: String? = nil, targetGroup: TargetGroup, targetGroupSource: TargetGroupSource = .derived,
                organisation: String? = nil, smartphone: Smartphone = .unknown, vneidLevel: VNeIDLevel = .none,
                hasBasicDigitalSkills: Bool = false, recordedSkills: Bool? = nil, skillEvidence: SkillEvidence? = nil,
                notes: String? = nil) {
        self.id = id
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cccd = cccd
        self.phone = phone
        self.villageCode = villageCode
        self.householdID = householdID
        self.isHouseholdHead = isHouseholdHead
        self.relationToHead = relationToHead
        self.targetGroup = targetGroup
        self.targetGroupSource = targetGroupSource
        self.organisation = organisation
        self.smartphone = smartphone
        self.vneidLevel = vneidLevel
        self.hasBasicDigitalSkills = hasBasicDigitalSkills || skillEvidence != nil
        self.recordedSkills = recordedSkills ?? hasBasicDigitalSkills
        self.skillEvidence = skillEvidence
        self.notes = notes
    }
}

/// A household (hộ gia đình) in a village.
public struct Household: Sendable, Equatable, Codable {
    public var id: UUID
    public var villageCode: String
    /// The household's number in the village list, if the commune keeps one.
    public var number: String?
    public var address: String?

    public init(id: UUID, villageCode: String, number: String? = nil, address: String? = nil) {
        self.id = id
        self.villageCode = villageCode
        self.number = number
        self.address = address
    }
}

/// Age bands used by filters and reports.
public enum AgeBand: String, Sendable, Codable, CaseIterable {
    case under16 = "0-15"
    case from16to35 = "16-35"
    case from36to60 = "36-60"
    case over60 = "60+"

    public var range: ClosedRange<Int> {
        switch self {
        case .under16: return 0...15
        case .from16to35: return 16...35
        case .from36to60: return 36...60
        case .over60: return 61...200
        }
    }

    /// The birth dates of people in this band on `day`: later than `after`, up to and including `through`.
    public func birthDates(on day: CivilDate) -> (after: CivilDate, through: CivilDate) {
        (day.adding(years: -(range.upperBound + 1)), day.adding(years: -range.lowerBound))
    }
}
