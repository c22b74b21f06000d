import HocVuSoCore

/// A text cut into what the restorer copies and what it decides: every piece of every line, the decision slots
/// (the spellings a word may take) and the phrases the language model reads at once.
struct RestorationInput {
    /// A piece of a line and, for a word or a number, the slot that decides it.
    struct Unit {
        var text: Substring
        var slot: Int?
    }

    /// The spellings one position may take. A fixed slot has one, and its word is copied as written.
    struct Slot {
        var spellings: [SpellingCandidates.Spelling]
        var fixed: Bool
        /// The word was read through an OCR confusion ("s6"): its restored spelling is a guess.
        var repaired: Bool = false
    }

    var lines: [[Unit]] = []
    var slots: [Slot] = []
    /// Consecutive slot ranges, each decoded on its own.
    var phrases: [Range<Int>] = []

    private var phraseStart = 0

    init(_ text: String, candidates: SpellingCandidates) {
        // Split on the scalar "\n" so that a "\r" before it stays at the end of its line (as a space piece).
        for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Substring(scalars)
            var units: [Unit] = []
            for piece in Self.pieces(line) {
                units.append(unit(piece, candidates: candidates))
            }
            lines.append(units)
            // A phrase runs on over a line break: a sentence wrapped by a PDF or an OCR goes on in the next line.
            // Punctuation still ends it, and a heading rarely hurts the line after it.
        }
        endPhrase()
    }

    private mutating func unit(_ piece: TextPiece, candidates: SpellingCandidates) -> Unit {
        switch piece.kind {
        case .space:
            return Unit(text: piece.text, slot: nil)
        case .punctuation:
            endPhrase()
            return Unit(text: piece.text, slot: nil)
        case .number:
            return Unit(text: piece.text, slot: add(Slot(spellings: [Self.number], fixed: true)))
        case .protected:
            guard let folded = OCRConfusions.folded(piece.text), candidates.dictionary.containsFolded(folded),
                  let spellings = candidates.byFolded[folded] else {
                endPhrase()
                return Unit(text: piece.text, slot: nil)
            }
            return Unit(text: piece.text, slot: add(Slot(spellings: spellings, fixed: false, repaired: true)))
        case .word:
            return Unit(text: piece.text, slot: add(slot(forWord: piece.text, candidates: candidates)))
        }
    }

    /// A word written without marks takes the spellings that fold to it; a word written with marks is kept when
    /// it is a known spelling, and re-read from its folded form when it is not (an OCR "trién" for "triển").
    private func slot(forWord word: Substring, candidates: SpellingCandidates) -> Slot {
        let key = PhraseTokens.key(word)
        let model = candidates.model
        let plain = key.utf8.allSatisfy { $0 < 0x80 }
        if !plain, candidates.isKnown(key) {
            return Slot(spellings: [.init(text: key, id: model.id(key))], fixed: true)
        }
        let folded = plain ? key : VietnameseText.fold(key)
        if let spellings = candidates.byFolded[folded], word.count == folded.count {
            return Slot(spellings: spellings, fixed: false)
        }
        return Slot(spellings: [.init(text: key, id: model.id(key))], fixed: true)
    }

    private mutating func add(_ slot: Slot) -> Int {
        slots.append(slot)
        return slots.count - 1
    }

    private mutating func endPhrase() {
        if slots.count > phraseStart { phrases.append(phraseStart..<slots.count) }
        phraseStart = slots.count
    }

    private static let number = SpellingCandidates.Spelling(text: "<num>", id: DiacriticsModel.number)

    /// The pieces of a line, with document symbols ("/BC-UBND") made one protected piece and a symbol that
    /// stands for a letter joined to the word it belongs to ("$6").
    static func pieces(_ line: Substring) -> [TextPiece] {
        mergeSymbols(TextPieces.split(line), in: line)
    }

    private static func mergeSymbols(_ pieces: [TextPiece], in line: Substring) -> [TextPiece] {
        var out: [TextPiece] = []
        out.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            // The chunk: pieces up to the next space.
            var end = index
            while end < pieces.count, pieces[end].kind != .space { end += 1 }
            if end == index {
                out.append(pieces[index])
                index += 1
                continue
            }
            let chunk = line[pieces[index].text.startIndex..<pieces[end - 1].text.endIndex]
            if end - index > 1, DocumentSymbol.isSymbol(chunk) {
                out.append(TextPiece(text: chunk, kind: .protected))
            } else {
                appendJoiningLetterSymbols(pieces[index..<end], in: line, to: &out)
            }
            index = end
        }
        return out
    }

    /// "$" followed by letters or digits, at the start of a chunk, is read as one word-like piece ("$6").
    private static func appendJoiningLetterSymbols(_ chunk: ArraySlice<TextPiece>, in line: Substring,
                                                   to out: inout [TextPiece]) {
        var index = chunk.startIndex
        while index < chunk.endIndex {
            let piece = chunk[index]
            let next = index + 1
            if piece.kind == .punctuation, OCRConfusions.isLetterSymbol(piece.text), index == chunk.startIndex,
               next < chunk.endIndex, chunk[next].kind != .punctuation,
               OCRConfusions.folded(line[piece.text.startIndex..<chunk[next].text.endIndex]) != nil {
                out.append(TextPiece(text: line[piece.text.startIndex..<chunk[next].text.endIndex], kind: .protected))
                index = next + 1
                continue
            }
            out.append(piece)
            index = next
        }
    }
}
