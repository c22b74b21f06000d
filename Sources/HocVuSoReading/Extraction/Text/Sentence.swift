/// A sentence of the text as token indices, and whether it opens a paragraph (after a blank line, a bullet or a
/// heading).
struct Sentence: Sendable, Equatable {
    var tokens: Range<Int>
    var opensParagraph: Bool
}

/// Cuts tokens into sentences. A sentence ends at ".", "!" or "?" followed by white space (not inside "1.500" or an
/// address), at a blank line, and before a line that opens with a bullet ("-", "+") or a numbered heading
/// ("1.", "II."). Reports are hard-wrapped, so a plain line break does not end a sentence.
enum SentenceSplitter {
    static func sentences(_ tokens: [TextToken]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var opens = true
        var inHeading = false
        func close(_ end: Int, nextOpens: Bool) {
            if end > start { sentences.append(Sentence(tokens: start..<end, opensParagraph: opens)) }
            start = end
            opens = nextOpens
        }
        for i in tokens.indices {
            let token = tokens[i]
            if i > start {
                if token.breaksBefore >= 2 {
                    close(i, nextOpens: true)
                } else if token.startsLine && opensItem(tokens, i) {
                    close(i, nextOpens: true)
                } else if token.startsLine && inHeading && token.kind == .word && startsUppercase(token) {
                    // A numbered heading without a full stop ends where the next line opens with a capital.
                    close(i, nextOpens: true)
                }
            }
            if i == start {
                inHeading = opensItem(tokens, i) && tokens[i].kind != .symbol
            }
            if token.kind == .symbol, [".", "!", "?"].contains(token.text), !(inHeading && i == start + 1) {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let spaced = next.map { $0.start > token.end } ?? true
                if spaced && !(next.map { $0.isSymbol(".") || $0.isSymbol("/") } ?? false) {
                    close(i + 1, nextOpens: next?.breaksBefore ?? 0 >= 2)
                }
            }
        }
        close(tokens.count, nextOpens: false)
        return sentences
    }

    static func startsUppercase(_ token: TextToken) -> Bool {
        token.upper
    }

    /// A bullet or a numbered heading at `i`.
    static func opensItem(_ tokens: [TextToken], _ i: Int) -> Bool {
        let token = tokens[i]
        if token.kind == .symbol, ["-", "+", "*"].contains(token.text) { return true }
        guard i + 1 < tokens.count, tokens[i + 1].isSymbol(".") || tokens[i + 1].isSymbol(")") else { return false }
        if token.kind == .number, token.text.count <= 2 { return true }
        return token.kind == .word && RomanNumeral.value(token.text) != nil
    }
}
