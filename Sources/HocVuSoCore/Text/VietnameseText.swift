import Foundation

/// Normalising, folding and capitalising Vietnamese text (DOMAIN.md §11). The loops work on UTF-8 bytes with a
/// letter table, because they run over every name of a province; Foundation is only called for text that is not
/// already composed (NFD input, other scripts).
public enum VietnameseText {
    /// The one stored form of a text: NFC, trimmed, inner whitespace collapsed to one space, invisible characters
    /// (zero-width space, BOM, soft hyphen) removed, Ð/ð (eth, a legacy-converter artefact) read as Đ/đ, and tone
    /// marks in the "new" placement: in an open syllable whose vowels are exactly oa, oe or uy the mark sits on the
    /// first vowel ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe", "uỷ ban" → "ủy ban"). Syllables with a final
    /// consonant ("hoàng", "thuyền") and "qu" + y ("quý", "quỳnh") are left alone. Case is kept.
    /// Text that is already in this form is returned as it is, without a copy.
    public static func normalize(_ text: String) -> String {
        switch check(text) {
        case .clean:
            return text
        case .rewrite:
            return rewrite(text)
        case .compose:
            let composed = text.precomposedStringWithCanonicalMapping
            return check(composed) == .clean ? composed : rewrite(composed)
        }
    }

    /// The search form: lower case, no diacritics, đ → d, whitespace collapsed and trimmed.
    /// "Nguyễn Văn Đức" → "nguyen van duc". Works on NFC or NFD input (combining marks are dropped); letters
    /// outside the Latin tables are lower-cased when that keeps their length, and kept.
    public static func fold(_ text: String) -> String {
        let letters = VietnameseLetters.table
        return UTF8Coding.rewriting(text) { p, out in
            var n = 0
            var pendingSpace = false
            var i = 0
            while i < p.count {
                let byte = p[i]
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace {
                        if n > 0 { out[n] = 0x20; n += 1 }
                        pendingSpace = false
                    }
                    out[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    n += 1
                    continue
                }
                let (v, length) = UTF8Coding.decode(p, i)
                i += length
                var mapped = v
                if let info = letters[v] {
                    mapped = UInt32(info.base)
                } else if TextScalars.isCombiningMark(v) || TextScalars.isIgnorable(v) {
                    continue
                } else if TextScalars.isSpace(v) {
                    pendingSpace = true
                    continue
                } else if let lower = Unicode.Scalar(v).map(lowerSameLength) {
                    mapped = lower
                }
                if pendingSpace {
                    if n > 0 { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                }
                UTF8Coding.encode(mapped, out, &n)
            }
            return n
        }
    }

    /// A person's name as it is written on documents: normalised, every word capitalised, the rest lower case.
    /// "NGUYỄN  văn đức" → "Nguyễn Văn Đức". A letter after a hyphen or an apostrophe also starts a word
    /// ("H'Hen Niê", "Y-Bih").
    public static func titleCaseName(_ name: String) -> String {
        let letters = VietnameseLetters.table
        return UTF8Coding.rewriting(normalize(name)) { p, out in
            var n = 0
            var i = 0
            var startOfWord = true
            while i < p.count {
                let (v, length) = UTF8Coding.decode(p, i)
                i += length
                if let info = letters[v] {
                    UTF8Coding.encode(startOfWord ? info.upper : info.lower, out, &n)
                    startOfWord = false
                } else if v == 0x20 || v == 0x2D || v == 0x27 || v == 0x2019 {
                    UTF8Coding.encode(v, out, &n)
                    startOfWord = true
                } else if v >= 0x80, let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                    UTF8Coding.encode(startOfWord ? upperSameLength(scalar) : lowerSameLength(scalar), out, &n)
                    startOfWord = false
                } else {
                    UTF8Coding.encode(v, out, &n)
                }
            }
            return n
        }
    }

    // MARK: Normalising

    enum Check: Equatable {
        /// Already normalised.
        case clean
        /// Composed, but spacing, invisible characters, eth or a tone needs fixing.
        case rewrite
        /// May not be NFC: compose with Foundation first.
        case compose
    }

    /// One pass that decides how much work `normalize` has to do.
    static func check(_ text: String) -> Check {
        if let clean = checkASCII(text) { return clean ? .clean : .rewrite }
        var source = text
        let letters = VietnameseLetters.table
        return source.withUTF8 { p -> Check in
            var syllable = ToneSyllable()
            var afterSpace = true  // a leading space needs a rewrite
            var i = 0
            while i < p.count {
                let (v, length) = UTF8Coding.decode(p, i)
                i += length
                if let info = letters[v] {
                    if v == 0xD0 || v == 0xF0 { return .rewrite }
                    syllable.add(info, value: v, offset: 0)
                    afterSpace = false
                    continue
                }
                if syllable.toneToMove != nil { return .rewrite }
                syllable = ToneSyllable()
                if v == 0x20 {
                    if afterSpace { return .rewrite }
                    afterSpace = true
                    continue
                }
                if TextScalars.isSpace(v) || TextScalars.isIgnorable(v) { return .rewrite }
                if !TextScalars.isSurelyComposed(v) { return .compose }
                afterSpace = false
            }
            if syllable.toneToMove != nil || (afterSpace && p.count > 0) { return .rewrite }
            return .clean
        }
    }

    /// The answer for pure ASCII text (true: already clean, false: spacing to fix), or nil when the text has other
    /// characters. ASCII has no tones, no eth and nothing to compose.
    @inline(__always)
    static func checkASCII(_ text: String) -> Bool? {
        var afterSpace = true
        var clean = true
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
                if afterSpace { clean = false }
                afterSpace = true
            } else {
                if byte < 0x20 && byte >= 0x09 && byte <= 0x0D { clean = false }
                afterSpace = false
            }
        }
        return clean && !(afterSpace && !text.utf8.isEmpty)
    }

    /// Writes the normalised form of composed text. It is never longer than the input: spaces collapse, eth and
    /// Đ have the same length, and a moved tone never needs more bytes (the first vowels o/u take à/á/ã-style
    /// two-byte forms wherever the second vowel had them).
    static func rewrite(_ text: String) -> String {
        let letters = VietnameseLetters.table
        return UTF8Coding.rewriting(text) { p, out in
            var n = 0
            var pendingSpace = false
            var syllable = ToneSyllable()
            var i = 0
            while i < p.count {
                let (v, length) = UTF8Coding.decode(p, i)
                i += length
                if let info = letters[v] {
                    if pendingSpace {
                        if n > 0 { out[n] = 0x20; n += 1 }
                        pendingSpace = false
                    }
                    let letter: UInt32 = v == 0xD0 ? 0x110 : v == 0xF0 ? 0x111 : v
                    syllable.add(info, value: letter, offset: n)
                    UTF8Coding.encode(letter, out, &n)
                    continue
                }
                if TextScalars.isCombiningMark(v) {
                    syllable.block()
                    UTF8Coding.encode(v, out, &n)
                    continue
                }
                if let tone = syllable.toneToMove { syllable.moveTone(tone, in: out, end: &n) }
                syllable = ToneSyllable()
                if TextScalars.isSpace(v) {
                    pendingSpace = true
                    continue
                }
                if TextScalars.isIgnorable(v) { continue }
                if pendingSpace {
                    if n > 0 { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                }
                UTF8Coding.encode(v, out, &n)
            }
            if let tone = syllable.toneToMove { syllable.moveTone(tone, in: out, end: &n) }
            return n
        }
    }

    // MARK: Case of other scripts

    private static func lowerSameLength(_ scalar: Unicode.Scalar) -> UInt32 {
        sameLength(scalar, scalar.properties.lowercaseMapping)
    }

    private static func upperSameLength(_ scalar: Unicode.Scalar) -> UInt32 {
        sameLength(scalar, scalar.properties.titlecaseMapping)
    }

    private static func sameLength(_ scalar: Unicode.Scalar, _ mapping: String) -> UInt32 {
        var iterator = mapping.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil, first.utf8.count <= scalar.utf8.count else {
            return scalar.value
        }
        return first.value
    }
}
