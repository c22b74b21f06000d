/// Where a cited document is cited: from its type word (or number) to the end of its sentence, or of its line
/// when the sentence runs on ("- Kế hoạch số 90/KH-UBND ngày 29/9/2025 của UBND xã về …").
enum DocumentSummary {
    static func span(of citation: DocumentCitation, in text: ReadingText) -> TextSpan {
        let sentence = text.sentences[text.sentenceOfToken[citation.tokens.lowerBound]]
        var end = citation.citation.upperBound
        let limit = min(sentence.tokens.upperBound, citation.citation.upperBound + 60)
        while end < limit, text.tokens[end].breaksBefore < 2 {
            // Another citation starts a new item.
            if end > citation.citation.upperBound, text.tokens[end].startsLine, SentenceSplitter.opensItem(text.tokens, end) { break }
            end += 1
        }
        return text.span(tokens: citation.citation.lowerBound..<max(end, citation.citation.upperBound))
    }
}
