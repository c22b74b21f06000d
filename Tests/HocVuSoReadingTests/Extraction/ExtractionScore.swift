import Foundation
import HocVuSoCore
@testable import HocVuSoReading

/// True positives, false positives and false negatives of one kind of item, added up over reports.
struct ScoreCount {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }

    static func += (a: inout ScoreCount, b: ScoreCount) {
        a.truePositives += b.truePositives
        a.falsePositives += b.falsePositives
        a.falseNegatives += b.falseNegatives
    }

    /// One proposed value against one gold value: right, wrong (a false positive and a false negative), missing or extra.
    static func single(_ found: String?, _ gold: String?) -> ScoreCount {
        switch (found, gold) {
        case let (f?, g?): return f == g ? ScoreCount(truePositives: 1) : ScoreCount(falsePositives: 1, falseNegatives: 1)
        case (.some, nil): return ScoreCount(falsePositives: 1)
        case (nil, .some): return ScoreCount(falseNegatives: 1)
        case (nil, nil): return ScoreCount()
        }
    }
}

/// Scores a reading against gold answers. A found figure matches a gold figure by key and value (one to one);
/// optional gold figures are neither required nor counted as false positives. Documents match by number.
struct ExtractionScore {
    var figures = ScoreCount()
    /// Figures matched by value only, whatever their key.
    var figureValues = ScoreCount()
    /// Of the matched figures, how many have a sentence that contains the gold `sentenceContains`.
    var sentencesRight = 0
    var sentencesChecked = 0
    var documents = ScoreCount()
    var number = ScoreCount()
    var date = ScoreCount()
    var answers = ScoreCount()
    var unit = ScoreCount()
    var misses: [String] = []

    static func += (a: inout ExtractionScore, b: ExtractionScore) {
        a.figures += b.figures
        a.figureValues += b.figureValues
        a.sentencesRight += b.sentencesRight
        a.sentencesChecked += b.sentencesChecked
        a.documents += b.documents
        a.number += b.number
        a.date += b.date
        a.answers += b.answers
        a.unit += b.unit
        a.misses += b.misses
    }

    init() {}

    init(_ reading: ReportReading, gold: HeldOutGold, name: String) {
        (figures, sentencesRight, sentencesChecked, misses) = Self.figureScore(reading.figures, gold.figures, name: name, byKey: true)
        (figureValues, _, _, _) = Self.figureScore(reading.figures, gold.figures, name: name, byKey: false)
        let goldDocs = Set(gold.documents.map { DocumentNumberMatch.key($0.number) })
        let foundDocs = Set(reading.documents.map { DocumentNumberMatch.key($0.number) })
        documents = ScoreCount(truePositives: goldDocs.intersection(foundDocs).count,
                               falsePositives: foundDocs.subtracting(goldDocs).count,
                               falseNegatives: goldDocs.subtracting(foundDocs).count)
        for missing in goldDocs.subtracting(foundDocs) { misses.append("\(name): document \(missing) missed") }
        for extra in foundDocs.subtracting(goldDocs) { misses.append("\(name): document \(extra) extra") }
        number = .single(reading.number.map(DocumentNumberMatch.key), gold.number.map(DocumentNumberMatch.key))
        date = .single(reading.date?.isoText, gold.date)
        let answerKey: (String, String?) -> String = { number, date in DocumentNumberMatch.key(number) + "@" + (date ?? "") }
        answers = .single(reading.answers.map { answerKey($0.number, $0.date?.isoText) }, gold.answers.map { answerKey($0.number, $0.date) })
        unit = .single(reading.unitCode, gold.unitCode)
        if number.truePositives == 0, gold.number != nil { misses.append("\(name): number \(reading.number ?? "nil") ≠ \(gold.number ?? "")") }
        if date.truePositives == 0, gold.date != nil { misses.append("\(name): date \(reading.date?.isoText ?? "nil") ≠ \(gold.date ?? "")") }
        if answers.truePositives == 0, gold.answers != nil {
            misses.append("\(name): answers \(reading.answers.map { "\($0.number) \($0.date?.isoText ?? "-")" } ?? "nil") ≠ \(gold.answers!.number) \(gold.answers!.date ?? "-")")
        }
        if unit.truePositives == 0 { misses.append("\(name): unit \(reading.unitCode ?? "nil") ≠ \(gold.unitCode ?? "")") }
    }

    /// Whether a found sentence holds the gold snippet: folded, it contains it; or, for an OCR-noised text, at
    /// least 70% of the snippet's words (folded and OCR-repaired like the reader's) are among the sentence's words.
    static func holds(_ sentence: String, _ snippet: String) -> Bool {
        if VietnameseText.fold(sentence).contains(VietnameseText.fold(snippet)) { return true }
        let words = Set(ReadingText(sentence).tokens.map(\.text))
        let wanted = ReadingText(snippet).tokens.filter { $0.kind != .symbol }.map(\.text)
        guard !wanted.isEmpty else { return false }
        return Double(wanted.filter(words.contains).count) >= 0.7 * Double(wanted.count)
    }

    static func figureScore(_ found: [ExtractedFigure], _ gold: [HeldOutGold.Figure], name: String, byKey: Bool)
        -> (ScoreCount, Int, Int, [String]) {
        var count = ScoreCount()
        var sentencesRight = 0
        var checked = 0
        var misses: [String] = []
        var taken = Set<Int>()
        var matchedFound = Set<Int>()
        // Required gold first, so an optional one never takes a found figure that a required one needs.
        let order = gold.indices.sorted { (gold[$0].optional ?? false ? 1 : 0) < (gold[$1].optional ?? false ? 1 : 0) }
        for g in order {
            let want = gold[g]
            let candidates = found.indices.filter { i in
                !matchedFound.contains(i) && abs(found[i].value - want.value) < 1e-6 && (!byKey || found[i].key == want.key)
            }
            // Prefer the one whose sentence holds the gold snippet.
            let best = candidates.first { holds(found[$0].sentence, want.sentenceContains) } ?? candidates.first
            if let best {
                matchedFound.insert(best)
                taken.insert(g)
                if !(want.optional ?? false) {
                    count.truePositives += 1
                    checked += 1
                    if holds(found[best].sentence, want.sentenceContains) { sentencesRight += 1 }
                }
            } else if !(want.optional ?? false) {
                count.falseNegatives += 1
                misses.append("\(name): missed \(want.key) \(want.value) «\(want.sentenceContains)»")
            }
        }
        for i in found.indices where !matchedFound.contains(i) {
            count.falsePositives += 1
            misses.append("\(name): extra \(found[i].key) \(found[i].value) «\(found[i].subject)» :: \(found[i].sentence.prefix(90))")
        }
        return (count, sentencesRight, checked, misses)
    }
}
