/// Finds the first byte that is not valid UTF-8, across chunk boundaries, without decoding.
/// Rules per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
struct UTF8Validator {
    /// An incomplete sequence at the end of the previous chunk.
    private var pending: [UInt8] = []

    /// The index in `bytes` of the lead byte of the first invalid sequence, or nil when all is valid so far.
    /// A negative index points back into the previous chunk (the sequence began there).
    mutating func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        if !pending.isEmpty {
            let need = Self.sequenceLength(pending[0]) - pending.count
            let joined = pending + bytes.prefix(need)
            let result = joined.withUnsafeBufferPointer { Self.scan($0, from: 0) }
            switch result {
            case .invalid: return -pending.count
            case .truncated:
                pending = joined
                return nil
            case .valid:
                start = need
                pending = []
            }
        }
        switch Self.scan(bytes, from: start) {
        case .valid: return nil
        case .invalid(let at): return at
        case .truncated(let from):
            pending = Array(bytes[from...])
            return nil
        }
    }

    /// True when the input did not end in the middle of a sequence.
    var isComplete: Bool { pending.isEmpty }

    /// Bytes of the unfinished sequence at the end of the input.
    var pendingCount: Int { pending.count }

    enum ScanResult {
        case valid
        case invalid(at: Int)
        case truncated(from: Int)
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> ScanResult {
        let n = b.count
        guard n > 0, let base = b.baseAddress else { return .valid }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i < n {
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            if i >= n { break }
            let c = base[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalid(at: i)
            }
            for k in 1..<length {
                guard i + k < n else { return .truncated(from: i) }
                let next = base[i + k]
                if k == 1 {
                    if next < low || next > high { return .invalid(at: i) }
                } else if next & 0xC0 != 0x80 {
                    return .invalid(at: i)
                }
            }
            i += length
        }
        return .valid
    }
}
