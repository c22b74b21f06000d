/// Vietnamese mobile numbers: 10 digits, "0" then 3, 5, 7, 8 or 9. "+84 912 345 678" and "84912345678" are
/// the same number written internationally and are accepted as "0912345678".
public enum PhoneNumber {
    public static func validate(_ raw: String) -> Result<String, PhoneProblem> {
        if isPlainMobile(raw) { return .success(raw) }
        var digits: [UInt8] = []
        digits.reserveCapacity(12)
        var plus = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39:
                digits.append(UInt8(scalar.value))
            case 0x20, 0x09, 0xA0, 0x202F, 0x2E, 0x2D, 0x28, 0x29, 0x2010...0x2013:
                continue
            case 0x2B where digits.isEmpty && !plus:
                plus = true
            default:
                return .failure(.notDigits)
            }
        }
        let zero = UInt8(ascii: "0")
        if digits.count == 11 && digits[0] == UInt8(ascii: "8") && digits[1] == UInt8(ascii: "4") {
            digits = [zero] + digits.dropFirst(2)
        } else if plus {
            return .failure(.foreign)
        }
        if digits.count == 9 && isMobileSecondDigit(digits[0]) {
            return .failure(.missingLeadingZero(suggestion: "0" + String(decoding: digits, as: UTF8.self)))
        }
        if digits.count >= 2 && (digits[0] != zero || !isMobileSecondDigit(digits[1])) {
            return .failure(.notMobile(prefix: String(decoding: digits.prefix(2), as: UTF8.self)))
        }
        guard digits.count == 10 else { return .failure(.wrongLength(digits.count)) }
        return .success(String(decoding: digits, as: UTF8.self))
    }

    /// Already "0" + 9 digits with a mobile prefix: the common case, answered without copying.
    private static func isPlainMobile(_ raw: String) -> Bool {
        guard raw.utf8.count == 10 else { return false }
        var index = 0
        for byte in raw.utf8 {
            switch index {
            case 0: if byte != UInt8(ascii: "0") { return false }
            case 1: if !isMobileSecondDigit(byte) { return false }
            default: if byte < 0x30 || byte > 0x39 { return false }
            }
            index += 1
        }
        return true
    }

    private static func isMobileSecondDigit(_ digit: UInt8) -> Bool {
        digit == UInt8(ascii: "3") || digit == UInt8(ascii: "5") || digit == UInt8(ascii: "7")
            || digit == UInt8(ascii: "8") || digit == UInt8(ascii: "9")
    }
}

/// Why a text is not an acceptable mobile number. `message` says it in Vietnamese.
public enum PhoneProblem: Error, Sendable, Equatable {
    case notDigits
    case wrongLength(Int)
    /// 9 digits that form a mobile number with a leading 0.
    case missingLeadingZero(suggestion: String)
    /// Not a Vietnamese mobile prefix: a landline (02…) or an unused prefix (01…, 04…, 06…).
    case notMobile(prefix: String)
    /// An international number with another country code than +84.
    case foreign

    public var message: String {
        switch self {
        case .notDigits: return Strings.phoneNotDigits
        case .wrongLength(let count): return Strings.phoneWrongLength(count)
        case .missingLeadingZero(let suggestion): return Strings.phoneMissingLeadingZero(suggestion: suggestion)
        case .notMobile(let prefix): return Strings.phoneNotMobile(prefix: prefix)
        case .foreign: return Strings.phoneForeign
        }
    }
}
