import HocVuSoCore

/// The report's own number ("Số: 275/BC-UBND") and date ("Phú Thái, ngày 13 tháng 11 năm 2025"), both in the
/// header: before the first sentence that cites another document's date, and in the first lines.
enum ReportHeaderFinder {
    /// How far into the text the header may reach, in Characters.
    static let headerLength = 1_500

    static func number(_ citations: [DocumentCitation], in text: ReadingText) -> DocumentCitation? {
        let early = citations.filter { text.tokens[$0.tokens.lowerBound].start < headerLength }
        return early.first { $0.isOwnNumberLine && $0.date == nil }
            ?? early.first { $0.type == .bc && $0.date == nil && $0.typeWord == nil }
    }

    /// The place-and-date line: "<place>, ngày …" with the place a few words long, or a date alone on its line.
    static func date(_ dates: [DateMention], citations: [DocumentCitation], in text: ReadingText) -> DateMention? {
        let cited = Set(citations.compactMap { $0.date?.tokens.lowerBound })
        let t = text.tokens
        for mention in dates where mention.afterNgay && !cited.contains(mention.tokens.lowerBound) {
            guard t[mention.tokens.lowerBound].start < headerLength else { break }
            var j = mention.tokens.lowerBound - 1
            if j >= 0, t[j].isSymbol(",") {
                // The place: a few words back to the start of the line (or to the report number on the same line).
                var words = 0
                j -= 1
                while j >= 0, t[j].kind == .word, words < 6 {
                    words += 1
                    if t[j].startsLine { return mention }
                    j -= 1
                }
                if words > 0, j >= 0, t[j].kind == .word || t[j].kind == .symbol { return mention }
            } else if t[mention.tokens.lowerBound].startsLine {
                return mention
            }
        }
        return nil
    }
}
