import Testing
@testable import HocVuSoReading

@Suite struct DiacriticsDecoderTests {
    @Test func theContextPicksTheSpelling() {
        let restorer = TinyWorld.restorer
        #expect(restorer.restore("chuyen doi so").text == "chuyển đổi số")
        #expect(restorer.restore("so sanh ket qua").text == "so sánh kết quả")
        #expect(restorer.restore("nguoi dan chuyen doi so, nguoi dan so sanh").text
                == "người dân chuyển đổi số, người dân so sánh")
    }

    @Test func theShippedModelReadsSoAfterChuyenDoiAsSo() throws {
        let restorer = try shippedRestorer.get()
        let restored = restorer.restore("Ngay Chuyen doi so quoc gia")
        #expect(restored.text == "Ngày Chuyển đổi số quốc gia")
    }

    @Test func aCoinTossIsMarkedUnsureAndAClearChoiceIsNot() throws {
        let restorer = TinyWorld.restorer
        let restored = restorer.restore("noi ma\nchuyen doi so")
        let ma = try #require(restored.lines[0].pieces.first { $0.original == "ma" })
        #expect(["mà", "má"].contains(ma.restored))
        #expect(ma.unsure)
        #expect(ma.confidence < DiacriticsRestorer.unsureBelow)
        let so = try #require(restored.lines[1].pieces.first { $0.original == "so" })
        #expect(so.restored == "số")
        #expect(!so.unsure)
        #expect(restored.unsurePieces.map(\.original) == ["ma"])
    }

    @Test func confidenceGrowsWithTheMargin() {
        #expect(DiacriticsRestorer.confidence(margin: 0) == 0.5)
        #expect(DiacriticsRestorer.confidence(margin: 3) > 0.95)
        #expect(DiacriticsRestorer.confidence(margin: .infinity) == 1)
    }
}
