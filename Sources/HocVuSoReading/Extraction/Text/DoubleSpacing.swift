/// Some files put a blank line after every line (a Word file saved as text, double spacing). There a blank line
/// is only a line break, and a paragraph needs more: the counts of `breaksBefore` are brought back to 0 (same
/// line), 1 (next line) and 2 (new paragraph).
enum DoubleSpacing {
    /// Hard-wrapped lines are short; a file with one paragraph per line has long ones and its blank lines do
    /// separate paragraphs.
    static let wrappedLineLength = 110

    static func normalise(_ tokens: [TextToken]) -> [TextToken] {
        let single = tokens.filter { $0.breaksBefore == 1 }.count
        let double = tokens.filter { $0.breaksBefore == 2 }.count
        var lineStarts = tokens.indices.filter { tokens[$0].breaksBefore > 0 }
        lineStarts.insert(0, at: 0)
        var lengths: [Int] = []
        for (n, start) in lineStarts.enumerated() where !tokens.isEmpty {
            let last = n + 1 < lineStarts.count ? lineStarts[n + 1] - 1 : tokens.count - 1
            if last >= start { lengths.append(tokens[last].end - tokens[start].start) }
        }
        let averageLine = lengths.isEmpty ? 0 : lengths.reduce(0, +) / lengths.count
        let doubleSpaced = double > single * 8 && double >= 20 && averageLine < wrappedLineLength
        return tokens.map { token in
            var token = token
            if doubleSpaced {
                token.breaksBefore = token.breaksBefore >= 3 ? 2 : min(token.breaksBefore, 1)
            } else {
                token.breaksBefore = min(token.breaksBefore, 2)
            }
            return token
        }
    }
}
