import Foundation
import HocVuSoCore

/// What the language model sees of a line: the words as lower-case normalised keys, numbers as one token,
/// punctuation and protected chunks as phrase breaks. Spaces and line breaks do not break a phrase (a report's
/// sentences run over line breaks).
enum PhraseToken: Equatable, Sendable {
    case word(String)
    case number
    case phraseBreak
}

enum PhraseTokens {
    /// The model key of a word: lower case, NFC with the new tone placement ("Hoà" → "hòa").
    @inline(__always)
    static func key(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return VietnameseText.normalize(word.lowercased())
    }

    static func tokens(_ pieces: [TextPiece]) -> [PhraseToken] {
        var tokens: [PhraseToken] = []
        tokens.reserveCapacity(pieces.count / 2 + 1)
        for piece in pieces {
            switch piece.kind {
            case .word: tokens.append(.word(key(piece.text)))
            case .number: tokens.append(.number)
            case .space: continue
            case .punctuation, .protected:
                if tokens.last != .phraseBreak { tokens.append(.phraseBreak) }
            }
        }
        return tokens
    }

    static func tokens(_ text: String) -> [PhraseToken] {
        var all: [PhraseToken] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            all.append(contentsOf: tokens(TextPieces.split(line)))
        }
        return all
    }
}
