/// One run of `ResidentRowValidator` over the rows: reads each row's cells, and remembers what the checks across
/// rows need (CCCDs, people, household heads, the current household).
struct RowPass {
    /// A problem with its place, for ordering by row and then column position.
    struct Found {
        var row: Int
        var order: Int
        var problem: Problem
    }

    struct PersonKey: Hashable {
        var name: TextKey
        var birthDate: CivilDate
        var village: TextKey
    }

    struct Indices {
        var stt, name, birth, birthMale, birthFemale, gender, cccd, phone, village, householdNumber, relation,
            targetGroup, organisation, smartphone, vneid, skills, notes: Int?
        /// Mapped columns other than STT: a row with nothing in them is blank.
        var content: [Int]

        init(_ mapping: ColumnMapping) {
            func at(_ column: ResidentColumn) -> Int? { mapping.index(of: column) }
            (stt, name, birth, birthMale, birthFemale) = (at(.stt), at(.fullName), at(.birthDate), at(.birthDateMale),
                                                        at(.birthDateFemale))
            (gender, cccd, phone, village, householdNumber) = (at(.gender), at(.cccd), at(.phone), at(.village),
                                                              at(.householdNumber))
            (relation, targetGroup, organisation, smartphone, vneid, skills, notes) = (at(.relationToHead), at(.targetGroup),
                at(.organisation), at(.smartphone), at(.vneidLevel), at(.digitalSkills), at(.notes))
            content = mapping.columns.filter { $0.value != .stt }.keys.sorted()
        }
    }

    let validator: ResidentRowValidator
    let columns: Indices
    private(set) var found: [Found] = []

    var villageCache: [TextKey: String?] = [:]
    var organisationKinds: [TextKey: TargetGroupRule.OrganisationKind] = [:]
    /// Parsed small cells (gender, smartphone …) by their text: lists repeat a handful of values.
    var keyCache: [TextKey: String] = [:]
    /// The first row of each CCCD, and every row of the CCCDs that appear more than once.
    var cccdFirstRow: [String: Int] = [:]
    var cccdRepeats: [String: [Int]] = [:]
    /// The first row of each person (title-cased name, birth date, village), and every row of repeated ones.
    typealias PersonRow = (row: Int, cccd: String?, name: String)
    var personFirstRow: [PersonKey: PersonRow] = [:]
    var personRepeats: [PersonKey: [PersonRow]] = [:]
    /// Household key → (number as written, head rows), when households come from a number column.
    var heads: [String: (number: String, rows: [Int])] = [:]
    /// The household the last "Chủ hộ" row started, when households come from the relation column.
    var currentHousehold: (key: String, village: String?)?

    init(validator: ResidentRowValidator, rowCount: Int) {
        self.validator = validator
        columns = Indices(validator.mapping)
        if columns.cccd != nil { cccdFirstRow.reserveCapacity(rowCount) }
        personFirstRow.reserveCapacity(rowCount)
    }

    /// What an organisation's name says, classified once per distinct name.
    mutating func organisationKind(_ organisation: String) -> TargetGroupRule.OrganisationKind {
        if let kind = organisationKinds[TextKey(organisation)] { return kind }
        let kind = TargetGroupRule.kind(of: organisation)
        if organisationKinds.count < 10_000 { organisationKinds[TextKey(organisation)] = kind }
        return kind
    }

    /// The matching key of a small enumerated cell ("Nữ" → "nu"), cached by its text.
    mutating func key(_ text: String) -> String {
        if let key = keyCache[TextKey(text)] { return key }
        let key = ColumnSynonyms.key(text)
        if keyCache.count < 1_000 { keyCache[TextKey(text)] = key }
        return key
    }

    // MARK: Cells

    @inline(__always)
    func cell(_ cells: [String], _ index: Int?) -> String {
        guard let index, index < cells.count else { return "" }
        return cells[index]
    }

    @inline(__always)
    static func isBlankText(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if !TextScalars.isSpace(v) && !TextScalars.isIgnorable(v) { return false }
        }
        return true
    }

    func isBlank(_ cells: [String]) -> Bool {
        for index in columns.content where index < cells.count {
            if !Self.isBlankText(cells[index]) { return false }
        }
        return true
    }

    /// The text of a cell as stored: normalised, nil when blank.
    func text(_ cells: [String], _ index: Int?) -> String? {
        let raw = cell(cells, index)
        guard !Self.isBlankText(raw) else { return nil }
        return VietnameseText.normalize(raw)
    }

    /// A free-text cell (organisation, relation, household number, notes): normalised, nil when blank or when
    /// longer than `ResidentRowValidator.maxTextLength` (then a problem is reported).
    mutating func freeText(_ cells: [String], _ index: Int?, row: Int) -> String? {
        guard let value = text(cells, index) else { return nil }
        let limit = ResidentRowValidator.maxTextLength
        if value.utf8.count > limit && value.unicodeScalars.count > limit {
            report(row, index, String(value.unicodeScalars.prefix(40)) + "…", Strings.importTextTooLong(max: limit))
            return nil
        }
        return value
    }

    mutating func report(_ row: Int, _ index: Int?, _ value: String?, _ reason: String) {
        found.append(Found(row: row, order: index ?? -1,
                           problem: Problem(row: row, column: index.map(validator.header), value: value,
                                            reason: reason)))
    }

    // MARK: One row

    /// Reads one non-blank row; returns its draft when the row itself has no problem.
    mutating func parse(_ cells: [String], row: Int) -> ResidentDraft? {
        let problemsBefore = found.count
        let c = columns

        let name = readName(cells, row: row)
        let (birth, genderByColumn) = readBirth(cells, row: row)
        let gender = readGender(cells, row: row, byColumn: genderByColumn)
        let cccd = readCCCD(cells, row: row, birth: birth, gender: gender)

        var phone: String?
        if let raw = text(cells, c.phone) {
            switch PhoneNumber.validate(raw) {
            case .success(let number): phone = number
            case .failure(let problem): report(row, c.phone, raw, problem.message)
            }
        }

        let village = readVillage(cells, row: row)
        let householdNumber = freeText(cells, c.householdNumber, row: row)
        let relation = freeText(cells, c.relation, row: row)
        let isHead = relation.map { CellValues.isHouseholdHead(key($0)) } ?? false
        let householdKey = household(row: row, number: householdNumber, isHead: isHead, village: village)

        let organisation = freeText(cells, c.organisation, row: row)
        var targetGroup: TargetGroup?
        var targetSource = TargetGroupSource.derived
        if let raw = text(cells, c.targetGroup) {
            if let group = CellValues.targetGroup(key(raw)) {
                targetGroup = group
                targetSource = .set
            } else {
                report(row, c.targetGroup, raw, Strings.importTargetGroupInvalid)
            }
        }
        if targetGroup == nil, let birth {
            let kind = organisation.map { organisationKind($0) } ?? .other
            targetGroup = TargetGroupRule.derive(age: birth.years(until: validator.today), kind: kind)
        }

        var smartphone = Smartphone.unknown
        if let raw = text(cells, c.smartphone) {
            if let value = CellValues.smartphone(key(raw)) {
                smartphone = value
            } else {
                report(row, c.smartphone, raw, Strings.importSmartphoneInvalid)
            }
        }
        var vneid = VNeIDLevel.none
        if let raw = text(cells, c.vneid) {
            if let value = CellValues.vneidLevel(key(raw)) {
                vneid = value
            } else {
                report(row, c.vneid, raw, Strings.importVNeIDInvalid)
            }
        }
        var skilled = false
        if let raw = text(cells, c.skills) {
            if let value = CellValues.digitalSkills(key(raw)) {
                skilled = value
            } else {
                report(row, c.skills, raw, Strings.importDigitalSkillsInvalid)
            }
        }

        let notes = freeText(cells, c.notes, row: row)
        if let name, let birth, let village {
            let person = PersonKey(name: TextKey(name), birthDate: birth, village: TextKey(village))
            if let first = personFirstRow[person] {
                personRepeats[person, default: [first]].append((row, cccd, name))
            } else {
                personFirstRow[person] = (row, cccd, name)
            }
        }
        guard found.count == problemsBefore, let name, let birth, let gender, let village, let targetGroup else {
            return nil
        }
        return ResidentDraft(row: row, fullName: name, birthDate: birth, gender: gender, cccd: cccd, phone: phone,
                             villageCode: village, householdKey: householdKey, householdNumber: householdNumber,
                             isHouseholdHead: isHead, relationToHead: relation, targetGroup: targetGroup,
                             targetGroupSource: targetSource, organisation: organisation, smartphone: smartphone,
                             vneidLevel: vneid, hasBasicDigitalSkills: skilled, notes: notes)
    }
}
