import Foundation
import HocVuSoReading

/// The words around a figure in its sentence, as shown (restored) text: what the officer reads beside the inputs
/// instead of the whole sentence, which the source panel highlights anyway.
struct FigureExcerpt {
    var before: String
    var value: String
    var after: String
    var clippedBefore: Bool
    var clippedAfter: Bool

    /// About `reach` characters on each side of the value, cut at word boundaries, inside the sentence.
    init(display: [Character], figure: ExtractedFigure, reach: Int = 70) {
        let count = display.count
        func clamp(_ i: Int) -> Int { max(0, min(i, count)) }
        let sentence = clamp(figure.sentenceSpan.start)..<max(clamp(figure.sentenceSpan.start), clamp(figure.sentenceSpan.end))
        let valueStart = max(sentence.lowerBound, clamp(figure.valueSpan.start))
        let valueEnd = min(sentence.upperBound, max(valueStart, clamp(figure.valueSpan.end)))
        var start = max(sentence.lowerBound, valueStart - reach)
        var end = min(sentence.upperBound, valueEnd + reach)
        if start > sentence.lowerBound {
            while start < valueStart, !display[start - 1].isWhitespace { start += 1 }
        }
        if end < sentence.upperBound {
            while end > valueEnd, !display[end].isWhitespace { end -= 1 }
        }
        func text(_ range: Range<Int>) -> String {
            String(display[range]).replacingOccurrences(of: "\n", with: " ")
        }
        before = text(start..<valueStart)
        value = text(valueStart..<valueEnd)
        after = text(valueEnd..<end)
        clippedBefore = start > sentence.lowerBound
        clippedAfter = end < sentence.upperBound
    }
}
