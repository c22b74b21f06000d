/// Whether a folded word (no diacritics, đ → d) can be a Vietnamese syllable: an optional initial consonant, a
/// vowel group and an optional final consonant, from the closed sets of Vietnamese spelling. English and French
/// words mostly fail ("report", "digital", "les", "des"); a few pass ("the", "to", "la"), so a text is judged on
/// the share of its words.
enum VietnameseSyllable {
    static let initials: Set<String> = [
        "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu",
        "r", "s", "t", "th", "tr", "v", "x",
    ]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let vowelGroups: Set<String> = [
        "a", "e", "i", "o", "u", "y",
        "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ya", "ye",
        "oai", "oao", "oay", "oeo", "uai", "uay", "uoi", "uou", "uya", "uye", "uyu", "ieu", "yeu", "uau",
    ]

    static func isSyllable(_ word: Substring) -> Bool {
        let letters = Array(word.utf8)
        guard (1...7).contains(letters.count), letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        var i = 0
        while i < letters.count, !isVowel(letters[i]) { i += 1 }
        var initial = String(decoding: letters[0..<i], as: UTF8.self)
        var vowelStart = i
        // "gi" and "qu" take their vowel letter along: "gia", "quy".
        if initial == "g", i < letters.count, letters[i] == UInt8(ascii: "i"), i + 1 < letters.count, isVowel(letters[i + 1]) {
            initial = "gi"
            vowelStart = i + 1
        } else if initial == "q", i < letters.count, letters[i] == UInt8(ascii: "u") {
            initial = "qu"
            vowelStart = i + 1
        }
        guard initials.contains(initial) else { return false }
        var j = vowelStart
        while j < letters.count, isVowel(letters[j]) { j += 1 }
        let vowels = String(decoding: letters[vowelStart..<j], as: UTF8.self)
        let final = String(decoding: letters[j...], as: UTF8.self)
        // "gì", "gin": the i of "gi" is the vowel.
        guard vowelGroups.contains(vowels) || (initial == "gi" && vowels.isEmpty) else { return false }
        return finals.contains(final)
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
    }
}
