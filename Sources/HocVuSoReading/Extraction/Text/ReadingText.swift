import Foundation

/// A received text prepared for reading: its Characters, and one folded, OCR-repaired ASCII byte per Character
/// (`CharacterFolding`, `OCRRepair`), cut into tokens and sentences. Everything found in the folded form maps back
/// to the original by position.
struct ReadingText {
    let text: String
    let characters: [Character]
    let folded: [UInt8]
    let tokens: [TextToken]
    /// Tokens inside a web address or a file path ("https://binhdanhocvuso.gov.vn", "../6.%20HỒ%20SƠ").
    let inLink: Set<Int>
    let sentences: [Sentence]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int]

    init(_ raw: String) {
        text = raw.precomposedStringWithCanonicalMapping
        characters = Array(text)
        var bytes = CharacterFolding.fold(characters)
        OCRRepair.repair(&bytes)
        folded = bytes
        let characters = self.characters
        tokens = DoubleSpacing.normalise(Tokenizer.tokens(bytes)).map { token in
            var token = token
            token.upper = characters[token.start].isUppercase
            return token
        }
        inLink = LinkFinder.tokensInLinks(tokens, bytes)
        sentences = SentenceSplitter.sentences(tokens)
        var owner = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.tokens { owner[t] = index }
        }
        sentenceOfToken = owner
    }

    /// The original text of a span, exactly.
    func original(_ span: TextSpan) -> String {
        let lower = max(0, min(span.start, characters.count))
        return String(characters[lower..<max(lower, min(span.end, characters.count))])
    }

    /// The original text of a span with its line breaks and runs of spaces made single spaces.
    func display(_ span: TextSpan) -> String {
        original(span).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The folded words of tokens `range`, joined by single spaces ("thanh pho hai phong").
    func words(_ range: Range<Int>) -> String {
        tokens[range.clamped(to: 0..<tokens.count)].map(\.text).joined(separator: " ")
    }

    func span(tokens range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }

    /// Whether the tokens from `index` on spell `phrase` ("cong nghe so").
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= tokens.count else { return false }
        for (offset, word) in phrase.enumerated() where tokens[index + offset].text != word { return false }
        return true
    }

    /// The first index in `range` where `phrase` starts.
    func find(_ phrase: [String], in range: Range<Int>) -> Int? {
        let r = range.clamped(to: 0..<tokens.count)
        return r.first { matches(phrase, at: $0) }
    }
}
