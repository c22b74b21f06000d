import Foundation

/// One validated row of a resident list: everything a `Resident` needs, plus where it came from.
public struct ResidentDraft: Sendable, Equatable {
    /// The 1-based row number in the file.
    public var row: Int
    public var fullName: String
    public var birthDate: CivilDate
    public var gender: Gender
    public var cccd: String?
    public var phone: String?
    public var villageCode: String
    /// Rows with the same key form one household; nil when the file says nothing about households
    /// (no household-number and no relation column).
    public var householdKey: String?
    /// The household's number as written in the file, when there is a household-number column.
    public var householdNumber: String?
    public var isHouseholdHead: Bool
    public var relationToHead: String?
    public var targetGroup: TargetGroup
    public var targetGroupSource: TargetGroupSource
    public var organisation: String?
    public var smartphone: Smartphone
    public var vneidLevel: VNeIDLevel
    public var hasBasicDigitalSkills: Bool
    public var notes: String?

    public init(row: Int, fullName: String, birthDate: CivilDate, gender: Gender, cccd: String? = nil,
                phone: String? = nil, villageCode: String, householdKey: String? = nil, householdNumber: String? = nil,
                isHouseholdHead: Bool = false, relationToHead: String? = nil, targetGroup: TargetGroup,
                targetGroupSource: TargetGroupSource = .derived, organisation: String? = nil,
                smartphone: Smartphone = .unknown, vneidLevel: VNeIDLevel = .none, hasBasicDigitalSkills: Bool = false,
                notes: String? = nil) {
        self.row = row
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cccd = cccd
        self.phone = phone
        self.villageCode = villageCode
        self.householdKey = householdKey
        self.householdNumber = householdNumber
        self.isHouseholdHead = isHouseholdHead
        self.relationToHead = relationToHead
        self.targetGroup = targetGroup
        self.targetGroupSource = targetGroupSource
        self.organisation = organisation
        self.smartphone = smartphone
        self.vneidLevel = vneidLevel
        self.hasBasicDigitalSkills = hasBasicDigitalSkills
        self.notes = notes
    }

    /// The resident to store, once the store has chosen its id and its household's id.
    public func resident(id: UUID, householdID: UUID?) -> Resident {
        Resident(id: id, fullName: fullName, birthDate: birthDate, gender: gender, cccd: cccd, phone: phone,
                 villageCode: villageCode, householdID: householdID, isHouseholdHead: isHouseholdHead,
                 relationToHead: relationToHead, targetGroup: targetGroup, targetGroupSource: targetGroupSource,
                 organisation: organisation, smartphone: smartphone, vneidLevel: vneidLevel,
                 hasBasicDigitalSkills: hasBasicDigitalSkills, notes: notes)
    }
}
