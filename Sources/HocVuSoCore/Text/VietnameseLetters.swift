import Foundation

/// What the text routines need to know about one Latin letter, looked up by scalar value in a flat table.
struct LetterInfo: Sendable, Equatable {
    /// The ASCII lower-case letter without any mark ("ộ" → "o", "đ" → "d"), used by folding.
    let base: UInt8
    /// Position in the Vietnamese alphabet, 1...33: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z.
    let rank: UInt8
    /// The tone: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng, 6 a mark that is not Vietnamese (ü, ç, ñ …).
    let tone: UInt8
    let isVowel: Bool
    /// The lower- and upper-case forms (the letter itself when the other form would take more UTF-8 bytes).
    let lower: UInt32
    let upper: UInt32
}

/// The letter table, indexed by scalar value; take a local copy before a loop to avoid the global access.
struct LetterTable: Sendable {
    static let firstCount = 0x250
    static let secondStart: UInt32 = 0x1E00
    static let secondCount = 0x100

    let entries: [LetterInfo?]

    @inline(__always)
    subscript(_ value: UInt32) -> LetterInfo? {
        if value < UInt32(LetterTable.firstCount) { return entries[Int(value)] }
        let offset = value &- LetterTable.secondStart
        if offset < UInt32(LetterTable.secondCount) { return entries[LetterTable.firstCount + Int(offset)] }
        return nil
    }
}

/// Tables of Latin letters (ASCII, Latin-1, Latin Extended-A/B and Extended Additional), built once from the
/// canonical decompositions. Vietnamese modified letters (ă â đ ê ô ơ ư) are letters of their own; the five
/// tone marks are recorded separately so collation can treat them as a secondary difference.
enum VietnameseLetters {
    /// The Vietnamese alphabet in collation order; a letter's rank is its 1-based position.
    static let alphabet: [Unicode.Scalar] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)

    static let rankA: UInt8 = 1, rankD: UInt8 = 6, rankE: UInt8 = 8
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

    static let table: LetterTable = {
        var entries = [LetterInfo?](repeating: nil, count: LetterTable.firstCount + LetterTable.secondCount)
        let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let info = derive(scalar) else { continue }
                let slot = value < 0x250 ? Int(value) : LetterTable.firstCount + Int(value - LetterTable.secondStart)
                entries[slot] = info
            }
        }
        return LetterTable(entries: entries)
    }()

    /// The facts about `value`, or nil when it is not a Latin letter this table knows.
    @inline(__always)
    static func info(_ value: UInt32) -> LetterInfo? {
        table[value]
    }

    private static func rank(of scalar: Unicode.Scalar) -> UInt8? {
        alphabet.firstIndex(of: scalar).map { UInt8($0 + 1) }
    }

    private static func derive(_ scalar: Unicode.Scalar) -> LetterInfo? {
        let lower = caseForm(scalar, scalar.properties.lowercaseMapping)
        let upper = caseForm(scalar, scalar.properties.uppercaseMapping)
        // Đ/đ have no decomposition; Ð/ð (Icelandic eth) are what legacy converters often produce for them.
        switch scalar.value {
        case 0x110, 0x111, 0xD0, 0xF0:
            return LetterInfo(base: UInt8(ascii: "d"), rank: rankD + 1, tone: 0, isVowel: false,
                              lower: lower, upper: upper)
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
        return LetterInfo(base: base, rank: rank, tone: foreign ? 6 : tone,
                          isVowel: (vowelMask >> UInt64(rank)) & 1 == 1, lower: lower, upper: upper)
    }

    /// A one-scalar case mapping that is not longer in UTF-8, else the scalar itself.
    private static func caseForm(_ scalar: Unicode.Scalar, _ mapping: String) -> UInt32 {
        let scalars = Array(mapping.unicodeScalars)
        guard scalars.count == 1, scalars[0].utf8.count <= scalar.utf8.count else { return scalar.value }
        return scalars[0].value
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
        v >= 0x300 && v <= 0x36F
    }

    /// A scalar that NFC leaves alone and that cannot combine with its neighbours: everything below the combining
    /// marks, Latin Extended Additional (precomposed Vietnamese), general punctuation and currency signs. Other
    /// scalars send the text through Foundation's NFC to be safe.
    @inline(__always)
    static func isSurelyComposed(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x205F) || (v >= 0x20A0 && v <= 0x20CF)
    }
}

/// Reading and writing scalars as UTF-8 bytes in the hot loops (input is a Swift string, so always valid UTF-8).
enum UTF8Coding {
    /// The scalar starting at `i` and its length in bytes.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F), 4)
    }

    @inline(__always)
    static func length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes `v` at `n` and moves `n` past it.
    @inline(__always)
    static func encode(_ v: UInt32, _ p: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int) {
        if v < 0x80 {
            p[n] = UInt8(truncatingIfNeeded: v)
            n += 1
        } else if v < 0x800 {
            p[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            p[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 2
        } else if v < 0x10000 {
            p[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            p[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            p[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 3
        } else {
            p[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            p[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
            p[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            p[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 4
        }
    }
}

extension UTF8Coding {
    /// Runs `body` over the UTF-8 bytes of `text` with an output buffer as long as the input (the rewrites here
    /// never lengthen text), and returns the string of the first `body(…)` bytes written.
    @inline(__always)
    static func rewriting(_ text: String,
                          _ body: (UnsafeBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        var source = text
        let capacity = source.utf8.count
        guard capacity > 0 else { return "" }
        return source.withUTF8 { p in
            String(unsafeUninitializedCapacity: capacity) { out in body(p, out) }
        }
    }
}
