import Foundation

/// Vietnamese sort order as plain ASCII keys, so a database can sort with its byte order
/// (SQLite BINARY, PostgreSQL COLLATE "C") and get what `compare(_:options:range:locale:)` with
/// `vi_VN` gives on Linux (DOMAIN.md §11).
///
/// A key has two levels, like a UCA sort key:
/// - primary: one character per letter in alphabet order a < ă < â < b < … < d < đ < … < o < ô < ơ < … < u < ư < … z,
///   digits before letters, "#" between words, so "An" < "Anh" < "Ân" < "Bình";
/// - secondary, after "!": one digit per letter for its tone, none < huyền < hỏi < ngã < sắc < nặng, which
///   only decides when the letters are all equal ("an" < "àn" < "án" < "anh").
/// Case is ignored. Punctuation (hyphen, apostrophe, dot) is ignored. Letters of other scripts sort after z,
/// by code point.
public enum VietnameseCollation {
    /// A full name split the Vietnamese way: family name first, given name last, middle name(s) between.
    public struct PersonName: Sendable, Hashable {
        public var family: String
        public var middle: String
        public var given: String

        /// "Nguyễn Thị Minh Khai" → family "Nguyễn", middle "Thị Minh", given "Khai". A one-word name is a
        /// given name only; a two-word name has no middle. The name is normalised first.
        public init(fullName: String) {
            let words = VietnameseText.normalize(fullName).split(separator: " ").map(String.init)
            given = words.last ?? ""
            family = words.count > 1 ? words[0] : ""
            middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
        }

        public init(family: String, middle: String, given: String) {
            self.family = family
            self.middle = middle
            self.given = given
        }

        /// The words in sorting order: given, middle, family.
        public var sortingWords: [String] {
            [given, middle, family].filter { !$0.isEmpty }
        }
    }

    /// The key that sorts people by given name, then middle name, then family name:
    /// "Trần Văn An" sorts before "Nguyễn Văn Bình".
    public static func sortKey(fullName: String) -> String {
        key(for: PersonName(fullName: fullName).sortingWords.joined(separator: " "))
    }

    /// The key for any text in its own word order (village names, course titles).
    public static func sortKey(text: String) -> String {
        key(for: VietnameseText.normalize(text))
    }

    /// Whether `a` sorts before `b` as a person's name.
    public static func namePrecedes(_ a: String, _ b: String) -> Bool {
        sortKey(fullName: a) < sortKey(fullName: b)
    }

    static let levelSeparator = UInt8(ascii: "!")
    static let wordSeparator = UInt8(ascii: "#")
    static let otherScript = UInt8(ascii: "~")

    /// Primary and secondary weights of a normalised text.
    static func key(for normalized: String) -> String {
        var primary: [UInt8] = []
        var secondary: [UInt8] = []
        primary.reserveCapacity(normalized.utf8.count + 2)
        secondary.reserveCapacity(normalized.utf8.count)
        for scalar in normalized.unicodeScalars {
            let v = scalar.value
            if let info = VietnameseLetters.info(v) {
                primary.append(letterWeight(info.rank))
                secondary.append(UInt8(ascii: "1") + info.tone)
            } else if v >= 0x30 && v <= 0x39 {
                primary.append(UInt8(truncatingIfNeeded: v))
            } else if v == 0x20 {
                if !primary.isEmpty && primary.last != wordSeparator { primary.append(wordSeparator) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                primary.append(otherScript)
                primary.append(contentsOf: hex6(v))
            }
            // Anything else (punctuation, combining marks left over) is ignorable.
        }
        while primary.last == wordSeparator { primary.removeLast() }
        // Trailing "no tone" weights can go: they are the lowest, and equal primaries mean equal lengths.
        while secondary.last == UInt8(ascii: "1") { secondary.removeLast() }
        primary.append(levelSeparator)
        primary.append(contentsOf: secondary)
        return String(decoding: primary, as: UTF8.self)
    }

    /// Ranks 1...26 → "A"..."Z", 27...33 → "a"..."g": one ASCII letter per Vietnamese letter, in order.
    @inline(__always)
    static func letterWeight(_ rank: UInt8) -> UInt8 {
        rank <= 26 ? UInt8(ascii: "A") + rank - 1 : UInt8(ascii: "a") + rank - 27
    }

    private static func hex6(_ v: UInt32) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return (0..<6).reversed().map { digits[Int((v >> (UInt32($0) * 4)) & 0xF)] }
    }
}
