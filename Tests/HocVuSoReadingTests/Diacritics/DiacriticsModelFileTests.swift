import Foundation
import Testing
@testable import HocVuSoReading

@Suite struct DiacriticsModelFileTests {
    @Test func roundTripGivesTheSameModel() throws {
        let model = TinyWorld.model
        let data = DiacriticsModelFile.serialize(model)
        let read = try DiacriticsModelFile.deserialize(data)
        #expect(read == model)
        #expect(read.words.contains("chuyển"))
        // The same probabilities, not only the same tables.
        let (u, v, w) = (model.id("chuyển"), model.id("đổi"), model.id("số"))
        #expect(read.logProbability(w, after: u, v) == model.logProbability(w, after: u, v))
        #expect(DiacriticsModelFile.serialize(read) == data)
    }

    @Test func aDamagedFileIsAClearError() throws {
        var text = String(decoding: DiacriticsModelFile.serialize(TinyWorld.model), as: UTF8.self)
        text = String(text.prefix(text.count / 2))
        #expect(throws: (any Error).self) { try DiacriticsModelFile.deserialize(Data(text.utf8)) }
        #expect(throws: (any Error).self) { try DiacriticsModelFile.deserialize(Data("not a model\n".utf8)) }
    }

    @Test func theShippedModelLoadsAndIsSmall() throws {
        let model = try DiacriticsModelFile.bundled()
        #expect(model.words.count > 3_000)
        let url = try #require(DiacriticsModelFile.bundledURL)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 8_000_000)
    }

    @Test func transitionTableAgreesWithTheModel() {
        let model = TinyWorld.model
        let ids = ["chuyển", "đổi", "số", "so", "sánh", "zzz"].map(model.id) + [DiacriticsModel.boundary]
        let table = model.transitionTable(ids, ids, ids)
        var k = 0
        for h in ids {
            for i in ids {
                for j in ids {
                    let penalty = j == DiacriticsModel.unknown ? DiacriticsModel.unknownPenalty : 0
                    #expect(abs(table[k] - (model.logProbability(j, after: h, i) - penalty)) < 1e-4)
                    k += 1
                }
            }
        }
    }
}
