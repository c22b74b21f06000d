import Foundation
import Testing
@testable import HocVuSoReading

/// Which received texts are shown with their diacritics restored.
@Suite struct DiacriticsPresenceTests {
    @Test("the OCR seeds and a plain-ASCII copy lack diacritics; the clean seed and the held-out reports do not")
    func lacksDiacritics() throws {
        #expect(DiacriticsPresence.lacksDiacritics(try ExtractionFixtures.seed("001_")))
        #expect(DiacriticsPresence.lacksDiacritics(try ExtractionFixtures.seed("003_")))
        #expect(!DiacriticsPresence.lacksDiacritics(try ExtractionFixtures.seed("002_")))
        for name in try ExtractionFixtures.heldOutNames() {
            let report = try ExtractionFixtures.heldOutReport(name)
            #expect(!DiacriticsPresence.lacksDiacritics(report), "\(name)")
            #expect(DiacriticsPresence.lacksDiacritics(TextVariants.withoutDiacritics(report)), "\(name)")
        }
        #expect(DiacriticsPresence.lacksDiacritics(""))
    }
}
