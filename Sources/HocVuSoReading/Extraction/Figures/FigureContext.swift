/// The words around a figure, folded, for the classifier: the subject after the number (its first words, then
/// the rest of the clause), the words before it in its sentence, and the whole sentence.
struct FigureContext {
    /// The counted noun (or, for a percent, the words after "%") to the end of the clause, at most 8 words.
    var after: [String]
    /// The first three words of `after`, without "các", "số", "tổng số".
    var head: [String]
    /// The words before the number in its sentence (from at most 20 tokens back).
    var before: [String]
    var sentence: [String]
    /// The words of the number's clause before it (after the last ",", ";" or ":").
    var clauseBefore: [String]
    /// The number follows "là" or ":": what is counted was named before it ("số người hoàn thành … là 8.905 người").
    var subjectBefore: Bool

    init(text: ReadingText, number: Int, subjectStart: Int, sentence: Sentence) {
        let t = text.tokens
        var end = subjectStart
        var words = 0
        while end < sentence.tokens.upperBound, words < 12 {
            if t[end].kind == .symbol, [".", ";", ":", "("].contains(t[end].text) { break }
            if t[end].kind == .word { words += 1 }
            end += 1
        }
        after = Self.words(text, subjectStart..<end)
        head = Array(after.drop { ["cac", "so", "tong", "nhung"].contains($0) }.prefix(3))
        before = Self.words(text, max(sentence.tokens.lowerBound, number - 20)..<number)
        self.sentence = Self.words(text, sentence.tokens)
        var clauseStart = number
        while clauseStart > sentence.tokens.lowerBound, !(t[clauseStart - 1].kind == .symbol && [",", ";", ":"].contains(t[clauseStart - 1].text)) {
            clauseStart -= 1
        }
        clauseBefore = Self.words(text, clauseStart..<number)
        let previous = number > 0 ? t[number - 1] : nil
        subjectBefore = previous.map { $0.isWord("la") || $0.isSymbol(":") } ?? false
        if after.isEmpty {
            // "Tỷ lệ hộ kinh doanh … đạt 95,2%": the head is what follows "tỷ lệ", else the clause before.
            if let rate = Self.lastIndex(of: ["ty", "le"], in: before) {
                head = Array(before[(rate + 2)...].drop { ["cac", "so"].contains($0) }.prefix(3))
            } else {
                head = clauseBefore.count >= 2 ? clauseBefore : before
            }
        }
    }

    static func lastIndex(of phrase: [String], in words: [String]) -> Int? {
        guard words.count >= phrase.count else { return nil }
        return (0...(words.count - phrase.count)).last { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    static func words(_ text: ReadingText, _ range: Range<Int>) -> [String] {
        text.tokens[range].filter { $0.kind == .word }.map(\.text)
    }

    func afterHas(_ phrases: String...) -> Bool { phrases.contains { Self.contains(after, $0) } }
    func headHas(_ phrases: String...) -> Bool { phrases.contains { Self.contains(head, $0) } }
    /// Whether the head opens with one of the phrases: the noun counted.
    func headIs(_ phrases: String...) -> Bool { phrases.contains { Self.matches(head, $0.split(separator: " "), at: 0) } }
    func clauseHas(_ phrases: String...) -> Bool { phrases.contains { Self.contains(clauseBefore, $0) } }
    func beforeHas(_ phrases: String...) -> Bool { phrases.contains { Self.contains(before, $0) } }
    func sentenceHas(_ phrases: String...) -> Bool { phrases.contains { Self.contains(sentence, $0) } }

    /// Whether `words` contain `phrase`. A phrase word ending in "*" matches any word it begins ("can b*" for "cán
    /// bộ" read "can bg"); a word of four letters or more also matches with one letter misread ("gido" for "giao").
    static func contains(_ words: [String], _ phrase: String) -> Bool {
        let parts = phrase.split(separator: " ")
        guard !parts.isEmpty, words.count >= parts.count else { return false }
        return (0...(words.count - parts.count)).contains { matches(words, parts, at: $0) }
    }

    static func matches(_ words: [String], _ parts: [Substring], at start: Int) -> Bool {
        guard start + parts.count <= words.count else { return false }
        for (offset, part) in parts.enumerated() {
            let word = words[start + offset]
            if part.hasSuffix("*") {
                guard word.hasPrefix(part.dropLast()) else { return false }
            } else if word != part {
                guard part.count >= 4, word.count == part.count,
                      zip(word.utf8, part.utf8).filter({ $0 != $1 }).count == 1, word.first == part.first else { return false }
            }
        }
        return true
    }
}
