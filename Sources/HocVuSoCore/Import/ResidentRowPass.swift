/// One run of `ResidentRowValidator` over the rows: reads each row's cells, and remembers what the checks across
/// rows need (CCCDs, people, household heads, the current household).
struct RowPass {
    /// A problem with its place, for ordering by row and then column position.
    struct Found {
        var row: Int
        var order: Int
        var problem: Problem
    }

    private struct PersonKey: Hashable {
        var name: TextKey
        var birthDate: CivilDate
        var village: TextKey
    }

    private struct Indices {
        var stt, name, birth, birthMale, birthFemale, gender, cccd, phone, village, householdNumber, relation,
            targetGroup, organisation, smartphone, vneid, notes: Int?
        /// Mapped columns other than STT: a row with nothing in them is blank.
        var content: [Int]

        init(_ mapping: ColumnMapping) {
            func at(_ column: ResidentColumn) -> Int? { mapping.index(of: column) }
            (stt, name, birth, birthMale, birthFemale) = (at(.stt), at(.fullName), at(.birthDate), at(.birthDateMale),
                                                        at(.birthDateFemale))
            (gender, cccd, phone, village, householdNumber) = (at(.gender), at(.cccd), at(.phone), at(.village),
                                                              at(.householdNumber))
            (relation, targetGroup, organisation, smartphone, vneid, notes) = (at(.relationToHead), at(.targetGroup),
                at(.organisation), at(.smartphone), at(.vneidLevel), at(.notes))
            content = mapping.columns.filter { $0.value != .stt }.keys.sorted()
        }
    }

    let validator: ResidentRowValidator
    private let columns: Indices
    private(set) var found: [Found] = []

    private var villageCache: [TextKey: String?] = [:]
    private var organisationKinds: [TextKey: TargetGroupRule.OrganisationKind] = [:]
    /// Parsed small cells (gender, smartphone …) by their text: lists repeat a handful of values.
    private var keyCache: [TextKey: String] = [:]
    /// The first row of each CCCD, and every row of the CCCDs that appear more than once.
    private var cccdFirstRow: [String: Int] = [:]
    private var cccdRepeats: [String: [Int]] = [:]
    /// The first row of each person (title-cased name, birth date, village), and every row of repeated ones.
    private typealias PersonRow = (row: Int, cccd: String?, name: String)
    private var personFirstRow: [PersonKey: PersonRow] = [:]
    private var personRepeats: [PersonKey: [PersonRow]] = [:]
    /// Household key → (number as written, head rows), when households come from a number column.
    private var heads: [String: (number: String, rows: [Int])] = [:]
    /// The household the last "Chủ hộ" row started, when households come from the relation column.
    private var currentHousehold: (key: String, village: String?)?

    init(validator: ResidentRowValidator, rowCount: Int) {
        self.validator = validator
        columns = Indices(validator.mapping)
        if columns.cccd != nil { cccdFirstRow.reserveCapacity(rowCount) }
        personFirstRow.reserveCapacity(rowCount)
    }

    /// What an organisation's name says, classified once per distinct name.
    private mutating func organisationKind(_ organisation: String) -> TargetGroupRule.OrganisationKind {
        if let kind = organisationKinds[TextKey(organisation)] { return kind }
        let kind = TargetGroupRule.kind(of: organisation)
        if organisationKinds.count < 10_000 { organisationKinds[TextKey(organisation)] = kind }
        return kind
    }

    /// The matching key of a small enumerated cell ("Nữ" → "nu"), cached by its text.
    private mutating func key(_ text: String) -> String {
        if let key = keyCache[TextKey(text)] { return key }
        let key = ColumnSynonyms.key(text)
        if keyCache.count < 1_000 { keyCache[TextKey(text)] = key }
        return key
    }

    // MARK: Cells

    @inline(__always)
    private func cell(_ cells: [String], _ index: Int?) -> String {
        guard let index, index < cells.count else { return "" }
        return cells[index]
    }

    @inline(__always)
    private static func isBlankText(_ text: String) -> Bool {
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
    private func text(_ cells: [String], _ index: Int?) -> String? {
        let raw = cell(cells, index)
        guard !Self.isBlankText(raw) else { return nil }
        return VietnameseText.normalize(raw)
    }

    private mutating func report(_ row: Int, _ index: Int?, _ value: String?, _ reason: String) {
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
        let householdNumber = text(cells, c.householdNumber)
        let relation = text(cells, c.relation)
        let isHead = relation.map { CellValues.isHouseholdHead(key($0)) } ?? false
        let householdKey = household(row: row, number: householdNumber, isHead: isHead, village: village)

        let organisation = text(cells, c.organisation)
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
                             vneidLevel: vneid, notes: text(cells, c.notes))
    }

    private mutating func readName(_ cells: [String], row: Int) -> String? {
        let index = columns.name
        guard let raw = text(cells, index) else {
            report(row, index, nil, Strings.importNameMissing)
            return nil
        }
        let name = VietnameseText.titleCaseName(raw)
        var symbol: Unicode.Scalar?
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if VietnameseLetters.info(v) != nil || v == 0x20 || v == 0x2D || v == 0x27 || v == 0x2019 || v == 0x2E {
                continue
            }
            if v >= 0x30 && v <= 0x39 {
                report(row, index, raw, Strings.importNameHasDigits)
                return nil
            }
            if symbol == nil && !TextScalars.isCombiningMark(v) && !scalar.properties.isAlphabetic { symbol = scalar }
        }
        if let symbol {
            report(row, index, raw, Strings.importNameHasSymbol(String(symbol)))
            return nil
        }
        guard name.utf8.count <= ResidentRowValidator.maxNameLength
                || name.unicodeScalars.count <= ResidentRowValidator.maxNameLength else {
            report(row, index, raw, Strings.importNameTooLong(max: ResidentRowValidator.maxNameLength))
            return nil
        }
        return name
    }

    /// The birth date, and the gender when the list splits birth dates into "Nam"/"Nữ" columns.
    private mutating func readBirth(_ cells: [String], row: Int) -> (CivilDate?, Gender?) {
        let c = columns
        if c.birth != nil {
            return (readDate(cell(cells, c.birth), row: row, index: c.birth), nil)
        }
        let male = cell(cells, c.birthMale), female = cell(cells, c.birthFemale)
        switch (Self.isBlankText(male), Self.isBlankText(female)) {
        case (false, false):
            report(row, c.birthMale, "\(VietnameseText.normalize(male)) | \(VietnameseText.normalize(female))",
                   Strings.importBirthDateInBothColumns)
            return (nil, nil)
        case (false, true):
            return (readDate(male, row: row, index: c.birthMale), .male)
        case (true, false):
            return (readDate(female, row: row, index: c.birthFemale), .female)
        case (true, true):
            report(row, c.birthMale, nil, Strings.importBirthDateMissing)
            return (nil, nil)
        }
    }

    private mutating func readDate(_ raw: String, row: Int, index: Int?) -> CivilDate? {
        let value = VietnameseText.normalize(raw)
        let reason: String
        switch DateParse(value) {
        case .date(let date):
            if date > validator.today {
                reason = Strings.importBirthDateInFuture(today: VietnameseFormat.date(validator.today))
            } else if date.year < ResidentRowValidator.earliestBirthYear {
                reason = Strings.importBirthDateTooEarly
            } else {
                return date
            }
        case .empty: reason = Strings.importBirthDateMissing
        case .yearOnly: reason = Strings.importBirthDateYearOnly
        case .number: reason = Strings.importBirthDateIsNumber
        case .shortYear: reason = Strings.importBirthDateShortYear
        case .impossible: reason = Strings.importBirthDateImpossible
        case .malformed: reason = Strings.importBirthDateMalformed
        }
        report(row, index, value.isEmpty ? nil : value, reason)
        return nil
    }

    private mutating func readGender(_ cells: [String], row: Int, byColumn: Gender?) -> Gender? {
        guard let index = columns.gender else { return byColumn }
        guard let raw = text(cells, index) else {
            if byColumn == nil { report(row, index, nil, Strings.importGenderMissing) }
            return byColumn
        }
        guard let gender = CellValues.gender(key(raw)) else {
            report(row, index, raw, Strings.importGenderInvalid)
            return nil
        }
        if let byColumn, byColumn != gender {
            report(row, index, raw, Strings.importGenderConflict(written: gender, byColumn: byColumn))
            return nil
        }
        return gender
    }

    private mutating func readCCCD(_ cells: [String], row: Int, birth: CivilDate?, gender: Gender?) -> String? {
        let index = columns.cccd
        guard let raw = text(cells, index) else { return nil }
        switch CCCD.validate(raw, birthDate: birth, gender: gender) {
        case .success(let number):
            if let first = cccdFirstRow[number] {
                cccdRepeats[number, default: [first]].append(row)
            } else {
                cccdFirstRow[number] = row
            }
            if validator.existingCCCD(number) { report(row, index, raw, Strings.importCCCDAlreadyStored) }
            return number
        case .failure(let problem):
            report(row, index, raw, problem.message)
            return nil
        }
    }

    private mutating func readVillage(_ cells: [String], row: Int) -> String? {
        guard let index = columns.village, let raw = text(cells, index) else {
            if let code = validator.defaultVillageCode { return code }
            report(row, columns.village, nil, Strings.importVillageMissing)
            return nil
        }
        let code: String?
        if let cached = villageCache[TextKey(raw)] {
            code = cached
        } else {
            code = validator.villageResolver(raw)
            villageCache[TextKey(raw)] = .some(code)
        }
        if code == nil { report(row, index, raw, Strings.importVillageUnknown(raw)) }
        return code
    }

    /// The household key of a row (see `ResidentRowValidator` for the rule).
    private mutating func household(row: Int, number: String?, isHead: Bool, village: String?) -> String? {
        if columns.householdNumber != nil {
            guard let number else { return "r:\(row)" }
            let key = "n:\(village ?? "")|\(VietnameseText.fold(number))"
            if isHead {
                heads[key, default: (number, [])].rows.append(row)
            }
            return key
        }
        guard columns.relation != nil else { return nil }
        if isHead {
            let key = "r:\(row)"
            currentHousehold = (key, village)
            return key
        }
        if let current = currentHousehold, current.village == village { return current.key }
        return "r:\(row)"
    }

    // MARK: Across rows

    mutating func addCrossRowProblems() {
        let c = columns
        for (number, rows) in cccdRepeats {
            for row in rows {
                let (shown, total) = Self.others(of: row, in: rows, includingIt: true)
                report(row, c.cccd, number, Strings.importCCCDDuplicateInFile(otherRows: shown, total: total))
            }
        }
        for (_, entries) in personRepeats {
            // A row without CCCD clashes with every other row; rows with CCCDs only with the rows without one.
            let all = entries.map(\.row)
            let withoutCCCD = entries.filter { $0.cccd == nil }.map(\.row)
            for entry in entries {
                let (shown, total) = entry.cccd == nil
                    ? Self.others(of: entry.row, in: all, includingIt: true)
                    : Self.others(of: entry.row, in: withoutCCCD, includingIt: false)
                guard total > 0 else { continue }
                report(entry.row, c.name, entry.name, Strings.importPersonDuplicateInFile(otherRows: shown, total: total))
            }
        }
        for (_, household) in heads where household.rows.count > 1 {
            for row in household.rows {
                let (shown, total) = Self.others(of: row, in: household.rows, includingIt: true)
                report(row, c.householdNumber, household.number,
                       Strings.importHouseholdTwoHeads(number: household.number, otherRows: shown, total: total))
            }
        }
    }

    /// Up to five rows of `rows` other than `row`, and how many others there are (`includingIt`: whether `rows`
    /// contains `row`). O(1) per call, so a value repeated on every row of a large file stays cheap.
    static func others(of row: Int, in rows: [Int], includingIt: Bool, limit: Int = 5) -> (shown: [Int], total: Int) {
        var shown: [Int] = []
        shown.reserveCapacity(limit)
        for other in rows.prefix(limit + 1) where other != row && shown.count < limit {
            shown.append(other)
        }
        return (shown, rows.count - (includingIt ? 1 : 0))
    }
}
