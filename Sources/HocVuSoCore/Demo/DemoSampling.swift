import Foundation

// Sampling helpers for the demo generator. Everything here is hot-path code: no Foundation
// formatting, no per-call allocation.

/// A table of values with relative weights, sampled in O(log n) by binary search over
/// pre-computed cumulative 32-bit thresholds.
struct WeightedTable<Value: Sendable>: Sendable {
    let values: [Value]
    /// `thresholds[i]` is the exclusive upper bound of entry `i` on the scale 0..<2^32.
    private let thresholds: [UInt64]

    init(_ entries: [(Value, Double)]) {
        precondition(!entries.isEmpty, "a weighted table needs at least one entry")
        let total = entries.reduce(0.0) { $0 + max(0, $1.1) }
        precondition(total > 0, "a weighted table needs a positive total weight")
        var cumulative = 0.0
        var thresholds: [UInt64] = []
        thresholds.reserveCapacity(entries.count)
        for entry in entries {
            cumulative += max(0, entry.1)
            thresholds.append(UInt64((cumulative / total * 4_294_967_296.0).rounded()))
        }
        thresholds[thresholds.count - 1] = 1 << 32
        self.values = entries.map(\.0)
        self.thresholds = thresholds
    }

    var count: Int { values.count }

    func pickIndex(_ rng: inout SeededGenerator) -> Int {
        let r = rng.next() >> 32
        var lo = 0
        var hi = thresholds.count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if r < thresholds[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    func pick(_ rng: inout SeededGenerator) -> Value {
        values[pickIndex(&rng)]
    }

    /// The share of entry `index` (0...1), for tests and documentation.
    func share(of index: Int) -> Double {
        let upper = Double(thresholds[index])
        let lower = index == 0 ? 0 : Double(thresholds[index - 1])
        return (upper - lower) / 4_294_967_296.0
    }
}

extension SeededGenerator {
    /// A uniform integer in `0..<bound` (bound > 0), by multiply-shift (bias below 2^-32).
    @inline(__always)
    mutating func demoInt(below bound: Int) -> Int {
        Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// A uniform integer in `range`.
    @inline(__always)
    mutating func demoInt(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + demoInt(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p`.
    @inline(__always)
    mutating func demoChance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// A uniform double in `0..<1`.
    @inline(__always)
    mutating func demoUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A Fisher–Yates shuffle driven by this generator (stable across platforms, unlike `shuffle(using:)`'s contract).
    mutating func demoShuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = demoInt(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }
}

/// A name fragment kept both as text and as UTF-8 bytes so full names can be assembled with
/// a single allocation.
struct TextPiece: Sendable {
    let text: String
    let utf8: [UInt8]

    init(_ text: String) {
        self.text = text
        self.utf8 = Array(text.utf8)
    }
}

enum DemoText {
    /// Joins pieces with single spaces into one String with a single allocation (none for
    /// strings of up to 15 bytes).
    @inline(__always)
    static func join(_ a: TextPiece, _ b: TextPiece?, _ c: TextPiece?, _ d: TextPiece) -> String {
        var length = a.utf8.count + d.utf8.count + 1
        if let b { length += b.utf8.count + 1 }
        if let c { length += c.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            @inline(__always) func put(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { source in
                    (base + offset).update(from: source.baseAddress!, count: source.count)
                }
                offset += bytes.count
            }
            put(a.utf8)
            if let b { base[offset] = 0x20; offset += 1; put(b.utf8) }
            if let c { base[offset] = 0x20; offset += 1; put(c.utf8) }
            base[offset] = 0x20
            offset += 1
            put(d.utf8)
            return offset
        }
    }

    /// Decimal digits of `value`, left-padded with zeros to `width`, written at `offset`.
    @inline(__always)
    static func putDigits(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var v = value
        var i = offset + width - 1
        while i >= offset {
            buffer[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
            i -= 1
        }
    }
}
