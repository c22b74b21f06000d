import HocVuSoCore

/// The spellings a word written without diacritics may stand for: the dictionary's syllables that fold to it,
/// then words of the model's vocabulary that fold to it (names, syllables the dictionary lacks), the most
/// frequent first and at most `limit` of them.
struct SpellingCandidates: Sendable {
    struct Spelling: Sendable, Equatable {
        var text: String
        var id: Int32
    }

    /// Folded word → spellings, most frequent first.
    let byFolded: [String: [Spelling]]
    /// Lower-case normalised words known to be written correctly: the dictionary's and the model's.
    let dictionary: SyllableDictionary
    let model: DiacriticsModel

    static let limit = 8
    /// A model word that is not in the dictionary needs this many occurrences to become a candidate.
    static let minimumModelCount: UInt32 = 3

    init(dictionary: SyllableDictionary, model: DiacriticsModel) {
        var byFolded: [String: [Spelling]] = [:]
        for (folded, spellings) in dictionary.spellings {
            byFolded[folded] = spellings.map { Spelling(text: $0, id: model.id($0)) }
        }
        for (id, word) in model.words.enumerated() where id >= 3 && !dictionary.contains(word) {
            guard model.count(Int32(id)) >= Self.minimumModelCount, word.allSatisfy(\.isLetter) else { continue }
            let folded = VietnameseText.fold(word)
            guard folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            byFolded[folded, default: []].append(Spelling(text: word, id: Int32(id)))
        }
        for (folded, spellings) in byFolded {
            let ranked = spellings.enumerated().sorted { a, b in
                // A spelling the model never kept has the unknown word's id; it counts as never seen.
                let ca = Self.count(a.element.id, model), cb = Self.count(b.element.id, model)
                // Equal counts (often: never seen) keep the unmarked spelling first, then dictionary order.
                if ca != cb { return ca > cb }
                if (a.element.text == folded) != (b.element.text == folded) { return a.element.text == folded }
                return a.offset < b.offset
            }
            // Spellings the model never kept all have the unknown id and so the same scores: one of them is enough.
            var seenUnknown = false
            let distinct = ranked.map(\.element).filter { spelling in
                guard spelling.id == DiacriticsModel.unknown else { return true }
                defer { seenUnknown = true }
                return !seenUnknown
            }
            byFolded[folded] = Array(distinct.prefix(Self.limit))
        }
        self.byFolded = byFolded
        self.dictionary = dictionary
        self.model = model
    }

    private static func count(_ id: Int32, _ model: DiacriticsModel) -> UInt32 {
        id == DiacriticsModel.unknown ? 0 : model.count(id)
    }

    /// Whether a lower-case normalised word carrying marks is a known spelling (and so is kept as written).
    func isKnown(_ word: String) -> Bool {
        dictionary.contains(word) || model.ids[word].map { model.count($0) >= Self.minimumModelCount } == true
    }
}
