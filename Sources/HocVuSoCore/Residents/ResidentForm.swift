import Foundation

/// A resident as typed into a form or sent to the API: plain strings, validated into a `Resident`.
public struct ResidentForm: Sendable, Codable, Equatable {
    public var fullName: String = ""
    /// dd/mm/yyyy in forms; YYYY-MM-DD is accepted too (the API's format).
    public var birthDate: String = ""
    public var gender: String = ""
    public var cccd: String?
    public var phone: String?
    public var villageCode: String = ""
    /// An existing household of the village; nil or empty starts a new household with this person as head.
    public var householdID: String?
    public var relationToHead: String?
    public var targetGroup: String?
    public var organisation: String?
    public var smartphone: String?
    public var vneidLevel: Int?
    public var hasBasicDigitalSkills: Bool?
    public var notes: String?

    public init() {}

    public init(_ r: Resident) {
        fullName = r.fullName
        birthDate = VietnameseFormat.date(r.birthDate)
        gender = r.gender.rawValue
        cccd = r.cccd
        phone = r.phone
        villageCode = r.villageCode
        householdID = r.householdID?.uuidString
        relationToHead = r.relationToHead
        targetGroup = r.targetGroupSource == .set ? r.targetGroup.rawValue : nil
        organisation = r.organisation
        smartphone = r.smartphone.rawValue
        vneidLevel = r.vneidLevel.rawValue
        hasBasicDigitalSkills = r.recordedSkills
        notes = r.notes
    }

    /// Validates every field and returns the resident, or one error listing every problem by field.
    public func validated(id: UUID, today: CivilDate) throws -> Resident {
        var problems: [Problem] = []
        func fail(_ field: String, _ value: String?, _ reason: String) {
            problems.append(Problem(column: field, value: value, reason: reason))
        }
        let name = VietnameseText.normalize(fullName)
        if name.isEmpty { fail("fullName", fullName, Strings.residentNameRequired) }
        let birth = CivilDate(iso: birthDate.trimmingCharacters(in: .whitespaces)) ?? VietnameseFormat.parseDate(birthDate)
        if let birth {
            if birth > today { fail("birthDate", birthDate, Strings.residentBirthDateFuture) }
            if birth.year < 1900 { fail("birthDate", birthDate, Strings.residentBirthDateTooOld) }
        } else {
            fail("birthDate", birthDate, Strings.residentBirthDateInvalid)
        }
        let sex = Gender(rawValue: gender) ?? CellValues.gender(ColumnSynonyms.key(gender))
        if sex == nil { fail("gender", gender, Strings.residentGenderInvalid) }
        var idNumber: String?
        if let raw = cccd?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            switch CCCD.validate(raw, birthDate: birth, gender: sex) {
            case .success(let number): idNumber = number
            case .failure(let problem): fail("cccd", raw, problem.message)
            }
        }
        var phoneNumber: String?
        if let raw = phone?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            switch PhoneNumber.validate(raw) {
            case .success(let number): phoneNumber = number
            case .failure(let problem): fail("phone", raw, problem.message)
            }
        }
        if villageCode.isEmpty { fail("villageCode", villageCode, Strings.residentVillageRequired) }
        for (field, value) in [("organisation", organisation), ("notes", notes), ("relationToHead", relationToHead)] {
            if let value, value.count > 500 { fail(field, String(value.prefix(40)), Strings.residentFieldTooLong) }
        }
        guard problems.isEmpty, let birth, let sex else {
            throw DomainError(.invalid, code: "resident.invalid", message: Strings.formHasErrors, details: problems)
        }
        let setGroup = targetGroup.flatMap(TargetGroup.init(rawValue:))
        let org = organisation.map(VietnameseText.normalize).flatMap { $0.isEmpty ? nil : $0 }
        return Resident(
            id: id, fullName: VietnameseText.titleCaseName(name), birthDate: birth, gender: sex, cccd: idNumber,
            phone: phoneNumber, villageCode: villageCode,
            householdID: householdID.flatMap(UUID.init(uuidString:)),
            isHouseholdHead: false,
            relationToHead: relationToHead.map(VietnameseText.normalize).flatMap { $0.isEmpty ? nil : $0 },
            targetGroup: setGroup ?? TargetGroupRule.derive(age: birth.years(until: today), organisation: org),
            targetGroupSource: setGroup == nil ? .derived : .set,
            organisation: org,
            smartphone: smartphone.flatMap(Smartphone.init(rawValue:)) ?? .unknown,
            vneidLevel: vneidLevel.flatMap(VNeIDLevel.init(rawValue:)) ?? .none,
            hasBasicDigitalSkills: hasBasicDigitalSkills ?? false,
            notes: notes.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 })
    }
}
