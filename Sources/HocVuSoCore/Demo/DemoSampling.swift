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

    func threshold(_ index: Int) -> UInt64 { thresholds[index] }

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

/// An immutable weighted table of short UTF-8 strings (name parts) kept in storage that lives
/// as long as the process and is never freed. Copying the table and drawing from it involve no
/// reference counting, which matters when assembling millions of names. Only for static tables.
struct FlatTextTable: @unchecked Sendable {
    let count: Int
    /// Exclusive upper bounds on the scale 0..<2^32 (see `WeightedTable`).
    private let thresholds: UnsafePointer<UInt64>
    /// `count + 1` byte offsets into `bytes`.
    private let offsets: UnsafePointer<Int>
    private let bytes: UnsafePointer<UInt8>

    init(_ entries: [(String, Double)]) {
        precondition(!entries.isEmpty)
        let weights = WeightedTable(entries)
        count = entries.count
        let thresholdStorage = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        for i in 0..<count { thresholdStorage[i] = weights.threshold(i) }
        let utf8 = entries.map { Array($0.0.utf8) }
        let offsetStorage = UnsafeMutablePointer<Int>.allocate(capacity: count + 1)
        var total = 0
        for (i, part) in utf8.enumerated() { offsetStorage[i] = total; total += part.count }
        offsetStorage[count] = total
        let byteStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, total))
        for (i, part) in utf8.enumerated() {
            part.withUnsafeBufferPointer { byteStorage.advanced(by: offsetStorage[i]).update(from: $0.baseAddress!, count: part.count) }
        }
        thresholds = UnsafePointer(thresholdStorage)
        offsets = UnsafePointer(offsetStorage)
        bytes = UnsafePointer(byteStorage)
    }

    @inline(__always)
    func pickIndex(_ rng: inout SeededGenerator) -> Int {
        let r = rng.next() >> 32
        var lo = 0
        var hi = count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if r < thresholds[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    @inline(__always)
    func length(_ index: Int) -> Int { offsets[index + 1] - offsets[index] }

    @inline(__always)
    func start(_ index: Int) -> UnsafePointer<UInt8> { bytes + offsets[index] }

    func text(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: start(index), count: length(index)), as: UTF8.self)
    }

    /// Whether entry `index` spells the same text as entry `otherIndex` of `other`.
    @inline(__always)
    func same(_ index: Int, as other: FlatTextTable, _ otherIndex: Int) -> Bool {
        let n = length(index)
        return n == other.length(otherIndex) && memcmp(start(index), other.start(otherIndex), n) == 0
    }
}

enum DemoText {
    /// Joins table entries with single spaces into one String with a single allocation (none
    /// for strings of up to 15 bytes).
    @inline(__always)
    static func join(_ t1: FlatTextTable, _ i1: Int, _ t2: FlatTextTable, _ i2: Int,
                     _ t3: FlatTextTable?, _ i3: Int, _ t4: FlatTextTable, _ i4: Int) -> String {
        var length = t1.length(i1) + t2.length(i2) + t4.length(i4) + 2
        if let t3 { length += t3.length(i3) + 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            @inline(__always) func put(_ table: FlatTextTable, _ index: Int) {
                let n = table.length(index)
                (base + offset).update(from: table.start(index), count: n)
                offset += n
            }
            put(t1, i1)
            base[offset] = 0x20; offset += 1
            put(t2, i2)
            if let t3 { base[offset] = 0x20; offset += 1; put(t3, i3) }
            base[offset] = 0x20; offset += 1
            put(t4, i4)
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
