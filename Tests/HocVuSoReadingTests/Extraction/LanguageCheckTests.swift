import Foundation
import HocVuSoCore
import Testing
@testable import HocVuSoReading

@Suite struct LanguageCheckTests {
    static let english = """
        Report on the results of the digital literacy movement. The commune has organised classes for residents \
        and supported more than one thousand people with online public services during the first quarter.
        """
    static let french = """
        Rapport sur les résultats du mouvement pour l'alphabétisation numérique. La commune a organisé des cours \
        pour les habitants et a aidé plus de mille personnes à utiliser les services publics en ligne.
        """

    @Test func vietnameseCleanWithoutDiacriticsAndFromOCRPasses() throws {
        let clean = try ExtractionFixtures.seed("002")
        #expect(LanguageCheck.isVietnamese(clean))
        #expect(LanguageCheck.isVietnamese(VietnameseText.fold(clean)))
        #expect(LanguageCheck.isVietnamese(TextVariants.withoutDiacritics(clean)))
        #expect(LanguageCheck.isVietnamese(try ExtractionFixtures.seed("001")))
        #expect(LanguageCheck.isVietnamese(try ExtractionFixtures.seed("003")))
        #expect(LanguageCheck.isVietnamese("Ủy ban nhân dân xã Chí Minh báo cáo kết quả triển khai phong trào học tập số."))
    }

    @Test func otherLanguagesNoiseAndEmptyFail() {
        #expect(!LanguageCheck.isVietnamese(Self.english))
        #expect(!LanguageCheck.isVietnamese(Self.french))
        #expect(!LanguageCheck.isVietnamese(""))
        #expect(!LanguageCheck.isVietnamese("   \n\t "))
        var state: UInt64 = 12_345
        let bytes = (0..<4_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        #expect(!LanguageCheck.isVietnamese(String(decoding: bytes, as: UTF8.self)))
        #expect(!LanguageCheck.isVietnamese(String(bytes.map { Character(Unicode.Scalar($0 % 26 + 97)) })))
    }

    @Test func sharesAreFarApart() throws {
        let vietnamese = LanguageCheck.syllableShare(try ExtractionFixtures.seed("001")).value
        let english = LanguageCheck.syllableShare(Self.english).value
        let french = LanguageCheck.syllableShare(Self.french).value
        print("Vietnamese syllable share: OCR seed 001 \(vietnamese), English \(english), French \(french)")
        #expect(vietnamese > 0.7)
        #expect(english < 0.5 && french < 0.5)
    }
}
