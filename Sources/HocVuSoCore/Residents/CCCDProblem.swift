/// Why a text is not an acceptable citizen ID number. `message` says it in Vietnamese.
public enum CCCDProblem: Error, Sendable, Equatable {
    case empty
    /// Something other than digits, spaces, dots and dashes.
    case notDigits
    /// Not 12 digits (the count is given).
    case wrongLength(Int)
    /// 11 digits that form a valid number with a leading 0 (the usual spreadsheet accident).
    case missingLeadingZero(suggestion: String)
    /// The first three digits are not a place-of-birth-registration code.
    case unknownPlaceCode(String)
    /// Digits 4–6 give another birth year than the date of birth.
    case birthYearMismatch(encodedYear: Int, encodedGender: Gender, birthYear: Int)
    /// Digit 4 gives another gender than the person's.
    case genderMismatch(encodedYear: Int, encodedGender: Gender, gender: Gender)
    case birthYearAndGenderMismatch(encodedYear: Int, encodedGender: Gender, birthYear: Int, gender: Gender)

    public var message: String {
        switch self {
        case .empty:
            return Strings.cccdEmpty
        case .notDigits:
            return Strings.cccdNotDigits
        case .wrongLength(let count):
            return Strings.cccdWrongLength(count)
        case .missingLeadingZero(let suggestion):
            return Strings.cccdMissingLeadingZero(suggestion: suggestion)
        case .unknownPlaceCode(let code):
            return Strings.cccdUnknownPlaceCode(code)
        case .birthYearMismatch(let encodedYear, let encodedGender, let birthYear):
            return Strings.cccdBirthYearMismatch(encodedYear: encodedYear, encodedGender: encodedGender,
                                                 birthYear: birthYear)
        case .genderMismatch(let encodedYear, let encodedGender, let gender):
            return Strings.cccdGenderMismatch(encodedYear: encodedYear, encodedGender: encodedGender, gender: gender)
        case .birthYearAndGenderMismatch(let encodedYear, let encodedGender, let birthYear, let gender):
            return Strings.cccdBirthYearAndGenderMismatch(encodedYear: encodedYear, encodedGender: encodedGender,
                                                          birthYear: birthYear, gender: gender)
        }
    }
}
