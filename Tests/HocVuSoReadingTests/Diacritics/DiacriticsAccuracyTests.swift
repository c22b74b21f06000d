import Foundation
import Testing
import HocVuSoCore
@testable import HocVuSoReading

@Suite struct DiacriticsAccuracyTests {
    /// Word accuracy on the held-out reports (never trained on), stripped of their diacritics here: the share of
    /// the reference's words (runs of letters that fold to a dictionary syllable) restored exactly.
    @Test func heldOutReportsAreRestoredAboveTheFloor() throws {
        let restorer = try shippedRestorer.get()
        let dictionary = try SyllableDictionary()
        var words = 0
        var correct = 0
        for reference in try HeldOutTexts.reports() {
            let gold = reference.precomposedStringWithCanonicalMapping
            let restored = restorer.restore(DiacriticsStripping.strip(gold)).text
            #expect(restored.count == gold.count)
            for (expected, got) in zip(Self.letterRuns(gold), Self.letterRuns(restored))
            where dictionary.containsFolded(VietnameseText.fold(expected)) {
                words += 1
                if VietnameseText.normalize(expected) == VietnameseText.normalize(got) { correct += 1 }
            }
        }
        let accuracy = Double(correct) / Double(words)
        #expect(words > 5_000)
        #expect(accuracy >= 0.90, "word accuracy \(accuracy) on \(words) words")
    }

    @Test func theOCRSeedKeepsItsLines() throws {
        let restorer = try shippedRestorer.get()
        for prefix in ["001_", "003_"] {
            let seed = try HeldOutTexts.seed(prefix)
            let restored = restorer.restore(seed)
            let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(restored.lines.count == lines.count)
            for (line, restoredLine) in zip(lines, restored.lines) {
                #expect(restoredLine.original == String(line))
                #expect(restoredLine.text.count == line.count)
            }
            #expect(restored.lines.contains { $0.text.contains("Bình dân học vụ số") || $0.text.contains("Bình dân học vụ s") })
        }
    }

    /// A long OCR report (17 KB) is restored well under a second even in a debug build; the bound leaves room for a
    /// busy machine.
    @Test func aLongReportIsRestoredQuickly() throws {
        let restorer = try shippedRestorer.get()
        let seed = try HeldOutTexts.seed("003_")
        #expect(seed.utf8.count > 15_000)
        let elapsed = ContinuousClock().measure { _ = restorer.restore(seed) }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    static func letterRuns(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}
