/// The digits and symbols a poor OCR of Vietnamese puts in place of letters inside a word: "s6" for "số",
/// "x4" for "xã", "d3" for "đã", "1ap" for "lập", "16p" for "lớp", "$6" for "số". Each stands for one letter, so a
/// repaired word has as many characters as the written one. Only used to propose candidates: the language model
/// still decides, and a chunk that maps to no syllable is left as written.
enum OCRConfusions {
    /// The base letter a digit or symbol is read as.
    static let letters: [Character: Character] = [
        "0": "o", "1": "l", "3": "a", "4": "a", "5": "s", "6": "o", "$": "s", "@": "a",
    ]

    /// The folded letters a chunk stands for ("s6" → "so"), or nil when it is not a short run of letters with some
    /// digits or symbols standing for letters: pure numbers, codes with more than two digits and chunks without a
    /// letter stay what they are.
    static func folded(_ chunk: Substring) -> String? {
        guard chunk.count >= 2, chunk.count <= 7 else { return nil }
        var out = ""
        var replaced = 0
        var letters = 0
        for character in chunk {
            if let letter = Self.letters[character] {
                out.append(letter)
                replaced += 1
            } else if character.isASCII, character.isLetter {
                out.append(Character(character.lowercased()))
                letters += 1
            } else {
                return nil
            }
        }
        // "$6" has no letter left, but a "$" glued to a digit is no amount of money in a Vietnamese report.
        let symbolWord = chunk.first == "$" || chunk.first == "@"
        guard letters > 0 || symbolWord, replaced > 0, replaced <= 2 else { return nil }
        return out
    }

    /// Whether a punctuation piece may be a letter misread as a symbol ("$" in "$6").
    static func isLetterSymbol(_ text: Substring) -> Bool {
        text.count == 1 && text.first.map { letters[$0] != nil } == true
    }
}
