/// Whether a figure is a plan's target rather than a result: its sentence says so ("phấn đấu", "mục tiêu", "chỉ
/// tiêu"), or it sits under a heading that does ("III. MỤC TIÊU CỤ THỂ").
enum TargetWording {
    static let phrases: [[String]] = [["phan", "dau"], ["muc", "tieu"], ["chi", "tieu"]]

    static func isTarget(sentence: Sentence, in text: ReadingText) -> Bool {
        if sentence.tokens.contains(where: { i in phrases.contains { FuzzyWord.matches($0, in: text, at: i) } }) { return true }
        // The nearest heading above: a line opening with a Roman numeral and a dot.
        let t = text.tokens
        var i = sentence.tokens.lowerBound - 1
        while i >= 0 {
            if t[i].startsLine, t[i].kind == .word, RomanNumeral.value(t[i].text) != nil, i + 1 < t.count, t[i + 1].isSymbol(".") {
                var end = i + 2
                while end < t.count, !t[end].startsLine { end += 1 }
                return (i + 2..<end).contains { j in phrases.contains { FuzzyWord.matches($0, in: text, at: j) } }
            }
            i -= 1
        }
        return false
    }
}
