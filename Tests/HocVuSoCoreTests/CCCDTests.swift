import Testing
@testable import HocVuSoCore

@Suite("CCCD")
struct CCCDTests {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func acceptsWellFormedNumbers() {
        // From the sample village list: Hải Phòng (031), a woman born 2005 and a man born 1958.
        #expect(CCCD.validate("031305193630", birthDate: date(2005, 10, 7), gender: .female) == .success("031305193630"))
        #expect(CCCD.validate("031058848973", birthDate: date(1958, 2, 18), gender: .male) == .success("031058848973"))
        #expect(CCCD.validate("001185000123") == .success("001185000123"))
    }

    @Test func stripsSpacesDotsAndDashes() {
        #expect(CCCD.validate(" 031 058.848-973 ") == .success("031058848973"))
        #expect(CCCD.validate("031\u{A0}058848973") == .success("031058848973"))
    }

    @Test func refusesOtherCharacters() {
        #expect(CCCD.validate("03105884897A") == .failure(.notDigits))
        #expect(CCCD.validate("") == .failure(.empty))
        #expect(CCCD.validate(" - ") == .failure(.empty))
    }

    @Test func refusesWrongLengths() {
        #expect(CCCD.validate("0310588489") == .failure(.wrongLength(10)))
        #expect(CCCD.validate("0310588489731") == .failure(.wrongLength(13)))
        #expect(CCCD.validate("031058848973").map { $0.count } == .success(12))
        // 11 digits that are not a valid number even with a 0 in front (place 099 does not exist).
        #expect(CCCD.validate("99058848973") == .failure(.wrongLength(11)))
        #expect(CCCD.validate("99058848973").isFailure(.wrongLength(11)))
        #expect(Strings.cccdWrongLength(10).contains("10 chữ số"))
    }

    @Test func reportsLostLeadingZeroWithSuggestion() {
        // Excel turned 031058848973 into the number 31058848973.
        let result = CCCD.validate("31058848973", birthDate: date(1958, 2, 18), gender: .male)
        #expect(result == .failure(.missingLeadingZero(suggestion: "031058848973")))
        #expect(CCCDProblem.missingLeadingZero(suggestion: "031058848973").message.contains("031058848973"))
        #expect(CCCDProblem.missingLeadingZero(suggestion: "031058848973").message.contains("mất số 0 ở đầu"))
        // With a birth date that contradicts the padded number it is not "valid with a leading 0".
        #expect(CCCD.validate("31058848973", birthDate: date(1990, 1, 1), gender: .male) == .failure(.wrongLength(11)))
    }

    @Test("unknown place codes", arguments: ["000", "003", "005", "013", "016", "097", "099", "100", "310"])
    func refusesUnknownPlaceCodes(code: String) {
        let number = code + "085000123"
        #expect(CCCD.validate(number) == .failure(.unknownPlaceCode(code)))
        #expect(CCCDProblem.unknownPlaceCode(code).message.contains("(\(code))"))
    }

    @Test func placeCodesAreTheSixtyThreeProvinces() {
        #expect(CCCD.placeCodes.count == 63)
        #expect(Set(CCCD.placeCodes).count == 63)
        #expect(CCCD.placeCodes == CCCD.placeCodes.sorted())
        for code in CCCD.placeCodes {
            #expect(Strings.cccdPlaceName(code) != nil, "no name for \(code)")
            #expect(CCCD.isPlaceCode(code))
        }
        #expect(Strings.cccdPlaceNames.count == 63)
        #expect(Strings.cccdPlaceName("031") == "Hải Phòng")
        #expect(Strings.cccdPlaceName("042") == "Hà Tĩnh")
        #expect(Strings.cccdPlaceName("001") == "Hà Nội")
        #expect(!CCCD.isPlaceCode("003"))
        #expect(!CCCD.isPlaceCode("31"))
        #expect(!CCCD.isPlaceCode("0a1"))
    }

    @Test("century and gender digit", arguments: [
        ("0", 1985, Gender.male), ("1", 1985, .female), ("2", 2085, .male), ("3", 2085, .female),
        ("4", 2185, .male), ("5", 2185, .female), ("6", 2285, .male), ("7", 2285, .female), ("8", 2385, .male),
        ("9", 2385, .female),
    ])
    func decodesCenturyAndGender(digit: String, year: Int, gender: Gender) {
        let encoded = CCCD.decode("031" + digit + "85000123")
        #expect(encoded == CCCD.Encoded(placeCode: "031", birthYear: year, gender: gender))
    }

    @Test func crossChecksBirthYear() {
        let result = CCCD.validate("031085000123", birthDate: date(1990, 3, 4), gender: .male)
        #expect(result == .failure(.birthYearMismatch(encodedYear: 1985, encodedGender: .male, birthYear: 1990)))
        let message = CCCDProblem.birthYearMismatch(encodedYear: 1985, encodedGender: .male, birthYear: 1990).message
        #expect(message == "Chữ số thứ 4–6 của số CCCD cho biết người này sinh năm 1985, giới tính nam, "
                + "nhưng ngày sinh ghi năm 1990.")
        // The century matters: 2 = born in the 2000s.
        #expect(CCCD.validate("031285000123", birthDate: date(1985, 1, 1)) ==
                .failure(.birthYearMismatch(encodedYear: 2085, encodedGender: .male, birthYear: 1985)))
    }

    @Test func crossChecksGender() {
        let result = CCCD.validate("031185000123", birthDate: date(1985, 6, 1), gender: .male)
        #expect(result == .failure(.genderMismatch(encodedYear: 1985, encodedGender: .female, gender: .male)))
        #expect(CCCDProblem.genderMismatch(encodedYear: 1985, encodedGender: .female, gender: .male).message
                .contains("giới tính nữ"))
        let both = CCCD.validate("031185000123", birthDate: date(1990, 6, 1), gender: .male)
        #expect(both == .failure(.birthYearAndGenderMismatch(encodedYear: 1985, encodedGender: .female,
                                                             birthYear: 1990, gender: .male)))
        #expect(both.failureMessage?.contains("1990") == true)
        #expect(both.failureMessage?.contains("ghi nam") == true)
    }

    @Test func masks() {
        #expect(CCCD.masked("031085001234") == "031******234")
        #expect(CCCD.masked("031 085 001 234") == "031******234")
        #expect(CCCD.masked("12345") == "*****")
        #expect(CCCD.masked("") == "")
    }

    @Test func generatesValidNumbers() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let place = CCCD.placeCodes.randomElement(using: &generator)!
            let birth = date(Int.random(in: 1900...2399, using: &generator), Int.random(in: 1...12, using: &generator),
                             Int.random(in: 1...28, using: &generator))
            let gender: Gender = Bool.random(using: &generator) ? .male : .female
            let serial = Int.random(in: 0...999_999, using: &generator)
            let number = CCCD.generate(placeCode: place, birthDate: birth, gender: gender, serial: serial)
            #expect(CCCD.validate(number, birthDate: birth, gender: gender) == .success(number))
            #expect(number.hasPrefix(place))
            #expect(number.hasSuffix(String(format6: serial)))
        }
        #expect(CCCD.generate(placeCode: "031", birthDate: date(2005, 10, 7), gender: .female, serial: 193630)
                == "031305193630")
        #expect(CCCD.generate(placeCode: "001", birthDate: date(1901, 1, 1), gender: .male, serial: 42)
                == "001001000042")
    }
}

extension Result where Success == String, Failure == CCCDProblem {
    func isFailure(_ problem: CCCDProblem) -> Bool {
        if case .failure(let p) = self { return p == problem }
        return false
    }

    var failureMessage: String? {
        if case .failure(let p) = self { return p.message }
        return nil
    }
}

extension String {
    init(format6 n: Int) {
        let text = String(n)
        self = String(repeating: "0", count: 6 - text.count) + text
    }
}
