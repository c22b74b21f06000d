/// The word before a number that says how exact it is ("trên 150", "khoảng 270", "đạt 87,5%", "khoảng trên 70%"),
/// shown in Vietnamese whatever the text's spelling.
enum FigureQualifier {
    /// The qualifier ending just before token `index`, as shown.
    static func before(_ index: Int, in text: ReadingText) -> String? {
        let t = text.tokens
        for length in [2, 1] {
            let start = index - length
            guard start >= 0, (start..<index).allSatisfy({ t[$0].kind == .word }) else { continue }
            if let shown = ReadingStrings.qualifiers[text.words(start..<index)] { return shown }
        }
        return nil
    }
}
