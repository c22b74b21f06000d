import Foundation
import HocVuSoCore

/// A held-out report's gold answers (Tests/HocVuSoReadingTests/HeldOut/gold/*.json).
struct HeldOutGold: Decodable {
    struct Answers: Decodable {
        var number: String
        var date: String?
        var issuer: String?
    }

    struct Document: Decodable {
        var number: String
        var date: String?
        var type: String
    }

    struct Figure: Decodable {
        var key: String
        var value: Double
        var upper: Double?
        var qualifier: String?
        var unit: String
        var sentenceContains: String
        var asOf: String?
        var optional: Bool?
    }

    var unitCode: String?
    var number: String?
    var date: String?
    var answers: Answers?
    var documents: [Document]
    var figures: [Figure]

    static func load(_ name: String, set: String = "HeldOut") throws -> HeldOutGold {
        try JSONDecoder().decode(HeldOutGold.self, from: ExtractionFixtures.gold(name, set: set))
    }
}

extension CivilDate {
    /// "2025-11-13" as `iso` writes it.
    var isoText: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
