import Foundation
import HocVuSoReading

/// The received text cut into runs for the review page: the sentence each figure came from is highlighted (the
/// figure itself more strongly), and words whose restored diacritics are unsure are marked.
struct SourceHighlighter {
    struct Segment {
        var text: String
        var marked: Bool
        var css: String
        /// Set on the first run of a figure's sentence, so the figure's row can link to it.
        var anchor: String?
        var unsure: Bool
    }

    /// `display` is the text as shown (restored or not); it has the same characters, one for one, as `reading.text`
    /// so the reading's spans apply. `unsure` holds the character ranges of unsure words.
    static func segments(display: [Character], figures: [ExtractedFigure], unsure: [Range<Int>]) -> [Segment] {
        let count = display.count
        var sentenceOf = [Int?](repeating: nil, count: count)
        var isValue = [Bool](repeating: false, count: count)
        var isUnsure = [Bool](repeating: false, count: count)
        for (index, figure) in figures.enumerated() {
            for i in clamp(figure.sentenceSpan, count) where sentenceOf[i] == nil { sentenceOf[i] = index }
            for i in clamp(figure.valueSpan, count) { isValue[i] = true }
        }
        for range in unsure { for i in range where i < count { isUnsure[i] = true } }
        var segments: [Segment] = []
        var anchored = Set<Int>()
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, sentenceOf[end] == sentenceOf[start], isValue[end] == isValue[start], isUnsure[end] == isUnsure[start] {
                end += 1
            }
            let figure = sentenceOf[start]
            var anchor: String?
            if let figure, !anchored.contains(figure) {
                anchored.insert(figure)
                anchor = "fig-\(figure)"
            }
            segments.append(Segment(text: String(display[start..<end]), marked: figure != nil,
                                    css: isValue[start] ? "figure-value" : "figure-sentence", anchor: anchor, unsure: isUnsure[start]))
            start = end
        }
        return segments
    }

    private static func clamp(_ span: TextSpan, _ count: Int) -> Range<Int> {
        let lower = max(0, min(span.start, count))
        return lower..<max(lower, min(span.end, count))
    }
}
