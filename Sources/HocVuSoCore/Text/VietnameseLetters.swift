import Foundation

/// What the text routines need to know about one Latin letter, looked up by scalar value in a flat table.
struct LetterInfo: Sendable, Equatable {
    /// The ASCII lower-case letter without any mark ("ộ" → "o", "đ" → "d"), used by folding.
    let base: UInt8
    /// Position in the Vietnamese alphabet, 1...33: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z.
    let rank: UInt8
    /// The tone: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng, 6 a mark that is not Vietnamese (ü, ç, ñ …).
    let tone: UInt8
    let isUpper: Bool

    var isVowel: Bool { (VietnameseLetters.vowelMask >> UInt64(rank)) & 1 == 1 }
}

/// Tables of Latin letters (ASCII, Latin-1, Latin Extended-A/B and Extended Additional), built once from the
/// canonical decompositions. Vietnamese modified letters (ă â đ ê ô ơ ư) are letters of their own; the five
/// tone marks are recorded separately so collation can treat them as a secondary difference.
enum VietnameseLetters {
    /// The Vietnamese alphabet in collation order; a letter's rank is its 1-based position.
    static let alphabet: [Unicode.Scalar] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)

    static let rankA: UInt8 = 1, rankD: UInt8 = 6, rankE: UInt8 = 8, rankG: UInt8 = 11, rankI: UInt8 = 13
    static let rankO: UInt8 = 19, rankQ: UInt8 = 23, rankU: UInt8 = 27, rankY: UInt8 = 32
    /// Bit n is set when rank n is a vowel: a ă â e ê i o ô ơ u ư y.
    static let vowelMask: UInt64 = [1, 2, 3, 8, 9, 13, 19, 20, 21, 27, 28, 32].reduce(0) { $0 | (1 << $1) }

    /// Each row is one vowel with its tones in order: none, huyền, hỏi, ngã, sắc, nặng.
    static let toneRows: [[Unicode.Scalar]] = [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ].flatMap { row in [Array(row.unicodeScalars), Array(row.uppercased().unicodeScalars)] }

    /// Scalar value → (row in `toneRows`, tone).
    static let toneIndex: [UInt32: (row: Int, tone: Int)] = {
        var index: [UInt32: (row: Int, tone: Int)] = [:]
        for (r, row) in toneRows.enumerated() {
            for (t, scalar) in row.enumerated() { index[scalar.value] = (r, t) }
        }
        return index
    }()

    /// The same vowel carrying `tone` instead of its own (case kept); nil if `scalar` is not a Vietnamese vowel.
    static func withTone(_ scalar: Unicode.Scalar, _ tone: Int) -> Unicode.Scalar? {
        guard let (row, _) = toneIndex[scalar.value], (0...5).contains(tone) else { return nil }
        return toneRows[row][tone]
    }

    // MARK: The flat table

    private static let secondStart: UInt32 = 0x1E00
    private static let firstCount = 0x250
    private static let secondCount = 0x100

    private static let table: [LetterInfo?] = {
        var table = [LetterInfo?](repeating: nil, count: firstCount + secondCount)
        let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let info = derive(scalar) else { continue }
                table[slot(value)!] = info
            }
        }
        return table
    }()

    @inline(__always)
    private static func slot(_ value: UInt32) -> Int? {
        if value < UInt32(firstCount) { return Int(value) }
        if value >= secondStart && value < secondStart + UInt32(secondCount) {
            return firstCount + Int(value - secondStart)
        }
        return nil
    }

    /// The facts about `value`, or nil when it is not a Latin letter this table knows.
    @inline(__always)
    static func info(_ value: UInt32) -> LetterInfo? {
        guard let slot = slot(value) else { return nil }
        return table[slot]
    }

    private static func rank(of scalar: Unicode.Scalar) -> UInt8? {
        alphabet.firstIndex(of: scalar).map { UInt8($0 + 1) }
    }

    private static func derive(_ scalar: Unicode.Scalar) -> LetterInfo? {
        let isUpper = scalar.properties.isUppercase
        // Đ/đ have no decomposition; Ð/ð (Icelandic eth) are what legacy converters often produce for them.
        switch scalar.value {
        case 0x110, 0x111, 0xD0, 0xF0:
            return LetterInfo(base: UInt8(ascii: "d"), rank: rankD + 1, tone: 0, isUpper: isUpper)
        default:
            break
        }
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let first = parts.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        let base = UInt8(first.value) | 0x20
        var rank = rank(of: Unicode.Scalar(base))!
        var tone: UInt8 = 0
        var foreign = false
        for mark in parts.dropFirst() {
            switch (mark.value, base) {
            case (0x306, UInt8(ascii: "a")): rank = rankA + 1                       // ă
            case (0x302, UInt8(ascii: "a")): rank = rankA + 2                       // â
            case (0x302, UInt8(ascii: "e")): rank = rankE + 1                       // ê
            case (0x302, UInt8(ascii: "o")): rank = rankO + 1                       // ô
            case (0x31B, UInt8(ascii: "o")): rank = rankO + 2                       // ơ
            case (0x31B, UInt8(ascii: "u")): rank = rankU + 1                       // ư
            case (0x300, _) where tone == 0: tone = 1
            case (0x309, _) where tone == 0: tone = 2
            case (0x303, _) where tone == 0: tone = 3
            case (0x301, _) where tone == 0: tone = 4
            case (0x323, _) where tone == 0: tone = 5
            default: foreign = true
            }
        }
        return LetterInfo(base: base, rank: rank, tone: foreign ? 6 : tone, isUpper: isUpper)
    }
}

/// Characters that separate or vanish in names and free text.
enum TextScalars {
    /// Whitespace: ASCII and Unicode spaces, including the no-break spaces that spreadsheets carry.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Invisible characters that pasted text carries and that mean nothing: zero-width space, word joiner,
    /// byte-order mark, soft hyphen.
    @inline(__always)
    static func isIgnorable(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }

    @inline(__always)
    static func isCombiningMark(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v)
    }
}
