import HocVuSoCore

/// The date a figure refers to: "tính đến ngày 06/12/2025", "đến hết ngày 30/4/2026", "(tính đến 15/5/2026)" in its
/// sentence; otherwise the date of the event the sentence (or, for an event's figures, the sentence before it in
/// the same paragraph) tells of ("sáng ngày 18/10/2025, … Hội nghị đã thu hút hơn 200 người"). Dates of cited
/// documents never count.
struct FigureDate {
    let text: ReadingText
    let dates: [DateMention]
    let documentDates: Set<Int>

    init(text: ReadingText, dates: [DateMention], citations: [DocumentCitation]) {
        self.text = text
        self.dates = dates
        documentDates = Set(citations.compactMap { $0.date?.tokens.lowerBound })
    }

    func asOf(sentence index: Int, eventLike: Bool) -> CivilDate? {
        let sentence = text.sentences[index]
        let inSentence = dates.filter { sentence.tokens.contains($0.tokens.lowerBound) && !documentDates.contains($0.tokens.lowerBound) }
        if let cutoff = inSentence.first(where: isCutoff) { return cutoff.date }
        if let event = inSentence.first(where: { $0.afterNgay }) { return event.date }
        guard eventLike, index > 0, !sentence.opensParagraph else { return nil }
        let previous = text.sentences[index - 1]
        return dates.first { previous.tokens.contains($0.tokens.lowerBound) && $0.afterNgay && !documentDates.contains($0.tokens.lowerBound) }?.date
    }

    /// "đến (hết) (ngày)", "tính đến", "tại thời điểm", "tính tới".
    private func isCutoff(_ mention: DateMention) -> Bool {
        let t = text.tokens
        var j = mention.tokens.lowerBound - 1
        if j >= 0, t[j].isWord("het") { j -= 1 }
        guard j >= 0 else { return false }
        if t[j].isWord("den") || t[j].isWord("toi") { return true }
        return j >= 1 && t[j - 1].isWord("thoi") && t[j].isWord("diem")
    }
}
