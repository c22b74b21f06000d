import Foundation
import HocVuSoCore
import Testing
@testable import HocVuSoReading

/// A figure a seed states, as a person reading it would note it: key, value, the words it sits in (folded, as the
/// seed is written, OCR errors included), and qualifier, range top and date when the text gives them.
struct ExpectedFigure: CustomStringConvertible {
    var key: String
    var value: Double
    var snippet: String
    var qualifier: String? = nil
    var upper: Double? = nil
    var asOf: CivilDate? = nil

    var description: String { "\(key) \(value) «\(snippet)»" }

    /// The found figure that matches: same key and value, and a sentence holding the snippet.
    func match(in figures: [ExtractedFigure]) -> ExtractedFigure? {
        figures.first { f in
            f.key == key && f.value == value && VietnameseText.fold(f.sentence).contains(VietnameseText.fold(snippet))
        }
    }

    /// Checks a match, its qualifier, range and date, and that its spans point at its sentence and value.
    func check(in reading: ReportReading, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let found = match(in: reading.figures) else {
            Issue.record("missing figure \(self)", sourceLocation: sourceLocation)
            return
        }
        #expect(found.qualifier == qualifier, "\(self)", sourceLocation: sourceLocation)
        #expect(found.upper == upper, "\(self)", sourceLocation: sourceLocation)
        if let asOf { #expect(found.asOf == asOf, "\(self)", sourceLocation: sourceLocation) }
        let characters = Array(reading.text)
        let sentence = String(characters[found.sentenceSpan.start..<found.sentenceSpan.end])
        #expect(sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ") == found.sentence, sourceLocation: sourceLocation)
        #expect(found.sentenceSpan.contains(found.valueSpan), sourceLocation: sourceLocation)
        let written = String(characters[found.valueSpan.start..<found.valueSpan.end])
        #expect(written.first?.isNumber == true, "value span «\(written)»", sourceLocation: sourceLocation)
    }
}

extension CivilDate {
    static func ymd(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
}
