import Foundation
import Testing
@testable import HocVuSoCore

@Suite("ResidentRowValidator")
struct ResidentRowValidatorTests {
    static let today = CivilDate(year: 2026, month: 5, day: 19)!
    static let sampleHeaders = ColumnMappingTests.sampleHeaders
    static let villages = ["thon 3": "11131-03", "thon dong": "11131-01", "11131-03": "11131-03"]

    /// The first rows of shared/data/samples/danh-sach-nhan-khau-thon-3.xlsx (file rows 5–14).
    static let sampleRows: [[String]] = [
        ["1", "Đặng Thanh Mai", "07/10/2005", "Nữ", "031305193630", "", "Chủ hộ", "Không", ""],
        ["2", "Trần Quang Đức", "18/02/1958", "Nam", "031058848973", "0996792908", "Cháu", "Có", ""],
        ["3", "Nguyễn Đức Dũng", "11/08/1943", "Nam", "031043461930", "", "Bố", "Có", ""],
        ["4", "Hoàng Quang An", "21/08/1950", "Nam", "031050291674", "", "Mẹ", "Có", ""],
        ["5", "Vũ Thu Ngân", "03/01/1976", "Nữ", "031176590497", "0961461003", "Chủ hộ", "Có", ""],
        ["6", "Bùi Quang Khánh", "19/02/1993", "Nam", "031093660031", "0945145061", "Chồng", "Có", ""],
        ["7", "Trần Văn An", "06/08/1999", "Nam", "031099715210", "0983266166", "Bố", "Có", ""],
        ["8", "Hoàng Hữu Đức", "06/04/1942", "Nam", "031042413426", "0910237409", "Bố", "Không", ""],
        ["9", "Đỗ Thị Bích", "19/04/1951", "Nữ", "031151667510", "0995597297", "Chủ hộ", "Có", ""],
        ["10", "Đỗ Đức Tuấn", "08/05/1959", "Nam", "031059857527", "0932836791", "Bố", "Không", ""],
    ]

    private func validator(headers: [String] = sampleHeaders, mapping: ColumnMapping? = nil,
                           defaultVillage: String? = "11131-03", stored: Set<String> = []) -> ResidentRowValidator {
        let table = Self.villages
        return ResidentRowValidator(
            mapping: mapping ?? ColumnMapping.guess(headers: headers), headers: headers,
            defaultVillageCode: defaultVillage, villageResolver: { table[VietnameseText.fold($0)] },
            existingCCCDs: stored, today: Self.today)
    }

    /// One sample-layout row with some cells replaced.
    private func row(_ changes: [Int: String] = [:]) -> [String] {
        var cells = ["1", "Lê Văn Nam", "26/07/1998", "Nam", "031098968274", "0977256785", "Chủ hộ", "Có", ""]
        for (index, value) in changes { cells[index] = value }
        return cells
    }

    /// The problems of validating `rows` (file rows from 5) in the sample layout.
    private func problems(_ rows: [[String]], _ v: ResidentRowValidator? = nil) -> [Problem] {
        (v ?? validator()).validate(rows: rows, firstRowNumber: 5).problems
    }

    private func draft(_ cells: [String], _ v: ResidentRowValidator? = nil) throws -> ResidentDraft {
        let drafts = try #require((v ?? validator()).validate(rows: [cells], firstRowNumber: 5).drafts)
        return try #require(drafts.first)
    }

    // MARK: A good file

    @Test func acceptsTheSampleRows() throws {
        let drafts = try #require(validator().validate(rows: Self.sampleRows, firstRowNumber: 5).drafts)
        #expect(drafts.count == 10)
        let mai = drafts[0]
        #expect(mai == ResidentDraft(row: 5, fullName: "Đặng Thanh Mai", birthDate: CivilDate(year: 2005, month: 10, day: 7)!,
                                     gender: .female, cccd: "031305193630", phone: nil, villageCode: "11131-03",
                                     householdKey: "r:5", householdNumber: nil, isHouseholdHead: true,
                                     relationToHead: "Chủ hộ", targetGroup: .citizen, targetGroupSource: .derived,
                                     organisation: nil, smartphone: .no, vneidLevel: .none, notes: nil))
        #expect(drafts[1].phone == "0996792908")
        #expect(drafts[1].smartphone == .yes)
        #expect(drafts.map(\.row) == Array(5...14))
        // Households: rows 5–8 under Mai, 9–12 under Ngân, 13–14 under Bích.
        #expect(drafts.map { $0.householdKey ?? "-" } == ["r:5", "r:5", "r:5", "r:5", "r:9", "r:9", "r:9", "r:9",
                                                          "r:13", "r:13"])
        #expect(drafts.filter(\.isHouseholdHead).map(\.row) == [5, 9, 13])
    }

    @Test func normalisesNamesAndText() throws {
        let d = try draft(row([1: "  NGUYỄN  thị   hoà ", 6: " chủ hộ ", 8: " Khuyết tật  nhẹ "]))
        #expect(d.fullName == "Nguyễn Thị Hòa")
        #expect(d.relationToHead == "chủ hộ")
        #expect(d.isHouseholdHead)
        #expect(d.notes == "Khuyết tật nhẹ")
    }

    @Test func buildsAResident() throws {
        let d = try draft(row())
        let id = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
        let resident = d.resident(id: id, householdID: nil)
        #expect(resident.fullName == "Lê Văn Nam")
        #expect(resident.cccd == "031098968274")
        #expect(resident.villageCode == "11131-03")
        #expect(resident.isHouseholdHead)
    }

    @Test func skipsBlankRowsAndKeepsFileRowNumbers() throws {
        let rows = [row(), ["", "  ", "", "", "", "", "", "", ""], [], ["41"], row([1: "Trần Thị Hà", 3: "Nữ",
                                                                                     4: "031198968274", 6: "Vợ"])]
        let drafts = try #require(validator().validate(rows: rows, firstRowNumber: 5).drafts)
        #expect(drafts.map(\.row) == [5, 9])
        #expect(drafts[1].householdKey == "r:5")
    }

    @Test func aFileWithoutDataRowsIsAProblem() {
        #expect(problems([[], ["", ""], ["12"]]) == [Problem(reason: Strings.importNoDataRows)])
        #expect(problems([]) == [Problem(reason: Strings.importNoDataRows)])
    }

    // MARK: Names

    @Test func nameIsRequired() {
        #expect(problems([row([1: "  "])]) == [Problem(row: 5, column: "Họ và tên", value: nil,
                                                        reason: Strings.importNameMissing)])
    }

    @Test func nameHasNoDigitsOrSymbols() {
        #expect(problems([row([1: "Tổng số: 40"])]) == [Problem(row: 5, column: "Họ và tên", value: "Tổng số: 40",
                                                                  reason: Strings.importNameHasDigits)])
        #expect(problems([row([1: "Lê Văn Nam (con)"])]).map(\.reason) == [Strings.importNameHasSymbol("(")])
        #expect(problems([row([1: String(repeating: "a", count: 101)])]).map(\.reason)
                == [Strings.importNameTooLong(max: 100)])
        #expect(problems([row([1: " - "])]) == [Problem(row: 5, column: "Họ và tên", value: "-",
                                                         reason: Strings.importNameNoLetters)])
    }

    @Test func freeTextIsLimited() {
        let long = String(repeating: "ghi chú ", count: 70)
        let found = problems([row([8: long])])
        #expect(found.map(\.reason) == [Strings.importTextTooLong(max: 500)])
        #expect(found.first?.column == "Ghi chú")
        #expect(found.first?.value?.hasSuffix("…") == true)
    }

    // MARK: Birth dates

    @Test("birth dates that are refused, with their reason", arguments: [
        ("", Strings.importBirthDateMissing),
        ("1985", Strings.importBirthDateYearOnly),
        ("31245", Strings.importBirthDateIsNumber),
        ("26/07/98", Strings.importBirthDateShortYear),
        ("31/02/1998", Strings.importBirthDateImpossible),
        ("26 tháng 7 1998", Strings.importBirthDateMalformed),
        ("20/05/2026", Strings.importBirthDateInFuture(today: "19/5/2026")),
        ("31/12/1899", Strings.importBirthDateTooEarly),
    ])
    func refusedBirthDate(value: String, reason: String) {
        // The CCCD is left out so only the date is at fault.
        let found = problems([row([2: value, 4: ""])])
        #expect(found == [Problem(row: 5, column: "Ngày sinh", value: value.isEmpty ? nil : value, reason: reason)])
    }

    @Test func acceptsOtherDateSpellings() throws {
        #expect(try draft(row([2: "26-7-1998"])).birthDate == CivilDate(year: 1998, month: 7, day: 26))
        #expect(try draft(row([2: "1998-07-26"])).birthDate == CivilDate(year: 1998, month: 7, day: 26))
        #expect(try draft(row([2: "19/05/2026", 4: ""])).birthDate == Self.today)
    }

    // MARK: Gender

    @Test("gender spellings", arguments: [("Nam", Gender.male), ("nam", .male), ("M", .male), ("Nữ", .female),
                                          ("nu", .female), ("F", .female), ("NỮ", .female)])
    func gender(value: String, expected: Gender) throws {
        #expect(try draft(row([3: value, 4: ""])).gender == expected)
    }

    @Test func genderMustBeKnown() {
        #expect(problems([row([3: "X", 4: ""])]) == [Problem(row: 5, column: "Giới tính", value: "X",
                                                                reason: Strings.importGenderInvalid)])
        #expect(problems([row([3: "", 4: ""])]) == [Problem(row: 5, column: "Giới tính", value: nil,
                                                               reason: Strings.importGenderMissing)])
    }

    // MARK: Birth dates split into "Nam"/"Nữ" columns

    static let splitHeaders = ["STT", "Họ và tên", "Nam", "Nữ", "Số CCCD"]

    @Test func readsGenderFromTheNamNuColumns() throws {
        let v = validator(headers: Self.splitHeaders)
        let drafts = try #require(v.validate(rows: [["1", "Trần Quang Đức", "18/02/1958", "", "031058848973"],
                                                    ["2", "Đặng Thanh Mai", "", "07/10/2005", "031305193630"]],
                                             firstRowNumber: 5).drafts)
        #expect(drafts.map(\.gender) == [.male, .female])
        #expect(drafts[1].birthDate == CivilDate(year: 2005, month: 10, day: 7))
    }

    @Test func namNuColumnsProblems() {
        let v = validator(headers: Self.splitHeaders)
        #expect(problems([["1", "Trần Quang Đức", "18/02/1958", "18/02/1958", ""]], v) ==
                [Problem(row: 5, column: "Nam", value: "18/02/1958 | 18/02/1958",
                         reason: Strings.importBirthDateInBothColumns)])
        #expect(problems([["1", "Trần Quang Đức", "", "", ""]], v).map(\.reason) == [Strings.importBirthDateMissing])
        // A gender column that contradicts the birth-date column.
        let withGender = validator(headers: Self.splitHeaders + ["Giới tính"])
        #expect(problems([["1", "Trần Quang Đức", "18/02/1958", "", "", "Nữ"]], withGender) ==
                [Problem(row: 5, column: "Giới tính", value: "Nữ",
                         reason: Strings.importGenderConflict(written: .female, byColumn: .male))])
    }

    // MARK: CCCD

    @Test func cccdIsCrossCheckedWithTheRow() {
        // 031098… says born 1998, male; the row says 1990.
        #expect(problems([row([2: "26/07/1990"])]) ==
                [Problem(row: 5, column: "Số CCCD", value: "031098968274",
                         reason: CCCDProblem.birthYearMismatch(encodedYear: 1998, encodedGender: .male,
                                                               birthYear: 1990).message)])
        #expect(problems([row([3: "Nữ"])]).map(\.reason) ==
                [CCCDProblem.genderMismatch(encodedYear: 1998, encodedGender: .male, gender: .female).message])
    }

    @Test func cccdLostLeadingZero() {
        #expect(problems([row([4: "31098968274"])]) ==
                [Problem(row: 5, column: "Số CCCD", value: "31098968274",
                         reason: CCCDProblem.missingLeadingZero(suggestion: "031098968274").message)])
    }

    @Test func cccdIsOptional() throws {
        #expect(try draft(row([4: ""])).cccd == nil)
        #expect(try draft(row([4: "031 098 968 274"])).cccd == "031098968274")
    }

    @Test func duplicateCCCDInTheFileReportsBothRows() {
        let rows = [row(), row([1: "Lê Văn Bình", 6: "Con"]), row([1: "Lê Văn Cường", 4: "", 6: "Con"])]
        #expect(problems(rows) == [
            Problem(row: 5, column: "Số CCCD", value: "031098968274",
                    reason: Strings.importCCCDDuplicateInFile(otherRows: [6])),
            Problem(row: 6, column: "Số CCCD", value: "031098968274",
                    reason: Strings.importCCCDDuplicateInFile(otherRows: [5])),
        ])
        #expect(Strings.importCCCDDuplicateInFile(otherRows: [6]).contains("dòng 6"))
    }

    @Test func aCCCDRepeatedManyTimesNamesFiveRowsAndCountsTheRest() {
        let rows = (0..<12).map { i in row([1: "Lê Văn Nam \(String(repeating: "a", count: i + 1))", 6: "Con"]) }
        let found = problems(rows)
        #expect(found.count == 12)
        #expect(found.allSatisfy { $0.column == "Số CCCD" })
        #expect(found[0].reason == Strings.importCCCDDuplicateInFile(otherRows: [6, 7, 8, 9, 10], total: 11))
        #expect(found[0].reason.contains("các dòng 6, 7, 8, 9, 10 và 6 dòng khác"))
        #expect(found[11].reason.contains("các dòng 5, 6, 7, 8, 9 và 6 dòng khác"))
    }

    @Test func aValueOnEveryRowOfALargeFileStaysCheap() {
        // 20,000 rows, one CCCD: quadratic reporting would build 400 million row numbers.
        let rows = (0..<20_000).map { i in ["Người Số \(Self.letters(i))", "26/07/1998", "Nam", "031098968274"] }
        let found = problems(rows, validator(headers: ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"]))
        #expect(found.count == 20_000)
        #expect(found.allSatisfy { $0.reason.count < 200 })
    }

    /// Distinct letters-only names for row `i` ("A", "B", …, "Ba", …).
    static func letters(_ i: Int) -> String {
        var n = i
        var text = ""
        repeat {
            text.append(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26))))
            n /= 26
        } while n > 0
        return text.capitalized
    }

    @Test func rowLists() {
        #expect(Strings.rowList([12]) == "dòng 12")
        #expect(Strings.rowList([12, 40]) == "các dòng 12, 40")
        #expect(Strings.rowList([1, 2, 3, 4, 5], total: 100) == "các dòng 1, 2, 3, 4, 5 và 95 dòng khác")
        #expect(Strings.rowList([7], total: 1) == "dòng 7")
    }

    @Test func cccdAlreadyStored() {
        let v = validator(stored: ["031098968274"])
        #expect(problems([row()], v) == [Problem(row: 5, column: "Số CCCD", value: "031098968274",
                                                  reason: Strings.importCCCDAlreadyStored)])
        #expect(ResidentRowValidator.candidateCCCDs(rows: [row(), row([4: "031 098 968 275"]), row([4: "123"])],
                                                    mapping: ColumnMapping.guess(headers: Self.sampleHeaders))
                == ["031098968274", "031098968275"])
    }

    @Test func samePersonTwiceWithoutCCCD() {
        let rows = [row([4: ""]), row([1: "LÊ VĂN NAM", 4: "", 6: "Con"])]
        #expect(problems(rows) == [
            Problem(row: 5, column: "Họ và tên", value: "Lê Văn Nam",
                    reason: Strings.importPersonDuplicateInFile(otherRows: [6])),
            Problem(row: 6, column: "Họ và tên", value: "Lê Văn Nam",
                    reason: Strings.importPersonDuplicateInFile(otherRows: [5])),
        ])
        // Two different CCCDs: two people who share name and birthday.
        let twins = [row([4: "031098968274"]), row([4: "031098000001", 6: "Con"])]
        #expect(problems(twins) == [])
    }

    // MARK: Phone, smartphone, VNeID

    @Test func phoneNumbers() {
        #expect(PhoneNumber.validate("0912345678") == .success("0912345678"))
        #expect(PhoneNumber.validate("+84912345678") == .success("0912345678"))
        #expect(PhoneNumber.validate("84 912 345 678") == .success("0912345678"))
        #expect(PhoneNumber.validate("(091) 234-5678") == .success("0912345678"))
        #expect(PhoneNumber.validate("0312345678") == .success("0312345678"))
        #expect(PhoneNumber.validate("912345678") == .failure(.missingLeadingZero(suggestion: "0912345678")))
        #expect(PhoneNumber.validate("0123456789") == .failure(.notMobile(prefix: "01")))
        #expect(PhoneNumber.validate("+1 202 555 0143") == .failure(.foreign))
        #expect(PhoneNumber.validate("1234567890") == .failure(.notMobile(prefix: "12")))
        #expect(PhoneNumber.validate("091234567") == .failure(.wrongLength(9)))
        #expect(PhoneNumber.validate("09123456789") == .failure(.wrongLength(11)))
        #expect(PhoneNumber.validate("09123o5678") == .failure(.notDigits))
        #expect(PhoneProblem.notMobile(prefix: "02").message.contains("bắt đầu bằng 02"))
    }

    @Test func phones() throws {
        #expect(try draft(row([5: "+84 977 256 785"])).phone == "0977256785")
        #expect(try draft(row([5: "0977.256.785"])).phone == "0977256785")
        #expect(try draft(row([5: ""])).phone == nil)
        #expect(problems([row([5: "977256785"])]) == [
            Problem(row: 5, column: "Số điện thoại", value: "977256785",
                    reason: PhoneProblem.missingLeadingZero(suggestion: "0977256785").message)])
        #expect(problems([row([5: "0225 3842 123"])]).map(\.reason) == [PhoneProblem.notMobile(prefix: "02").message])
        #expect(problems([row([5: "09772567"])]).map(\.reason) == [PhoneProblem.wrongLength(8).message])
        #expect(problems([row([5: "097725678a"])]).map(\.reason) == [PhoneProblem.notDigits.message])
    }

    @Test("smartphone cells", arguments: [("Có", Smartphone.yes), ("x", .yes), ("X", .yes), ("Không", .no),
                                          ("khong", .no), ("", .unknown)])
    func smartphone(value: String, expected: Smartphone) throws {
        #expect(try draft(row([7: value])).smartphone == expected)
    }

    @Test func smartphoneMustBeKnown() {
        #expect(problems([row([7: "Có lẽ"])]) == [Problem(row: 5, column: "Có điện thoại thông minh", value: "Có lẽ",
                                                          reason: Strings.importSmartphoneInvalid)])
    }

    @Test func vneidLevels() throws {
        let headers = Self.sampleHeaders + ["Mức định danh"]
        let v = validator(headers: headers)
        #expect(try draft(row() + ["Mức 2"], v).vneidLevel == .level2)
        #expect(try draft(row() + ["mức độ 1"], v).vneidLevel == .level1)
        #expect(try draft(row() + ["Chưa có"], v).vneidLevel == VNeIDLevel.none)
        #expect(try draft(row() + [""], v).vneidLevel == VNeIDLevel.none)
        #expect(problems([row() + ["Mức 3"]], v) == [Problem(row: 5, column: "Mức định danh", value: "Mức 3",
                                                             reason: Strings.importVNeIDInvalid)])
    }

    // MARK: Villages

    static let villageHeaders = ["Họ và tên", "Ngày sinh", "Giới tính", "Thôn"]

    @Test func resolvesVillages() throws {
        let v = validator(headers: Self.villageHeaders, defaultVillage: nil)
        let drafts = try #require(v.validate(rows: [["Lê Văn Nam", "26/07/1998", "Nam", "Thôn Đông"],
                                                    ["Lê Thị Hoa", "01/01/2000", "Nữ", "thôn 3"]],
                                             firstRowNumber: 5).drafts)
        #expect(drafts.map(\.villageCode) == ["11131-01", "11131-03"])
    }

    @Test func unknownOrMissingVillage() {
        let atCommune = validator(headers: Self.villageHeaders, defaultVillage: nil)
        #expect(problems([["Lê Văn Nam", "26/07/1998", "Nam", "Thôn Tây"]], atCommune) ==
                [Problem(row: 5, column: "Thôn", value: "Thôn Tây", reason: Strings.importVillageUnknown("Thôn Tây"))])
        #expect(problems([["Lê Văn Nam", "26/07/1998", "Nam", ""]], atCommune) ==
                [Problem(row: 5, column: "Thôn", value: nil, reason: Strings.importVillageMissing)])
        // Importing into a village: a blank cell means that village.
        let atVillage = validator(headers: Self.villageHeaders, defaultVillage: "11131-01")
        #expect(atVillage.validate(rows: [["Lê Văn Nam", "26/07/1998", "Nam", ""]], firstRowNumber: 5)
                    .drafts?.first?.villageCode == "11131-01")
    }

    @Test func asksTheResolverOncePerDistinctCell() {
        let counter = Counter()
        let v = ResidentRowValidator(mapping: ColumnMapping.guess(headers: Self.villageHeaders),
                                     headers: Self.villageHeaders, defaultVillageCode: nil,
                                     villageResolver: { counter.increment(); return $0 == "Thôn 3" ? "11131-03" : nil },
                                     today: Self.today)
        let rows = (1...50).map { i in ["Người Thứ \(String(repeating: "a", count: i))", "01/01/1990", "Nam", "Thôn 3"] }
        #expect(v.validate(rows: rows, firstRowNumber: 2).drafts?.count == 50)
        #expect(counter.value == 1)
    }

    // MARK: Target groups

    static let groupHeaders = ["Họ và tên", "Ngày sinh", "Giới tính", "Đối tượng", "Nơi làm việc/học tập"]

    @Test("derived and written target groups", arguments: [
        ("10/03/2014", "", "", TargetGroup.student, TargetGroupSource.derived),
        ("10/03/1980", "", "", .citizen, .derived),
        ("10/03/1980", "", "Công ty TNHH May Hải Phòng", .worker, .derived),
        ("10/03/1980", "", "UBND xã Chí Minh", .official, .derived),
        ("10/03/2012", "", "Trường THCS Chí Minh", .student, .derived),
        ("10/03/2005", "", "Trường Đại học Hàng hải", .student, .derived),
        ("10/03/1985", "", "Trường THCS Chí Minh", .official, .derived),
        ("10/03/1980", "Học sinh, sinh viên", "", .student, .set),
        ("10/03/1980", "CBCCVC", "", .official, .set),
        ("10/03/1980", "Người lao động", "", .worker, .set),
        ("10/03/2014", "Người dân", "", .citizen, .set),
    ])
    func targetGroup(birth: String, written: String, organisation: String, group: TargetGroup,
                     source: TargetGroupSource) throws {
        let v = validator(headers: Self.groupHeaders)
        let d = try draft(["Lê Văn Nam", birth, "Nam", written, organisation], v)
        #expect(d.targetGroup == group)
        #expect(d.targetGroupSource == source)
    }

    @Test func unknownTargetGroup() {
        let v = validator(headers: Self.groupHeaders)
        #expect(problems([["Lê Văn Nam", "10/03/1980", "Nam", "Hưu trí", ""]], v) ==
                [Problem(row: 5, column: "Đối tượng", value: "Hưu trí", reason: Strings.importTargetGroupInvalid)])
    }

    // MARK: Households

    @Test func rowsBeforeTheFirstHeadAreOwnHouseholds() throws {
        let rows = [row([1: "Lê Văn A", 4: "", 6: "Con"]), row([1: "Lê Văn B", 4: "", 6: "Vợ"]),
                    row([1: "Lê Văn C", 4: "", 6: "Chủ hộ"]), row([1: "Lê Văn D", 4: "", 6: "Con"])]
        let drafts = try #require(validator().validate(rows: rows, firstRowNumber: 5).drafts)
        #expect(drafts.map { $0.householdKey ?? "-" } == ["r:5", "r:6", "r:7", "r:7"])
    }

    @Test func aNewVillageEndsTheHousehold() throws {
        let headers = Self.sampleHeaders + ["Thôn"]
        let rows = [row([6: "Chủ hộ"]) + ["Thôn 3"], row([1: "Lê Thị Bê", 3: "Nữ", 4: "", 6: "Vợ"]) + ["Thôn 3"],
                    row([1: "Lê Thị Xê", 3: "Nữ", 4: "", 6: "Con"]) + ["Thôn Đông"]]
        let drafts = try #require(validator(headers: headers).validate(rows: rows, firstRowNumber: 5).drafts)
        #expect(drafts.map { $0.householdKey ?? "-" } == ["r:5", "r:5", "r:7"])
    }

    @Test func noHouseholdColumnsMeansNoHousehold() throws {
        let d = try draft(["Lê Văn Nam", "26/07/1998", "Nam"], validator(headers: ["Họ và tên", "Ngày sinh", "Giới tính"]))
        #expect(d.householdKey == nil)
        #expect(!d.isHouseholdHead)
    }

    static let householdHeaders = ["Số hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Quan hệ với chủ hộ"]

    @Test func householdsByNumber() throws {
        let v = validator(headers: Self.householdHeaders)
        let rows = [["12", "Lê Văn Nam", "26/07/1998", "Nam", "Chủ hộ"], ["15", "Trần Thị Hà", "24/04/1967", "Nữ", "Chủ hộ"],
                    ["12", "Lê Thị Hoa", "01/01/2000", "Nữ", "Vợ"], ["", "Ngô Văn Long", "10/12/1948", "Nam", ""]]
        let drafts = try #require(v.validate(rows: rows, firstRowNumber: 5).drafts)
        #expect(drafts[0].householdKey == drafts[2].householdKey)
        #expect(drafts[0].householdKey != drafts[1].householdKey)
        #expect(drafts[3].householdKey == "r:8")
        #expect(drafts[0].householdNumber == "12")
    }

    @Test func oneHeadPerNumberedHousehold() {
        let v = validator(headers: Self.householdHeaders)
        let rows = [["12", "Lê Văn Nam", "26/07/1998", "Nam", "Chủ hộ"], ["12", "Lê Thị Hoa", "01/01/2000", "Nữ", "Chủ hộ"]]
        #expect(problems(rows, v) == [
            Problem(row: 5, column: "Số hộ", value: "12", reason: Strings.importHouseholdTwoHeads(number: "12", otherRows: [6])),
            Problem(row: 6, column: "Số hộ", value: "12", reason: Strings.importHouseholdTwoHeads(number: "12", otherRows: [5])),
        ])
    }

    // MARK: Mapping and reporting

    @Test func mappingProblemsStopBeforeRows() {
        let noName = validator(headers: ["Ngày sinh", "Giới tính"])
        #expect(problems([["01/01/1990", "Nam"]], noName) ==
                [Problem(reason: Strings.importColumnMissing("Họ và tên"))])
        let noGender = validator(headers: ["Họ và tên", "Ngày sinh"])
        #expect(problems([["Lê Văn Nam", "01/01/1990"]], noGender) == [Problem(reason: Strings.importGenderColumnMissing)])
        let twice = validator(headers: ["Họ và tên", "Ngày sinh", "Giới tính", "Ghi chú", "Ghi chú khác"],
                              mapping: ColumnMapping([0: .fullName, 1: .birthDate, 2: .gender, 3: .notes, 4: .notes]))
        #expect(problems([["Lê Văn Nam", "01/01/1990", "Nam", "", ""]], twice) ==
                [Problem(reason: Strings.importColumnMappedTwice("Ghi chú", headers: ["Ghi chú", "Ghi chú khác"]))])
        let noVillage = validator(headers: ["Họ và tên", "Ngày sinh", "Giới tính"], defaultVillage: nil)
        #expect(problems([["Lê Văn Nam", "01/01/1990", "Nam"]], noVillage) ==
                [Problem(reason: Strings.importVillageColumnMissing)])
        let both = validator(headers: ["Họ và tên", "Ngày sinh", "Nam", "Nữ"])
        #expect(problems([["Lê Văn Nam", "01/01/1990", "", ""]], both) ==
                [Problem(reason: Strings.importBirthDateColumnsConflict)])
        let half = validator(headers: ["Họ và tên", "Nam", "Giới tính"])
        #expect(problems([["Lê Văn Nam", "01/01/1990", "Nam"]], half) ==
                [Problem(reason: Strings.importBirthDateColumnsIncomplete)])
    }

    @Test func reportsEveryProblemInRowAndColumnOrder() {
        let rows = [row([1: "", 3: "?", 5: "123"]), row([1: "Lê Văn Bình", 2: "1985", 4: ""]), row([1: "Lê Văn Cư", 4: ""])]
        let found = problems(rows)
        #expect(found.map { "\($0.row ?? 0):\($0.column ?? "")" } ==
                ["5:Họ và tên", "5:Giới tính", "5:Số điện thoại", "6:Ngày sinh"])
        let error = validator().validate(rows: rows, firstRowNumber: 5).error
        #expect(error?.kind == .invalid)
        #expect(error?.details.count == 4)
        #expect(error?.message == Strings.importFailed(problemCount: 4))
    }

    @Test func validListHasNoError() {
        #expect(validator().validate(rows: Self.sampleRows, firstRowNumber: 5).error == nil)
    }
}

/// A thread-safe call counter for resolver closures.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
