import Foundation
import HocVuSoCore

/// Puts the diacritics back into Vietnamese text that lost them, line for line. Candidates come from the syllable
/// dictionary (and the model's vocabulary); the syllable trigram model picks the likeliest reading of every phrase.
/// Everything that is not a Vietnamese word (numbers, document symbols, addresses, punctuation, spacing, line
/// breaks) is copied byte for byte, letter case is kept, and words already written with marks are left alone.
/// Every restored word has as many characters as the written one.
///
/// Loading takes a moment (the model is read from the bundle); make one restorer and keep it. It is immutable and
/// may be shared between tasks.
public struct DiacriticsRestorer: Sendable {
    /// Restored words with a confidence below this are marked unsure: the runner-up reading is at least a sixth as
    /// likely as the chosen one. On the held-out reports this marks about 9% of the words, half of them wrong, and
    /// catches about 60% of the errors (docs/diacritics.md).
    public static let unsureBelow = 0.85

    let candidates: SpellingCandidates

    /// Reads the dictionary at `dictionaryPath` and the model shipped with the program.
    public init(dictionaryPath: String = SyllableDictionary.defaultPath) throws {
        let dictionary = try SyllableDictionary(path: dictionaryPath)
        self.init(dictionary: dictionary, model: try DiacriticsModelFile.bundled())
    }

    public init(dictionary: SyllableDictionary, model: DiacriticsModel) {
        self.candidates = SpellingCandidates(dictionary: dictionary, model: model)
    }

    public func restore(_ text: String) -> RestoredText {
        let input = RestorationInput(text, candidates: candidates)
        var choices = [DiacriticsLattice.Choice](repeating: .init(index: 0, margin: .infinity),
                                                 count: input.slots.count)
        for phrase in input.phrases {
            let slots = input.slots[phrase].map { $0.spellings.map(\.id) }
            for (offset, choice) in DiacriticsLattice.decode(slots, model: candidates.model).enumerated() {
                choices[phrase.lowerBound + offset] = choice
            }
        }
        return RestoredText(lines: input.lines.map { units in
            RestoredLine(pieces: units.map { unit in
                guard let index = unit.slot else { return Self.copied(unit.text) }
                return piece(unit.text, slot: input.slots[index], choice: choices[index])
            })
        })
    }

    private static func copied(_ text: Substring) -> RestoredPiece {
        RestoredPiece(original: String(text), restored: String(text))
    }

    private func piece(_ written: Substring, slot: RestorationInput.Slot,
                       choice: DiacriticsLattice.Choice) -> RestoredPiece {
        guard !slot.fixed else { return Self.copied(written) }
        let spelling = slot.spellings[choice.index].text
        let restored = LetterCase.apply(of: written, to: spelling)
        guard restored.count == written.count else { return Self.copied(written) }
        var confidence = Self.confidence(margin: choice.margin)
        // A spelling the model never saw, where the dictionary has others: a guess.
        if slot.spellings[choice.index].id == DiacriticsModel.unknown,
           (candidates.dictionary.spellings[VietnameseText.fold(spelling)]?.count ?? 0) > 1 {
            confidence = min(confidence, 0.5)
        }
        // An OCR repair ("s6" → "số") needs a clearer win to pass unmarked.
        let unsure = confidence < Self.unsureBelow || slot.repaired && confidence < 0.95
        return RestoredPiece(original: String(written), restored: restored, confidence: confidence, unsure: unsure)
    }

    /// The margin (natural-log gap between the best and the runner-up reading) as a probability between 0.5 and 1.
    static func confidence(margin: Float) -> Double {
        guard margin.isFinite else { return 1 }
        return 1 / (1 + exp(-Double(margin)))
    }
}
