/// Reading the cells that need more than a lookup: name, birth date, gender, CCCD, village, household.
extension RowPass {
    mutating func readName(_ cells: [String], row: Int) -> String? {
        let index = columns.name
        guard let raw = text(cells, index) else {
            report(row, index, nil, Strings.importNameMissing)
            return nil
        }
        let name = VietnameseText.titleCaseName(raw)
        var symbol: Unicode.Scalar?
        var hasLetter = false
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if VietnameseLetters.info(v) != nil {
                hasLetter = true
                continue
            }
            if v == 0x20 || v == 0x2D || v == 0x27 || v == 0x2019 || v == 0x2E { continue }
            if v >= 0x30 && v <= 0x39 {
                report(row, index, raw, Strings.importNameHasDigits)
                return nil
            }
            if scalar.properties.isAlphabetic {
                hasLetter = true
            } else if symbol == nil && !TextScalars.isCombiningMark(v) {
                symbol = scalar
            }
        }
        guard hasLetter else {
            report(row, index, raw, Strings.importNameNoLetters)
            return nil
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
    mutating func readBirth(_ cells: [String], row: Int) -> (CivilDate?, Gender?) {
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

    mutating func readDate(_ raw: String, row: Int, index: Int?) -> CivilDate? {
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

    mutating func readGender(_ cells: [String], row: Int, byColumn: Gender?) -> Gender? {
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

    mutating func readCCCD(_ cells: [String], row: Int, birth: CivilDate?, gender: Gender?) -> String? {
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

    mutating func readVillage(_ cells: [String], row: Int) -> String? {
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
    mutating func household(row: Int, number: String?, isHead: Bool, village: String?) -> String? {
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
}
