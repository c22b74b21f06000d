import Foundation

/// Normalising, folding and capitalising Vietnamese text (DOMAIN.md §11).
public enum VietnameseText {
    /// The one stored form of a text: NFC, trimmed, inner whitespace collapsed to one space, invisible characters
    /// (zero-width space, BOM, soft hyphen) removed, Ð/ð (eth, a legacy-converter artefact) read as Đ/đ, and tone
    /// marks in the "new" placement: in an open syllable whose vowels are exactly oa, oe or uy the mark sits on the
    /// first vowel ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe", "uỷ ban" → "ủy ban"). Syllables with a final
    /// consonant ("hoàng", "thuyền") and "qu" + y ("quý", "quỳnh") are left alone. Case is kept.
    public static func normalize(_ text: String) -> String {
        let source = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var syllable: [Unicode.Scalar] = []
        syllable.reserveCapacity(16)
        var pendingSpace = false

        func flushSyllable() {
            guard !syllable.isEmpty else { return }
            placeTone(&syllable)
            out.append(contentsOf: syllable)
            syllable.removeAll(keepingCapacity: true)
        }

        for scalar in source.unicodeScalars {
            let v = scalar.value
            if TextScalars.isSpace(v) {
                flushSyllable()
                pendingSpace = true
                continue
            }
            if TextScalars.isIgnorable(v) { continue }
            if pendingSpace {
                if !out.isEmpty { out.append(" ") }
                pendingSpace = false
            }
            let letter: Unicode.Scalar = v == 0xD0 ? "\u{110}" : v == 0xF0 ? "\u{111}" : scalar
            if VietnameseLetters.info(v) != nil || TextScalars.isCombiningMark(v) {
                syllable.append(letter)
            } else {
                flushSyllable()
                out.append(letter)
            }
        }
        flushSyllable()
        return String(out)
    }

    /// The search form: lower case, no diacritics, đ → d, whitespace collapsed and trimmed.
    /// "Nguyễn Văn Đức" → "nguyen van duc". Works on NFC or NFD input; letters outside the Latin tables are
    /// lower-cased and kept. One pass over the scalars with a table lookup, no Foundation call.
    public static func fold(_ text: String) -> String {
        let capacity = text.utf8.count
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            var pendingSpace = false
            @inline(__always) func put(_ byte: UInt8) {
                if pendingSpace {
                    if n > 0 { buffer[n] = 0x20; n += 1 }
                    pendingSpace = false
                }
                buffer[n] = byte
                n += 1
            }
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    let byte = UInt8(truncatingIfNeeded: v)
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = true
                    } else {
                        put(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    }
                    continue
                }
                if let info = VietnameseLetters.info(v) {
                    put(info.base)
                } else if TextScalars.isCombiningMark(v) || TextScalars.isIgnorable(v) {
                    continue
                } else if TextScalars.isSpace(v) {
                    pendingSpace = true
                } else {
                    // Rare: another script. Lower-case it when that does not lengthen the text.
                    let lower = scalar.properties.lowercaseMapping
                    let bytes = lower.utf8.count <= scalar.utf8.count ? Array(lower.utf8) : Array(scalar.utf8)
                    for (i, byte) in bytes.enumerated() {
                        if i == 0 { put(byte) } else { buffer[n] = byte; n += 1 }
                    }
                }
            }
            return n
        }
    }

    /// A person's name as it is written on documents: normalised, every word capitalised, the rest lower case.
    /// "NGUYỄN  văn đức" → "Nguyễn Văn Đức". A letter after a hyphen or an apostrophe also starts a word
    /// ("H'Hen Niê", "Y-Bih").
    public static func titleCaseName(_ name: String) -> String {
        let lower = normalize(name).lowercased()
        var result = ""
        result.reserveCapacity(lower.utf8.count)
        var startOfWord = true
        for character in lower {
            if startOfWord, character.isLetter {
                result += character.uppercased()
                startOfWord = false
            } else {
                result.append(character)
                if character == " " || character == "-" || character == "'" || character == "\u{2019}" {
                    startOfWord = true
                } else if character.isLetter {
                    startOfWord = false
                }
            }
        }
        return result
    }

    // MARK: Helpers

    /// True when the text cannot change under NFC: only scalars below the combining marks or precomposed
    /// Latin Extended Additional letters (all Vietnamese text typed on a normal keyboard). Otherwise Foundation
    /// must compose it.
    static func isSurelyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (0x1E00...0x1EFF).contains(v) { continue }
            return false
        }
        return true
    }

    /// Moves the tone of an open oa/oe/uy syllable from the second vowel to the first (see `normalize`).
    static func placeTone(_ s: inout [Unicode.Scalar]) {
        guard s.count >= 2 else { return }
        var toneAt = -1
        for i in s.indices {
            guard let info = VietnameseLetters.info(s[i].value), info.tone != 6 else { return }
            if info.tone != 0 {
                if toneAt >= 0 { return }
                toneAt = i
            }
        }
        guard toneAt > 0 else { return }
        func info(_ i: Int) -> LetterInfo { VietnameseLetters.info(s[i].value)! }

        var start = 0
        while start < s.count, !info(start).isVowel { start += 1 }
        guard start + 2 == s.count || start + 3 == s.count else { return }
        if start > 0 {
            let previous = info(start - 1).rank
            if previous == VietnameseLetters.rankQ && info(start).rank == VietnameseLetters.rankU {
                start += 1  // "qu": the u belongs to the consonant
            } else if previous == VietnameseLetters.rankG && info(start).rank == VietnameseLetters.rankI
                        && start + 1 < s.count && info(start + 1).isVowel {
                start += 1  // "gi" before a vowel
            }
        }
        // Exactly two vowels and nothing after them.
        guard start + 2 == s.count, toneAt == start + 1, info(start).isVowel, info(start + 1).isVowel else { return }
        let pair = (info(start).rank, info(start + 1).rank)
        let O = VietnameseLetters.rankO, A = VietnameseLetters.rankA, E = VietnameseLetters.rankE
        let U = VietnameseLetters.rankU, Y = VietnameseLetters.rankY
        guard pair == (O, A) || pair == (O, E) || pair == (U, Y) else { return }
        let tone = Int(info(start + 1).tone)
        guard let first = VietnameseLetters.withTone(s[start], tone),
              let second = VietnameseLetters.withTone(s[start + 1], 0) else { return }
        s[start] = first
        s[start + 1] = second
    }
}
