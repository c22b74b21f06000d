import HocVuSoCore

/// Whether a text is Vietnamese, with or without its diacritics and through a bad OCR: at least 60% of its words
/// (folded, OCR-repaired) must be Vietnamese syllables, and it must have at least 8 of them. English or French text
/// reaches about 30–40%; Vietnamese about 90% clean and above 70% from a bad scan.
public enum LanguageCheck {
    static let minimumShare = 0.6
    static let minimumSyllables = 8

    public static func isVietnamese(_ text: String) -> Bool {
        let share = syllableShare(text)
        return share.syllables >= minimumSyllables && share.value >= minimumShare
    }

    /// The share of words that are Vietnamese syllables, and how many are.
    static func syllableShare(_ text: String) -> (value: Double, syllables: Int) {
        var bytes = CharacterFolding.fold(Array(text.precomposedStringWithCanonicalMapping))
        OCRRepair.repair(&bytes)
        var words = 0
        var syllables = 0
        for word in String(decoding: bytes, as: UTF8.self).split(whereSeparator: { !$0.isLetter }) {
            guard word.count >= 1, word.utf8.allSatisfy({ $0 < 0x80 }) else { words += 1; continue }
            words += 1
            if VietnameseSyllable.isSyllable(word) { syllables += 1 }
        }
        return (words == 0 ? 0 : Double(syllables) / Double(words), syllables)
    }
}
