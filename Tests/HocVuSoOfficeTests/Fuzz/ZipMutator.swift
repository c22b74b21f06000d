import HocVuSoCore

/// Breaks zip archives where it hurts: bit flips, truncation inside each region (local headers and data,
/// central directory, end record), and header fields set to extreme values.
enum ZipMutator {
    static let interesting: [UInt32] = [0, 1, 2, 0x7F, 0xFF, 0xFFFF, 0x1_0000, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF]

    static func mutate(_ bytes: inout [UInt8], _ g: inout SeededGenerator) {
        guard !bytes.isEmpty else { return }
        switch g.int(0...7) {
        case 0:
            for _ in 0..<g.int(1...16) { bytes[g.int(0...(bytes.count - 1))] ^= UInt8(1) << UInt8(g.int(0...7)) }
        case 1:
            bytes = Array(bytes.prefix(truncationPoint(bytes, &g)))
        case 2:
            let at = g.int(0...(bytes.count - 1))
            for i in at..<min(bytes.count, at + g.int(1...64)) { bytes[i] = UInt8.random(in: 0...255, using: &g) }
        case 3:
            patch(&bytes, signature: 0x0201_4B50, fields: [(8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2),
                                                          (32, 2), (42, 4)], &g)
        case 4:
            patch(&bytes, signature: 0x0403_4B50, fields: [(6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)], &g)
        case 5:
            patch(&bytes, signature: 0x0605_4B50, fields: [(8, 2), (10, 2), (12, 4), (16, 4), (20, 2)], &g)
        case 6:
            let at = g.int(0...bytes.count)
            bytes.insert(contentsOf: g.bytes(g.length(256)), at: at)
        default:
            let at = g.int(0...(bytes.count - 1))
            bytes.removeSubrange(at..<min(bytes.count, at + g.length(512) + 1))
        }
    }

    /// Somewhere in a local header, in entry data, in the central directory or in the end record.
    static func truncationPoint(_ bytes: [UInt8], _ g: inout SeededGenerator) -> Int {
        let regions = [0x0403_4B50, 0x0201_4B50, 0x0605_4B50].compactMap { signature -> Int? in
            let found = offsets(of: UInt32(signature), in: bytes)
            return found.isEmpty ? nil : g.pick(found)
        }
        guard !regions.isEmpty, g.chance(0.7) else { return g.int(0...bytes.count) }
        return min(bytes.count, g.pick(regions) + g.int(0...60))
    }

    static func patch(_ bytes: inout [UInt8], signature: UInt32, fields: [(offset: Int, size: Int)],
                      _ g: inout SeededGenerator) {
        let found = offsets(of: signature, in: bytes)
        guard !found.isEmpty else { return }
        let field = g.pick(fields)
        let at = g.pick(found) + field.offset
        let value = g.chance(0.7) ? g.pick(interesting) : UInt32.random(in: 0...UInt32.max, using: &g)
        for k in 0..<field.size where at + k < bytes.count {
            bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k)))
        }
    }

    static func offsets(of signature: UInt32, in bytes: [UInt8]) -> [Int] {
        let s = [UInt8(signature & 0xFF), UInt8(signature >> 8 & 0xFF), UInt8(signature >> 16 & 0xFF), UInt8(signature >> 24)]
        guard bytes.count >= 4 else { return [] }
        return (0...(bytes.count - 4)).filter {
            bytes[$0] == s[0] && bytes[$0 + 1] == s[1] && bytes[$0 + 2] == s[2] && bytes[$0 + 3] == s[3]
        }
    }
}
