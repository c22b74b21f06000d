import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

@Suite("CSV: encodings")
struct CSVEncodingTests {
    static let expected = [["Họ và tên", "Ghi chú"], ["Đặng Thanh Mai", "Chủ hộ"]]
    static let text = "Họ và tên,Ghi chú\r\nĐặng Thanh Mai,Chủ hộ\r\n"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try CSVReader.read(Data(Self.text.utf8)).rows == Self.expected)
        #expect(try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))).rows == Self.expected)
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + utf16LE(Self.text)
        let be: [UInt8] = [0xFE, 0xFF] + utf16BE(Self.text)
        #expect(try CSVReader.read(Data(le)).rows == Self.expected)
        #expect(try CSVReader.read(Data(be)).rows == Self.expected)
        // Excel's "Unicode Text" is UTF-16 LE, tab-separated.
        #expect(try CSVReader.read(Data([0xFF, 0xFE] + utf16LE("a\tb\r\n1\t2\r\n"))).rows == [["a", "b"], ["1", "2"]])
    }

    @Test func utf16WithoutBOMIsRecognised() throws {
        #expect(try CSVReader.read(Data(utf16LE("a,b\r\n1,2\r\n"))).rows == [["a", "b"], ["1", "2"]])
    }

    @Test func brokenUTF16IsRefused() {
        // A lone high surrogate.
        expectDomainError("file.encoding") { _ = try CSVReader.read(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])) }
    }

    @Test func windows1258IsRefusedWithTheLineAndOffset() {
        // "Ho ten,Ghi chu\r\n" then "Nguy\xD2n" in Windows-1258 (0xD2 alone is not UTF-8) on line 3.
        var bytes = Array("Ho ten,Ghi chu\r\nAn,1\r\nNguy".utf8)
        let offset = bytes.count
        bytes += [0xD2, 0x6E] + Array(",2\r\n".utf8)
        let error = expectDomainError("file.encoding") { _ = try CSVReader.read(Data(bytes)) }
        #expect(error?.kind == .invalid)
        #expect(error?.message.contains("dòng 3") == true)
        #expect(error?.message.contains("byte thứ \(offset + 1)") == true)
        #expect(error?.message.contains("CSV UTF-8") == true)
        #expect(error?.details.first?.row == 3)
        #expect(error?.details.first?.value == "Nguy\u{FFFD}n,2")
    }

    @Test func tcvn3BytesAreRefused() {
        // TCVN3 (ABC) puts Vietnamese letters in 0x80–0xFF: "Hµ Néi" (Hà Nội).
        let bytes: [UInt8] = Array("Tinh\n".utf8) + [0x48, 0xB5, 0x20, 0x4E, 0xA9, 0x69, 0x0A]
        let error = expectDomainError("file.encoding") { _ = try CSVReader.read(Data(bytes)) }
        #expect(error?.details.first?.row == 2)
    }

    @Test func badBytesAfterAnInitialBOMCountFromTheTextStart() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xC3, 0x28]
        let error = expectDomainError("file.encoding") { _ = try CSVReader.read(Data(bytes)) }
        #expect(error?.message.contains("byte thứ 3 ") == true)
    }

    @Test func overlongsSurrogatesAndTruncatedSequencesAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                             [0xF8, 0x88, 0x80, 0x80], [0xE1, 0x80]] {
            expectDomainError("file.encoding") { _ = try CSVReader.read(Data(Array("x,".utf8) + bad)) }
        }
    }

    @Test func aBadSequenceSplitAcrossStreamChunksIsFound() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hv-enc-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        // "ễ" (E1 BB 85) straddles the 4 KiB boundary, then a broken sequence follows in the next chunk.
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 4_095) + [0xE1, 0xBB, 0x85, 0x0A]
        bytes += Array("ok\n".utf8) + [0xE1, 0x41]
        try Data(bytes).write(to: url)
        var rows = 0
        let error = expectDomainError("file.encoding") {
            try CSVReader.forEachRow(contentsOf: url, chunkSize: 4_096) { _ in rows += 1 }
        }
        #expect(error?.details.first?.row == 3)
        #expect(error?.message.contains("byte thứ \(4_095 + 4 + 3 + 1)") == true)
    }
}

private func utf16LE(_ s: String) -> [UInt8] {
    s.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
}

private func utf16BE(_ s: String) -> [UInt8] {
    s.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
}
