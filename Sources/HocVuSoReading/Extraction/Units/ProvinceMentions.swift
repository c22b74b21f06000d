import HocVuSoCore

/// Provinces the text names with their type word: "tỉnh Nghệ An", "thành phố Hải Phòng" (OCR "thanh phé"), "TP.
/// Hồ Chí Minh". A bare name is not counted: "Đoàn Thanh niên Cộng sản Hồ Chí Minh" names no province.
struct ProvinceMentions {
    struct Mention {
        var province: AdminUnit
        var tokens: Range<Int>
    }

    let mentions: [Mention]

    init(_ text: ReadingText, index: UnitNameIndex) {
        let t = text.tokens
        var found: [Mention] = []
        var i = 0
        while i < t.count {
            guard let after = Self.typeWordEnd(at: i, t) else { i += 1; continue }
            // The longest name that matches ("Hồ Chí Minh" is never cut to a shorter one).
            let matched = index.provinces
                .filter { FuzzyWord.matchesName($0.words, in: text, at: after) }
                .max { $0.words.count < $1.words.count }
                .map { Mention(province: $0.unit, tokens: i..<(after + $0.words.count)) }
            if let matched {
                found.append(matched)
                i = matched.tokens.upperBound
            } else {
                i += 1
            }
        }
        mentions = found
    }

    /// After "tinh", "thanh pho" (OCR: "thanh phe", "thanh phd"), "tp" (and "tp."): the index of the name.
    static func typeWordEnd(at i: Int, _ t: [TextToken]) -> Int? {
        guard t[i].kind == .word else { return nil }
        if t[i].text == "tinh" { return i + 1 }
        if t[i].text == "thanh", i + 1 < t.count, t[i + 1].kind == .word, t[i + 1].text.count == 3, t[i + 1].text.hasPrefix("ph") {
            return i + 2
        }
        if t[i].text == "tp" {
            return i + 1 < t.count && t[i + 1].isSymbol(".") ? i + 2 : i + 1
        }
        return nil
    }

    /// How many times each province is named.
    var counts: [String: Int] {
        mentions.reduce(into: [:]) { $0[$1.province.code, default: 0] += 1 }
    }
}

extension FuzzyWord {
    /// A unit name at `index`: every word the same, OCR-tolerant (`same`), and at most one word approximate.
    static func matchesName(_ words: [String], in text: ReadingText, at index: Int) -> Bool {
        nameDistance(words, in: text, at: index).map { $0 <= 1 } ?? false
    }

    /// The number of approximate words of a name at `index`, or nil when it does not match.
    static func nameDistance(_ words: [String], in text: ReadingText, at index: Int) -> Int? {
        guard index >= 0, index + words.count <= text.tokens.count else { return nil }
        var approximate = 0
        for (offset, word) in words.enumerated() {
            let token = text.tokens[index + offset]
            guard token.kind == .word else { return nil }
            if token.text == word { continue }
            guard same(token.text, word) else { return nil }
            approximate += 1
        }
        return approximate
    }
}
