import Foundation

/// A syllable trigram language model with interpolated Kneser–Ney smoothing, over lower-case normalised
/// syllables. Rare n-grams are pruned at training time; the probability mass they leave is given to the lower
/// order, so the pruned model still sums to about one.
///
/// Ids 0, 1 and 2 are the phrase boundary, an unknown word and a number.
public struct DiacriticsModel: Sendable, Equatable {
    static let boundary: Int32 = 0
    static let unknown: Int32 = 1
    static let number: Int32 = 2
    static let specialWords = ["<s>", "<unk>", "<num>"]

    /// Id → word, and how often it occurred (as a history: every occurrence is followed by a word or a boundary).
    public let words: [String]
    let counts: [UInt32]
    let bigrams: [UInt64: UInt32]
    let trigrams: [UInt64: UInt32]
    /// The absolute discounts of the bigram and trigram orders.
    let bigramDiscount: Double
    let trigramDiscount: Double

    // Derived when the model is built.
    let ids: [String: Int32]
    let unigram: [Double]
    /// The probability mass a history leaves to the lower order (1 for a history never seen).
    let bigramBackoff: [Double]
    let trigramBackoff: [UInt64: Double]

    public static func == (lhs: DiacriticsModel, rhs: DiacriticsModel) -> Bool {
        lhs.words == rhs.words && lhs.counts == rhs.counts && lhs.bigrams == rhs.bigrams
            && lhs.trigrams == rhs.trigrams && lhs.bigramDiscount == rhs.bigramDiscount
            && lhs.trigramDiscount == rhs.trigramDiscount
    }

    init(words: [String], counts: [UInt32], bigrams: [UInt64: UInt32], trigrams: [UInt64: UInt32],
         bigramDiscount: Double, trigramDiscount: Double) {
        self.words = words
        self.counts = counts
        self.bigrams = bigrams
        self.trigrams = trigrams
        self.bigramDiscount = bigramDiscount
        self.trigramDiscount = trigramDiscount
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(words.count)
        for (id, word) in words.enumerated() { ids[word] = Int32(id) }
        self.ids = ids

        // Unigram: continuation counts (how many different words precede w), add-one smoothed.
        var continuation = [Double](repeating: 0, count: words.count)
        var bigramMass = [Double](repeating: 0, count: words.count)
        for (key, count) in bigrams {
            let (v, w) = Self.split2(key)
            continuation[Int(w)] += 1
            bigramMass[Int(v)] += max(Double(count) - bigramDiscount, 0)
        }
        // The lowest order mixes the continuation counts with plain frequency: on a small corpus a frequent word
        // seen after few different words ("phường", mostly at the start of a unit name) would otherwise be
        // starved by the continuation counts alone.
        let total = Double(bigrams.count + words.count)
        let occurrences = Double(counts.reduce(0) { $0 + UInt64($1) } + UInt64(words.count))
        self.unigram = zip(continuation, counts).map { continued, count in
            0.5 * (continued + 1) / total + 0.5 * (Double(count) + 1) / occurrences
        }
        self.bigramBackoff = counts.enumerated().map { id, count in
            count == 0 ? 1 : max(1 - bigramMass[id] / Double(count), 1e-6)
        }
        var trigramMass: [UInt64: Double] = [:]
        for (key, count) in trigrams {
            trigramMass[key >> 21, default: 0] += max(Double(count) - trigramDiscount, 0)
        }
        var trigramBackoff: [UInt64: Double] = [:]
        trigramBackoff.reserveCapacity(trigramMass.count)
        for (history, mass) in trigramMass {
            guard let count = bigrams[history] else { continue }
            trigramBackoff[history] = max(1 - mass / Double(count), 1e-6)
        }
        self.trigramBackoff = trigramBackoff
    }

    /// The id of a lower-case normalised word, or the unknown id.
    @inline(__always)
    func id(_ word: String) -> Int32 {
        ids[word] ?? Self.unknown
    }

    /// How often `id` occurred in training.
    @inline(__always)
    func count(_ id: Int32) -> UInt32 {
        counts[Int(id)]
    }

    /// ln P(w | u v).
    @inline(__always)
    func logProbability(_ w: Int32, after u: Int32, _ v: Int32) -> Float {
        let bigramKey = Self.key(v, w)
        let history = Self.key(u, v)
        let lower = bigramProbability(w, after: v, key: bigramKey)
        guard let backoff = trigramBackoff[history] else { return Float(log(lower)) }
        var p = backoff * lower
        if let count = trigrams[history << 21 | UInt64(UInt32(w))], let historyCount = bigrams[history] {
            p += (Double(count) - trigramDiscount) / Double(historyCount)
        }
        return Float(log(p))
    }

    @inline(__always)
    func bigramProbability(_ w: Int32, after v: Int32, key: UInt64) -> Double {
        let unigram = self.unigram[Int(w)]
        let historyCount = counts[Int(v)]
        guard historyCount > 0 else { return unigram }
        var p = bigramBackoff[Int(v)] * unigram
        if let count = bigrams[key] { p += (Double(count) - bigramDiscount) / Double(historyCount) }
        return p
    }

    // MARK: Keys (ids below 2^21)

    static let maximumWords = 1 << 21

    @inline(__always)
    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(a)) << 21 | UInt64(UInt32(b))
    }

    @inline(__always)
    static func key(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
        key(a, b) << 21 | UInt64(UInt32(c))
    }

    @inline(__always)
    static func split2(_ key: UInt64) -> (Int32, Int32) {
        (Int32(key >> 21), Int32(key & 0x1F_FFFF))
    }

    @inline(__always)
    static func split3(_ key: UInt64) -> (Int32, Int32, Int32) {
        (Int32(key >> 42), Int32((key >> 21) & 0x1F_FFFF), Int32(key & 0x1F_FFFF))
    }
}
