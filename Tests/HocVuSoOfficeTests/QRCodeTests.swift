import Foundation
import HocVuSoTestSupport
@testable import HocVuSoOffice
import Testing

@Suite("QR codes: encoding, PNG and SVG")
struct QRCodeTests {
    static let url = "https://hocvuso.example.vn/xac-minh/HV-7K3Q-9XW2-MD?nguon=qr&trang=1"
    static let vietnamese = "Giấy chứng nhận của Nguyễn Thị Hồng Nhung, xã Thượng Hồng, TP Hải Phòng — “Bình dân học vụ số”"

    /// Writes the symbol as PNG and reads it back with a real decoder.
    static func decoded(_ code: QRCode, scale: Int = 8) async throws -> String {
        let folder = try Tool.temporaryFolder("qr")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "qr.png")
        try code.png(scale: scale).write(to: file)
        return try await Tool.decodeQR(file)
    }

    @Test func asciiURLRoundTripsThroughZbar() async throws {
        #expect(try await Self.decoded(QRCode.encode(Self.url)) == Self.url)
    }

    @Test func vietnameseUTF8RoundTripsThroughZbar() async throws {
        let text = try await Self.decoded(QRCode.encode(Self.vietnamese))
        #expect(text.precomposedStringWithCanonicalMapping == Self.vietnamese)
    }

    @Test func imageLargerThanOneStoredBlockDecodes() async throws {
        let text = String(repeating: "Bình dân học vụ số 2026. ", count: 12)
        let code = try QRCode.encode(text)
        let png = code.png(scale: 20)
        #expect((code.size + 8) * 20 * ((code.size + 8) * 20 + 7) / 8 > 3 * 65_535)
        #expect(png.count > 3 * 65_535)
        #expect(try await Self.decoded(code, scale: 20) == text)
    }

    @Test func sizeGrowsWithVersion() throws {
        #expect(try QRCode.encode("1").size == 21)
        let long = try QRCode.encode(String(repeating: "x", count: 500))
        #expect(long.size > 21 && (long.size - 17) % 4 == 0)
        #expect(long.isDark(x: 0, y: 0))   // finder pattern corner
        #expect(!long.isDark(x: -1, y: 0) && !long.isDark(x: long.size, y: 0))
    }

    @Test func pngHeaderDescribesAOneBitGrayscaleImage() throws {
        let code = try QRCode.encode(Self.url)
        let png = [UInt8](code.png(scale: 3, border: 4))
        #expect(png.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == (code.size + 8) * 3)
        #expect(png[24] == 1 && png[25] == 0)   // bit depth 1, grayscale
        #expect(String(decoding: png.suffix(8).prefix(4), as: UTF8.self) == "IEND")
    }

    @Test func checksumsMatchKnownValues() {
        #expect(Checksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksums.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(Checksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Checksums.adler32([UInt8](repeating: 0xFF, count: 100_000)) == Self.slowAdler32(count: 100_000))
    }

    static func slowAdler32(count: Int) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for _ in 0..<count {
            a = (a + 0xFF) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    @Test func svgPathCoversExactlyTheDarkModules() throws {
        let code = try QRCode.encode(Self.url)
        let svg = code.svg(moduleSize: 4, border: 4)
        let side = code.size + 8
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("width=\"\(side * 4)\""))
        #expect(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
        #expect(svg.components(separatedBy: "<path").count == 2)

        var painted = Set<Int>()
        let runs = svg.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/)
        for run in runs {
            let (x, y, w) = (Int(run.1)! - 4, Int(run.2)! - 4, Int(run.3)!)
            #expect(run.3 == run.4)
            for dx in 0..<w { painted.insert(y * code.size + x + dx) }
        }
        var dark = Set<Int>()
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) { dark.insert(y * code.size + x) }
        }
        #expect(painted == dark)
        // Horizontal runs are merged: fewer sub-paths than dark modules, and no two runs touch.
        #expect(runs.count < dark.count)
        let ends = Set(runs.map { "\(Int($0.1)! + Int($0.3)!),\($0.2)" })
        #expect(runs.allSatisfy { !ends.contains("\($0.1),\($0.2)") })
    }

    @Test func emptyTextIsRefused() {
        expectDomainError("qr.encode") { _ = try QRCode.encode("") }
        expectDomainError("qr.encode") { _ = try QRCode.encode("a\u{0}b") }
    }

    @Test func textTooLongForAnySymbolIsRefused() {
        expectDomainError("qr.tooLong") { _ = try QRCode.encode(String(repeating: "ă", count: 2_000)) }
    }
}
