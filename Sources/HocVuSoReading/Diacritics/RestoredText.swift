/// A text after diacritics restoration, line for line with the input.
public struct RestoredText: Sendable, Equatable {
    public var lines: [RestoredLine]

    public init(lines: [RestoredLine]) {
        self.lines = lines
    }

    /// The restored lines joined with "\n".
    public var text: String {
        lines.map(\.text).joined(separator: "\n")
    }

    /// The restored words the model is unsure of.
    public var unsurePieces: [RestoredPiece] {
        lines.flatMap { $0.pieces.filter(\.unsure) }
    }
}

public struct RestoredLine: Sendable, Equatable {
    /// Words and the separators between them; joining `restored` gives the line.
    public var pieces: [RestoredPiece]

    public init(pieces: [RestoredPiece]) {
        self.pieces = pieces
    }

    public var text: String {
        pieces.map(\.restored).joined()
    }

    public var original: String {
        pieces.map(\.original).joined()
    }
}

public struct RestoredPiece: Sendable, Equatable {
    public var original: String
    public var restored: String
    /// The model's confidence in the restored spelling, from 0.5 (a coin toss between the two best spellings)
    /// to 1 (no other spelling, or words and separators that were not restored).
    public var confidence: Double
    /// The confidence is below `DiacriticsRestorer.unsureBelow` (or the word is an OCR repair or a spelling the
    /// model never saw): the reader should check this word.
    public var unsure: Bool
    public var changed: Bool

    public init(original: String, restored: String, confidence: Double = 1, unsure: Bool = false) {
        self.original = original
        self.restored = restored
        self.confidence = confidence
        self.unsure = unsure
        self.changed = original != restored
    }
}
