import HocVuSoCore

/// Finds the figures of a report: a number (not part of a date or a document number) followed by "%" or by a
/// counted noun (`CountedNoun`), with a range ("5 - 7", "5 đến 7"), the qualifier before it, the date it refers to,
/// its key, its sentence and its subject.
struct FigureFinder {
    let text: ReadingText
    let dates: [DateMention]
    let citations: [DocumentCitation]

    func figures() -> [ExtractedFigure] {
        let t = text.tokens
        var used = Set<Int>()
        for mention in dates { used.formUnion(mention.tokens) }
        for citation in citations { used.formUnion(citation.tokens) }
        used.formUnion(text.inLink)
        let dating = FigureDate(text: text, dates: dates, citations: citations)
        var figures: [ExtractedFigure] = []
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .number, !used.contains(i), let value = VietnameseNumber.value(t[i].text) else { continue }
            // A ratio ("7/7 trường"), a day and month ("10/10"), a numbered item ("1."), a time ("8:30").
            if i + 1 < t.count, t[i + 1].isSymbol("/") || t[i + 1].isSymbol(":") { continue }
            if i > 1, t[i - 1].isSymbol("/") || t[i - 1].isSymbol(":") || t[i - 1].isSymbol("-"), t[i - 2].kind == .number { continue }
            if i > 0, t[i - 1].isSymbol("/") { continue }
            var j = i + 1
            var upper: Double?
            if j + 1 < t.count, t[j].isSymbol("-") || t[j].isWord("den") || t[j].isWord("toi"), t[j + 1].kind == .number,
               let top = VietnameseNumber.value(t[j + 1].text), top > value {
                upper = top
                j += 2
            }
            let unit: FigureUnit
            let noun: CountedNoun?
            var subjectStart = j
            if j < t.count, t[j].isSymbol("%") {
                unit = .percent
                noun = nil
                subjectStart = j + 1
            } else if j + 1 < t.count, t[j].isWord("phan"), t[j + 1].isWord("tram") {
                unit = .percent
                noun = nil
                subjectStart = j + 2
            } else if let (counted, end) = CountedNoun.at(j, in: text) {
                // "3 buổi/tuần" is a frequency.
                if end < t.count, t[end].isSymbol("/") { continue }
                unit = .count
                noun = counted
            } else {
                continue
            }
            // A percent with nothing after it in its clause, and no "tỷ lệ … đạt" before it, is noise ("VHAL 3 %").
            if unit == .percent, subject(from: subjectStart, sentence: text.sentences[text.sentenceOfToken[i]]).isEmpty,
               !FigureContext(text: text, number: i, subjectStart: subjectStart, sentence: text.sentences[text.sentenceOfToken[i]])
                   .beforeHas("ty le", "dat", "chiem", "bang") { continue }
            if unit == .count, t[i].text.count == 4, (1900...2100).contains(Int(value)), noun != .people { continue }
            let sentenceIndex = text.sentenceOfToken[i]
            let sentence = text.sentences[sentenceIndex]
            let context = FigureContext(text: text, number: i, subjectStart: subjectStart, sentence: sentence)
            let key = noun.map { FigureClassifier.countKey($0, context) } ?? FigureClassifier.percentKey(context)
            let sentenceSpan = text.span(tokens: sentence.tokens)
            let eventLike = ["participants", "events"].contains(key)
            let valueEnd = unit == .percent ? t[subjectStart - 1].end : t[j - 1].end
            let figure = ExtractedFigure(
                key: key, value: value, upper: upper, unit: unit, qualifier: FigureQualifier.before(i, in: text),
                asOf: dating.asOf(sentence: sentenceIndex, eventLike: eventLike),
                sentence: text.display(sentenceSpan), sentenceSpan: sentenceSpan,
                valueSpan: TextSpan(start: t[i].start, end: valueEnd),
                subject: unit == .percent && subject(from: subjectStart, sentence: sentence).isEmpty
                    ? rateSubject(before: i, sentence: sentence) : subject(from: subjectStart, sentence: sentence),
                isTarget: TargetWording.isTarget(sentence: sentence, in: text) ? true : nil)
            figures.append(figure)
            i = j - 1
        }
        return figures
    }

    /// For "Tỷ lệ hồ sơ nộp trực tuyến đạt 92,4%": the words from "tỷ lệ", at most six.
    func rateSubject(before number: Int, sentence: Sentence) -> String {
        let t = text.tokens
        guard let rate = (sentence.tokens.lowerBound..<number).last(where: { text.matches(["ty", "le"], at: $0) }) else { return "" }
        var end = rate
        while end < number, end - rate < 6, t[end].kind == .word { end += 1 }
        return text.display(text.span(tokens: rate..<end))
    }

    /// The counted noun and a few words after it, as written: "lượt người tham gia", "thôn".
    func subject(from start: Int, sentence: Sentence) -> String {
        let t = text.tokens
        var end = start
        var words = 0
        while end < sentence.tokens.upperBound, words < 5 {
            if t[end].kind != .word { break }
            words += 1
            end += 1
        }
        guard end > start else { return "" }
        return text.display(text.span(tokens: start..<end))
    }
}
