import HocVuSoCore

/// The words that name a document's type before its number ("Kế hoạch số 90/KH-UBND", "Công văn số 542/…"),
/// folded, and the "số" that follows them, as OCR writes it ("s6", "sé", "$6", "s").
enum DocumentTypeWords {
    static let phrases: [(words: [String], type: DocumentType, name: String?)] = [
        (["ke", "hoach"], .kh, nil),
        (["quyet", "dinh"], .qd, nil),
        (["cong", "van"], .cv, nil),
        (["van", "ban"], .cv, nil),
        (["bao", "cao"], .bc, nil),
        (["thong", "bao"], .tb, nil),
        (["to", "trinh"], .tt, nil),
        (["giay", "moi"], .gm, nil),
        (["huong", "dan"], .hd, nil),
        (["chi", "thi"], .ct, nil),
        (["nghi", "quyet"], .other, ReadingStrings.documentTypeResolution),
        (["ket", "luan"], .other, ReadingStrings.documentTypeConclusion),
        (["nghi", "dinh"], .other, ReadingStrings.documentTypeDecree),
        (["thong", "tu"], .other, ReadingStrings.documentTypeCircular),
        (["chuong", "trinh"], .other, ReadingStrings.documentTypeProgramme),
    ]

    /// Abbreviations that open a symbol but are not a `DocumentType` ("57-NQ/TW").
    static let abbreviationNames: [String: String] = [
        "nq": ReadingStrings.documentTypeResolution, "kl": ReadingStrings.documentTypeConclusion,
        "nd": ReadingStrings.documentTypeDecree, "ctr": ReadingStrings.documentTypeProgramme,
    ]

    /// Symbol parts whose Đ OCR or plain typing lost.
    static let restoredAbbreviations: [String: String] = [
        "qd": "QĐ", "cds": "CĐS", "hdnd": "HĐND", "dtn": "ĐTN", "du": "ĐU", "nd": "NĐ", "bcd": "BCĐ",
    ]

    /// "số" as OCR leaves it before a number: "so", "s6" (repaired to "so"), "sé", "sb", "s".
    static func isSoMarker(_ token: TextToken) -> Bool {
        token.kind == .word && token.text.first == "s" && token.text.count <= 2
    }

    /// The type word just before the number at `i` (skipping "số" and ":"), with where it starts.
    static func before(_ i: Int, in text: ReadingText) -> (Int?, String?) {
        var j = i - 1
        if j >= 0, text.tokens[j].isSymbol(":") { j -= 1 }
        if j >= 0, isSoMarker(text.tokens[j]) { j -= 1 }
        guard j >= 1 else { return (nil, nil) }
        for phrase in phrases where FuzzyWord.matches(phrase.words, in: text, at: j - 1) {
            return (j - 1, phrase.words.joined(separator: " "))
        }
        return (nil, nil)
    }

    static func type(of word: String) -> DocumentType? {
        phrases.first { $0.words.joined(separator: " ") == word }?.type
    }

    static func name(of word: String) -> String {
        guard let phrase = phrases.first(where: { $0.words.joined(separator: " ") == word }) else { return word }
        return phrase.name ?? phrase.type.name
    }
}
