/// The 12-digit citizen ID number (căn cước công dân / số định danh cá nhân), DOMAIN.md §10:
/// 3 digits place of birth registration + 1 digit century and gender + 2 digits birth year + 6 random digits.
/// There is no check digit, so validation checks the structure and cross-checks digits 4–6 with the person.
public enum CCCD {
    /// What digits 1–6 of a well-formed number say.
    public struct Encoded: Sendable, Equatable {
        public var placeCode: String
        public var birthYear: Int
        public var gender: Gender
    }

    /// The place-of-birth-registration codes: the 63 old provinces (Thông tư 07/2016/TT-BCA, 59/2021/TT-BCA).
    /// Names are in `Strings.cccdPlaceName(_:)`.
    public static let placeCodes: [String] = [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
        "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
        "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
        "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    ]

    private static let isPlace: [Bool] = {
        var table = [Bool](repeating: false, count: 100)
        for code in placeCodes { table[Int(code)!] = true }
        return table
    }()

    public static func isPlaceCode(_ code: String) -> Bool {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(code) else {
            return false
        }
        return n < 100 && isPlace[n]
    }

    /// The text with spaces (also no-break), dots and dashes removed: "031 085.001-234" → "031085001234".
    public static func compact(_ raw: String) -> String {
        if !raw.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x2E || $0 == 0x2D || $0 >= 0x80 }) {
            return raw
        }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0xA0, 0x202F, 0x2E, 0x2D, 0x2010...0x2013: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Checks a number and returns it compacted (12 digits). When `birthDate` or `gender` is given, digits 4–6
    /// must agree with them. An 11-digit number that would be valid with a leading 0 is reported as such, with
    /// the corrected number as a suggestion; it is never fixed silently.
    public static func validate(_ raw: String, birthDate: CivilDate? = nil, gender: Gender? = nil)
        -> Result<String, CCCDProblem>
    {
        let number = compact(raw)
        let count = number.utf8.count
        guard count > 0 else { return .failure(.empty) }
        guard number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .failure(.notDigits) }
        if count == 11 {
            let padded = "0" + number
            if case .success = check(padded, birthDate: birthDate, gender: gender) {
                return .failure(.missingLeadingZero(suggestion: padded))
            }
        }
        guard count == 12 else { return .failure(.wrongLength(count)) }
        return check(number, birthDate: birthDate, gender: gender).map { number }
    }

    /// Cross-checks 12 digits.
    private static func check(_ number: String, birthDate: CivilDate?, gender: Gender?) -> Result<Void, CCCDProblem> {
        guard let encoded = decodeDigits(number) else {
            return .failure(.unknownPlaceCode(String(number.prefix(3))))
        }
        let yearWrong = birthDate.map { $0.year != encoded.birthYear } ?? false
        let genderWrong = gender.map { $0 != encoded.gender } ?? false
        switch (yearWrong, genderWrong) {
        case (true, true):
            return .failure(.birthYearAndGenderMismatch(encodedYear: encoded.birthYear, encodedGender: encoded.gender,
                                                        birthYear: birthDate!.year, gender: gender!))
        case (true, false):
            return .failure(.birthYearMismatch(encodedYear: encoded.birthYear, encodedGender: encoded.gender,
                                               birthYear: birthDate!.year))
        case (false, true):
            return .failure(.genderMismatch(encodedYear: encoded.birthYear, encodedGender: encoded.gender,
                                            gender: gender!))
        case (false, false):
            return .success(())
        }
    }

    /// What digits 1–6 say, or nil when the text is not 12 digits with a known place code.
    public static func decode(_ number: String) -> Encoded? {
        guard number.utf8.count == 12, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return decodeDigits(number)
    }

    /// Digits 1–6 of a text known to be 12 ASCII digits.
    private static func decodeDigits(_ number: String) -> Encoded? {
        var d = (0, 0, 0, 0, 0, 0)
        var iterator = number.utf8.makeIterator()
        func next() -> Int { Int(iterator.next()! &- 0x30) }
        d = (next(), next(), next(), next(), next(), next())
        let place = d.0 * 100 + d.1 * 10 + d.2
        guard place < 100, isPlace[place] else { return nil }
        return Encoded(placeCode: String(number.prefix(3)),
                       birthYear: 1900 + (d.3 / 2) * 100 + d.4 * 10 + d.5,
                       gender: d.3 % 2 == 0 ? .male : .female)
    }

    /// The number as shown by default: first 3 and last 3 digits, the rest as "*": "031******234".
    /// Shorter texts are starred completely.
    public static func masked(_ number: String) -> String {
        let characters = Array(compact(number))
        guard characters.count > 6 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 6)
            + String(characters.suffix(3))
    }

    /// A valid number for demo data: `placeCode` (one of `placeCodes`), the century-and-gender digit and the
    /// birth year from `birthDate` and `gender`, and `serial` (0...999_999, taken modulo 1,000,000) as the last
    /// six digits. Years outside 1900...2399 cannot be encoded.
    public static func generate(placeCode: String, birthDate: CivilDate, gender: Gender, serial: Int) -> String {
        precondition(isPlaceCode(placeCode), "not a CCCD place code: \(placeCode)")
        precondition((1900...2399).contains(birthDate.year), "CCCD cannot encode the year \(birthDate.year)")
        let centuryDigit = (birthDate.year / 100 - 19) * 2 + (gender == .female ? 1 : 0)
        let yy = birthDate.year % 100
        let tail = ((serial % 1_000_000) + 1_000_000) % 1_000_000
        return placeCode + String(centuryDigit) + (yy < 10 ? "0" : "") + String(yy) + pad6(tail)
    }

    private static func pad6(_ n: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: 6 - text.count) + text
    }
}
