import Foundation
import HocVuSoCore

/// The Vietnamese syllables of Debian's `hunspell-vi` dictionary (one syllable per line after a count line),
/// indexed by their folded form: "viet" → "việt", "viết". Entries are lower-cased and normalised (the dictionary
/// writes the old tone placement "hoà", "thuỷ"); acronyms written in capitals ("UBND", "PDF") are left out.
public struct SyllableDictionary: Sendable {
    public static let defaultPath = "/usr/share/hunspell/vi_VN.dic"

    /// Folded syllable → the spellings that fold to it, each once.
    let spellings: [String: [String]]
    /// Every spelling, for checking that a word carrying marks is a real syllable.
    let syllables: Set<String>

    /// Reads the dictionary; a missing or unreadable file is a clear error for the administrator.
    public init(path: String = SyllableDictionary.defaultPath) throws {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw DomainError(.notFound, code: "diacritics.dictionary-missing",
                              message: ReadingStrings.Diacritics.dictionaryMissing(path))
        }
        self.init(entries: text.split(whereSeparator: \.isNewline).dropFirst().map(String.init))
    }

    /// A dictionary from a list of entries (hunspell affix flags after "/" are ignored).
    init(entries: [String]) {
        var spellings: [String: [String]] = [:]
        var syllables = Set<String>()
        for entry in entries {
            let word = entry.split(separator: "/", maxSplits: 1).first.map(String.init) ?? entry
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !Self.isAcronym(trimmed), trimmed.allSatisfy(\.isLetter) else { continue }
            let syllable = VietnameseText.normalize(trimmed.lowercased())
            guard syllables.insert(syllable).inserted else { continue }
            spellings[VietnameseText.fold(syllable), default: []].append(syllable)
        }
        self.spellings = spellings
        self.syllables = syllables
    }

    /// Whether some syllable folds to `folded` ("viet" yes, "the" no).
    public func containsFolded(_ folded: String) -> Bool {
        spellings[folded] != nil
    }

    /// Whether `syllable` (lower case, normalised) is spelled exactly as in the dictionary.
    public func contains(_ syllable: String) -> Bool {
        syllables.contains(syllable)
    }

    private static func isAcronym(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { $0.isUppercase }
    }
}
