import Foundation
import Testing
@testable import HocVuSoReading

/// The restorer with the real dictionary and the shipped model, loaded once for all tests.
let shippedRestorer: Result<DiacriticsRestorer, any Error> = Result { try DiacriticsRestorer() }

/// A small world for the decoder: a handful of syllables and a corpus where "so" reads "số" after "chuyển đổi"
/// and "so" before "sánh", and where "ma" is as often "mà" as "má" in the same context.
enum TinyWorld {
    static let syllables = [
        "chuyển", "đổi", "số", "so", "sổ", "sở", "sánh", "với", "kết", "quả", "mà", "má", "ma", "mạ",
        "nói", "người", "dân", "dẫn", "học", "tập", "ngày", "hội", "hỏi",
    ]
    static let corpus = [
        "chuyển đổi số", "ngày chuyển đổi số", "người dân chuyển đổi số", "học tập chuyển đổi số",
        "so sánh kết quả", "so sánh với kết quả", "kết quả so sánh", "người dân so sánh",
        "nói mà", "nói má", "nói mà", "nói má", "ngày hội", "người dân học tập",
    ]

    static var dictionary: SyllableDictionary { SyllableDictionary(entries: syllables) }
    static var model: DiacriticsModel {
        DiacriticsModelTrainer.train(corpus: corpus, pruning: .init(minimumWordCount: 1, minimumBigramCount: 1,
                                                                    minimumTrigramCount: 1))
    }
    static var restorer: DiacriticsRestorer { DiacriticsRestorer(dictionary: dictionary, model: model) }
}

enum HeldOutTexts {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func reports() throws -> [String] {
        let folder = root.appendingPathComponent("HeldOut/reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    static func seed(_ prefix: String) throws -> String {
        let folder = root.appendingPathComponent("Fixtures/seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
