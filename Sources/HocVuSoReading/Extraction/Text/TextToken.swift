/// A word, a number or a punctuation mark of the folded, repaired text, with its place in Characters.
struct TextToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case symbol
    }

    var kind: Kind
    /// Folded and repaired: "so", "1.500", "/".
    var text: String
    var start: Int
    var end: Int
    /// Line breaks between the previous token and this one.
    var breaksBefore: Int
    /// The original opens with a capital letter.
    var upper = false

    var span: TextSpan { TextSpan(start: start, end: end) }
    var startsLine: Bool { breaksBefore > 0 }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}
