/// A deflate stream written by hand with the fixed Huffman code: `prefix`, then `runs` × 258 copies of its last
/// byte (one 13-bit back-reference each, about 159:1), then `suffix`. Enough to build zip bombs without zlib.
enum DeflateBomb {
    static func stream(prefix: [UInt8], runs: Int, suffix: [UInt8]) -> [UInt8] {
        var w = BitWriter()
        w.bits(1, 1)   // BFINAL
        w.bits(1, 2)   // BTYPE = fixed Huffman
        for b in prefix { w.literal(Int(b)) }
        for _ in 0..<runs {
            w.code(0xC0 + (285 - 280), 8)   // length 258
            w.code(0, 5)                    // distance 1
        }
        for b in suffix { w.literal(Int(b)) }
        w.code(0, 7)   // end of block (256)
        return w.finish()
    }

    private struct BitWriter {
        var out: [UInt8] = []
        var current: UInt32 = 0
        var filled: UInt32 = 0

        /// `count` bits of `value`, least significant first (header fields, extra bits).
        mutating func bits(_ value: Int, _ count: Int) {
            for i in 0..<count {
                current |= UInt32((value >> i) & 1) << filled
                filled += 1
                if filled == 8 {
                    out.append(UInt8(current))
                    current = 0
                    filled = 0
                }
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func code(_ value: Int, _ length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { bits((value >> i) & 1, 1) }
        }

        mutating func literal(_ b: Int) {
            if b < 144 { code(0x30 + b, 8) } else { code(0x190 + b - 144, 9) }
        }

        mutating func finish() -> [UInt8] {
            if filled > 0 { out.append(UInt8(current)) }
            return out
        }
    }
}
