import Foundation
import Testing
@testable import HocVuSoReading

/// The blind set: six reports (Tests/HocVuSoReadingTests/BlindSet) written with their gold answers after the
/// extractor, by someone who never saw its rules or the held-out texts: other provinces, layouts (merged two-column
/// headers, figures as list lines, one long narrative, a report without a number that answers a plan). The
/// extractor is not tuned on it; these are the precision and recall figures to quote.
@Suite struct BlindSetEvaluationTests {
    @Test(arguments: HeldOutEvaluationTests.Variant.allCases)
    func blindPrecisionAndRecall(_ variant: HeldOutEvaluationTests.Variant) throws {
        #expect(try ExtractionFixtures.reportNames("BlindSet").count == 6)
        let s = try HeldOutEvaluationTests.score(variant, set: "BlindSet")
        print(HeldOutEvaluationTests.table("Blind set extraction, \(variant.rawValue):", s))
        HeldOutEvaluationTests.checkFloors(s, BlindSetFloors.all)
    }
}

/// Floors a little under the blind set's first (and only) run, the same for all three variants: figures key+value
/// P 0.660 R 0.739 (value alone P 1.000 R 0.978: the misses are mostly the kind of figure), sentences 68/68,
/// documents, number, date, answered request and commune 1.000.
enum BlindSetFloors {
    static let all = HeldOutFloors.Floors(figureRecall: 0.70, figurePrecision: 0.62, documentRecall: 0.95, documentPrecision: 0.95,
                                          fields: 0.95, unit: 0.95, sentences: 0.95)
}
