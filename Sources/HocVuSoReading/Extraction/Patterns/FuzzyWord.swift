/// Compares folded words as OCR leaves them: equal, or (for words of three letters or more) one substitution,
/// insertion or deletion apart with the same first letter ("vin" for "van", "thugng" for "thuong").
enum FuzzyWord {
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 3, b.count >= 3, a.first == b.first else { return false }
        return distance(Array(a.utf8), Array(b.utf8), limit: 1) <= 1
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether the tokens from `index` spell `phrase`, word by word, OCR-tolerant.
    static func matches(_ phrase: [String], in text: ReadingText, at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= text.tokens.count else { return false }
        for (offset, word) in phrase.enumerated() {
            let token = text.tokens[index + offset]
            guard token.kind == .word, same(token.text, word) else { return false }
        }
        return true
    }
}
