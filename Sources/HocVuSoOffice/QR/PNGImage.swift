import Foundation

/// A grayscale PNG image, written without compression: the zlib stream is made of stored deflate blocks,
/// so no zlib is needed. Fine for QR codes and other small images; a 1-bit image costs width / 8 bytes a row.
struct PNGImage {
    enum Depth: UInt8 {
        case oneBit = 1
        case eightBit = 8
    }

    let width: Int
    let height: Int
    let depth: Depth
    /// The rows as PNG scanlines without their filter byte: packed MSB first for 1 bit
    /// (1 = white, 0 = black), one byte a pixel for 8 bits.
    let rows: [[UInt8]]

    init(width: Int, height: Int, depth: Depth, rows: [[UInt8]]) {
        precondition(width > 0 && height > 0 && rows.count == height, "a PNG has at least one pixel and one row per line")
        self.width = width
        self.height = height
        self.depth = depth
        self.rows = rows
    }

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The largest payload of one stored deflate block.
    private static let storedBlockLimit = 65_535

    func data() -> Data {
        var header = [UInt8]()
        Self.appendBigEndian(UInt32(width), to: &header)
        Self.appendBigEndian(UInt32(height), to: &header)
        header += [depth.rawValue, 0, 0, 0, 0]   // grayscale, deflate, adaptive filtering, no interlace

        var scanlines = [UInt8]()
        scanlines.reserveCapacity(rows.reduce(0) { $0 + $1.count + 1 })
        for row in rows {
            scanlines.append(0)   // filter type None
            scanlines += row
        }

        var out = Self.signature
        Self.appendChunk("IHDR", header, to: &out)
        Self.appendChunk("IDAT", Self.zlibStored(scanlines), to: &out)
        Self.appendChunk("IEND", [], to: &out)
        return Data(out)
    }

    /// A zlib stream (RFC 1950) whose deflate data (RFC 1951) is a series of stored blocks.
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]   // 32 KiB window, no preset dictionary, "fastest"; 0x7801 % 31 == 0
        var start = 0
        repeat {
            let end = min(start + storedBlockLimit, bytes.count)
            let length = UInt16(end - start)
            out.append(end == bytes.count ? 1 : 0)   // BFINAL, BTYPE 00 (stored)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += bytes[start..<end]
            start = end
        } while start < bytes.count
        appendBigEndian(Checksums.adler32(bytes), to: &out)
        return out
    }

    private static func appendChunk(_ type: String, _ payload: [UInt8], to out: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        appendBigEndian(UInt32(payload.count), to: &out)
        out += typeBytes
        out += payload
        appendBigEndian(Checksums.crc32(payload, continuing: Checksums.crc32(typeBytes)), to: &out)
    }

    private static func appendBigEndian(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
