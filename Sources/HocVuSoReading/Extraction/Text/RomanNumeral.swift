/// Roman numerals of section headings, as OCR leaves them ("I11" is repaired to "ill" and read as III).
enum RomanNumeral {
    static func value(_ word: String) -> Int? {
        let clean = String(word.map { $0 == "l" ? "i" : $0 })
        return values[clean]
    }

    private static let values: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    ]
}
