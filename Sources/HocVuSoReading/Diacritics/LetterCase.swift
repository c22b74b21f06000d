/// Carries the case of a written word over to its restored spelling, letter by letter: "DONG" → "ĐÔNG",
/// "Dong" → "Đông", "iPhone"-like mixtures keep their pattern. A restored spelling folds to the word, so both
/// have the same number of letters (NFC Vietnamese letters are one character each).
enum LetterCase {
    static func apply(of written: Substring, to spelling: String) -> String {
        let pattern = Array(written)
        let letters = Array(spelling)
        guard pattern.count == letters.count else { return spelling }
        if !pattern.contains(where: \.isUppercase) { return spelling }
        var out = ""
        out.reserveCapacity(spelling.utf8.count)
        for (model, letter) in zip(pattern, letters) {
            out += model.isUppercase ? letter.uppercased() : String(letter)
        }
        return out
    }

    /// Every letter is upper case and there are at least two ("UBND", "XA").
    static func isAllCaps(_ word: Substring) -> Bool {
        word.count > 1 && word.allSatisfy(\.isUppercase)
    }
}
