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
        key(for: VietnameseText.normalize(fullName), givenFirst: true)
    }

    /// The key for any text in its own word order (village names, course titles).
    public static func sortKey(text: String) -> String {
        key(for: VietnameseText.normalize(text), givenFirst: false)
    }

    /// Whether `a` sorts before `b` as a person's name.
    public static func namePrecedes(_ a: String, _ b: String) -> Bool {
        sortKey(fullName: a) < sortKey(fullName: b)
    }

    static let levelSeparator = UInt8(ascii: "!")
    static let wordSeparator = UInt8(ascii: "#")
    static let otherScript = UInt8(ascii: "~")
    static let noTone = UInt8(ascii: "1")

    /// Primary and secondary weights of a normalised text; with `givenFirst` the last word is moved to the front
    /// ("Nguyễn Thị Minh Khai" is keyed as "Khai Thị Minh Nguyễn").
    static func key(for normalized: String, givenFirst: Bool) -> String {
        var source = normalized
        let byteCount = source.utf8.count
        let letters = VietnameseLetters.table
        return source.withUTF8 { p in
            // Word ranges (the text is normalised: single spaces, trimmed), in sorting order.
            var words: [Range<Int>] = []
            var start = 0
            for i in 0..<p.count where p[i] == 0x20 {
                words.append(start..<i)
                start = i + 1
            }
            if p.count > start { words.append(start..<p.count) }
            if givenFirst && words.count > 1 {
                let family = words.removeFirst()
                words.insert(words.removeLast(), at: 0)
                words.append(family)
            }
            // Each scalar gives at most 7 primary bytes (other scripts) or 1 + 1; plus the level separator.
            return String(unsafeUninitializedCapacity: byteCount * 8 + 1) { out in
                var n = 0
                for word in words {
                    if n > 0 && out[n - 1] != wordSeparator { out[n] = wordSeparator; n += 1 }
                    var i = word.lowerBound
                    while i < word.upperBound {
                        let (v, length) = UTF8Coding.decode(p, i)
                        i += length
                        if let info = letters[v] {
                            out[n] = letterWeight(info.rank)
                            n += 1
                        } else if v >= 0x30 && v <= 0x39 {
                            out[n] = UInt8(truncatingIfNeeded: v)
                            n += 1
                        } else if v >= 0x80, let scalar = Unicode.Scalar(v),
                                  scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                            out[n] = otherScript
                            n += 1
                            for shift in stride(from: 20, through: 0, by: -4) {
                                out[n] = hexDigits[Int((v >> UInt32(shift)) & 0xF)]
                                n += 1
                            }
                        }
                        // Anything else (punctuation, stray combining marks) is ignorable.
                    }
                }
                while n > 0 && out[n - 1] == wordSeparator { n -= 1 }
                out[n] = levelSeparator
                n += 1
                // Secondary: one tone digit per letter. Equal primaries mean the same letters in the same places,
                // so these line up; trailing "no tone" digits are the lowest and can go.
                var lastTone = n
                for word in words {
                    var i = word.lowerBound
                    while i < word.upperBound {
                        let (v, length) = UTF8Coding.decode(p, i)
                        i += length
                        guard let info = letters[v] else { continue }
                        out[n] = noTone + info.tone
                        n += 1
                        if info.tone != 0 { lastTone = n }
                    }
                }
                return lastTone
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Ranks 1...26 → "A"..."Z", 27...33 → "a"..."g": one ASCII letter per Vietnamese letter, in order.
    @inline(__always)
    static func letterWeight(_ rank: UInt8) -> UInt8 {
        rank <= 26 ? UInt8(ascii: "A") + rank - 1 : UInt8(ascii: "a") + rank - 27
    }
}
