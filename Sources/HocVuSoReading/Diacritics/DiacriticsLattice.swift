import Foundation

/// The best spelling of every position of a phrase under the trigram model, and how sure it is.
///
/// A state is the pair (spelling at t-1, spelling at t). A forward and a backward max-product pass give, for every
/// spelling at every position, the score of the best whole-phrase reading that uses it (its max-marginal). The
/// chosen spelling has the highest; the gap to the runner-up, in natural-log units, is the margin: 0 means a coin
/// toss, 2.2 means the runner-up's best reading is 9 times less likely.
enum DiacriticsLattice {
    struct Choice: Equatable, Sendable {
        var index: Int
        var margin: Float
    }

    static func decode(_ slots: [[Int32]], model: DiacriticsModel) -> [Choice] {
        let n = slots.count
        guard n > 0 else { return [] }
        let start: [Int32] = [DiacriticsModel.boundary]
        // Candidate lists with two boundary positions in front: index t + 2 is slot t.
        let lists = [start, start] + slots
        func size(_ t: Int) -> Int { lists[t + 2].count }

        // transitions[t][h][i][j] = ln P(slot t = j | slot t-2 = h, slot t-1 = i), flattened.
        var transitions: [[Float]] = []
        transitions.reserveCapacity(n + 1)
        for t in 0...n {
            transitions.append(model.transitionTable(lists[t], lists[t + 1], t == n ? start : lists[t + 2]))
        }

        // Forward: alpha[t][i * size(t) + j], state (slot t-1 = i, slot t = j).
        var alpha: [[Float]] = []
        alpha.reserveCapacity(n)
        for t in 0..<n {
            let H = size(t - 2), I = size(t - 1), J = size(t)
            var current = [Float](repeating: -.infinity, count: I * J)
            for i in 0..<I {
                for j in 0..<J {
                    var best: Float = -.infinity
                    for h in 0..<H {
                        let previous: Float = t == 0 ? 0 : alpha[t - 1][h * I + i]
                        let score = previous + transitions[t][(h * I + i) * J + j]
                        if score > best { best = score }
                    }
                    current[i * J + j] = best
                }
            }
            alpha.append(current)
        }

        // Backward: beta[t][i * size(t) + j] = best score of the rest of the phrase after state (i, j) at t.
        var beta = [[Float]](repeating: [], count: n)
        for t in stride(from: n - 1, through: 0, by: -1) {
            let I = size(t - 1), J = size(t)
            var current = [Float](repeating: -.infinity, count: I * J)
            let K = t == n - 1 ? 1 : size(t + 1)
            for i in 0..<I {
                for j in 0..<J {
                    var best: Float = -.infinity
                    for k in 0..<K {
                        let rest: Float = t == n - 1 ? 0 : beta[t + 1][j * K + k]
                        let score = transitions[t + 1][(i * J + j) * K + k] + rest
                        if score > best { best = score }
                    }
                    current[i * J + j] = best
                }
            }
            beta[t] = current
        }

        var choices: [Choice] = []
        choices.reserveCapacity(n)
        for t in 0..<n {
            let I = size(t - 1), J = size(t)
            var marginals = [Float](repeating: -.infinity, count: J)
            for i in 0..<I {
                for j in 0..<J {
                    let score = alpha[t][i * J + j] + beta[t][i * J + j]
                    if score > marginals[j] { marginals[j] = score }
                }
            }
            var best = 0
            for j in 1..<max(J, 1) where marginals[j] > marginals[best] { best = j }
            var second: Float = -.infinity
            for j in 0..<J where j != best && marginals[j] > second { second = marginals[j] }
            choices.append(Choice(index: best, margin: J == 1 ? .infinity : marginals[best] - second))
        }
        return choices
    }
}
