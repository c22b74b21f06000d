import Foundation

extension DiacriticsModel {
    /// The unknown word stands for every word too rare to be kept; one particular unknown spelling gets a share of
    /// its probability (about one in 3,000, the size of the tail the pruning cuts off), so a never-seen spelling
    /// does not beat the common one just because the whole tail is likely.
    static let unknownPenalty = Float(log(3000.0))

    /// ln P(j | h i) for every h of `hs`, i of `is_` and j of `js`, flattened as [h][i][j]. The same numbers as
    /// `logProbability`, computed with one bigram look-up per (i, j) and one trigram history look-up per (h, i):
    /// most histories of a candidate lattice were never seen, and their rows are the bigram row.
    func transitionTable(_ hs: [Int32], _ is_: [Int32], _ js: [Int32]) -> [Float] {
        let I = is_.count, J = js.count
        var lower = [Double](repeating: 0, count: I * J)
        var logLower = [Float](repeating: 0, count: I * J)
        for (ii, i) in is_.enumerated() {
            for (jj, j) in js.enumerated() {
                let p = bigramProbability(j, after: i, key: Self.key(i, j))
                lower[ii * J + jj] = p
                logLower[ii * J + jj] = Float(log(p)) - (j == Self.unknown ? Self.unknownPenalty : 0)
            }
        }
        var table = [Float](repeating: 0, count: hs.count * I * J)
        for (hh, h) in hs.enumerated() {
            for (ii, i) in is_.enumerated() {
                let base = (hh * I + ii) * J
                let history = Self.key(h, i)
                guard let backoff = trigramBackoff[history] else {
                    for jj in 0..<J { table[base + jj] = logLower[ii * J + jj] }
                    continue
                }
                let historyCount = bigrams[history].map(Double.init)
                for (jj, j) in js.enumerated() {
                    var p = backoff * lower[ii * J + jj]
                    if let historyCount, let count = trigrams[history << 21 | UInt64(UInt32(j))] {
                        p += (Double(count) - trigramDiscount) / historyCount
                    }
                    table[base + jj] = Float(log(p)) - (j == Self.unknown ? Self.unknownPenalty : 0)
                }
            }
        }
        return table
    }
}
