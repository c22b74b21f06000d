import HocVuSoCore

/// Finds document numbers: a number, "/", then a symbol of at least two parts joined by hyphens ("BC-UBND",
/// "SKHCN-TTTT"), or the Party form "57-NQ/TW"; spaces around "/" and "-" are allowed, as OCR leaves them. A bare
/// "06/CP" (Đề án 06/CP) is a project name, not a document number.
enum DocumentCitationFinder {
    static func citations(in text: ReadingText, dates: [DateMention]) -> [DocumentCitation] {
        let t = text.tokens
        var found: [DocumentCitation] = []
        var i = 0
        while i < t.count {
            guard t[i].kind == .number, let (parts, end) = symbol(at: i, t) else { i += 1; continue }
            let number = render(parts, text)
            let (typeWordStart, typeWord) = DocumentTypeWords.before(i, in: text)
            let type = typeWord.flatMap(DocumentTypeWords.type(of:)) ?? typeFromSymbol(parts, t)
            let name = typeWord.map(DocumentTypeWords.name(of:)) ?? symbolTypeName(parts, t) ?? type.name
            let date = dates.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 1 && $0.afterNgay }
            found.append(DocumentCitation(number: number, tokens: i..<end, citation: (typeWordStart ?? i)..<(date?.tokens.upperBound ?? end),
                                          type: type, typeName: name, typeWord: typeWord, date: date,
                                          isOwnNumberLine: ownNumberLine(before: i, text)))
            i = end
        }
        return found
    }

    /// The symbol parts after the number at `i`: ["275", "/", "BC", "-", "UBND"] as token indices, and the end.
    static func symbol(at i: Int, _ t: [TextToken]) -> ([Int], Int)? {
        var parts = [i]
        var j = i + 1
        // Party form: 57-NQ/TW
        if j + 3 < t.count, t[j].isSymbol("-"), t[j + 1].kind == .word, t[j + 2].isSymbol("/"), t[j + 3].kind == .word,
           isSymbolWord(t[j + 1]), isSymbolWord(t[j + 3]) {
            return ([i, j, j + 1, j + 2, j + 3], j + 4)
        }
        // Legal form: 01/2025/QĐ-UBND
        if j + 2 < t.count, t[j].isSymbol("/"), t[j + 1].kind == .number, t[j + 1].text.count == 4, t[j + 2].isSymbol("/") {
            parts += [j, j + 1]
            j += 2
        }
        guard j + 1 < t.count, t[j].isSymbol("/"), t[j + 1].kind == .word, isSymbolWord(t[j + 1]) else { return nil }
        parts += [j, j + 1]
        j += 2
        var pieces = 1
        while j + 1 < t.count, t[j].isSymbol("-") || t[j].isSymbol("&"), t[j + 1].kind == .word, isSymbolWord(t[j + 1]),
              t[j + 1].breaksBefore == 0 {
            parts += [j, j + 1]
            j += 2
            pieces += 1
        }
        guard pieces >= 2 else { return nil }
        return (parts, j)
    }

    /// Symbols are short abbreviations: "bc", "ubnd", "skhcn", "tttt".
    static func isSymbolWord(_ token: TextToken) -> Bool {
        token.text.count <= 8 && token.breaksBefore == 0
    }

    /// The number as written, without spaces, upper case, with "QD" → "QĐ" and "CDS" → "CĐS" when the text lost
    /// its Đ.
    static func render(_ parts: [Int], _ text: ReadingText) -> String {
        var out = ""
        for p in parts {
            let token = text.tokens[p]
            switch token.kind {
            case .number: out += token.text
            case .symbol: out += token.text
            case .word:
                var piece = text.original(token.span).uppercased()
                if piece.unicodeScalars.allSatisfy(\.isASCII), let restored = DocumentTypeWords.restoredAbbreviations[token.text] {
                    piece = restored
                }
                out += piece
            }
        }
        return out
    }

    /// The type the symbol opens with ("QĐ-UBND" → quyết định); a symbol that opens with the issuer ("UBND-VHXH",
    /// "SKHCN-TTTT") is a công văn's.
    static func typeFromSymbol(_ parts: [Int], _ t: [TextToken]) -> DocumentType {
        guard let first = parts.first(where: { t[$0].kind == .word }) else { return .other }
        if let type = DocumentType.fromAbbreviation(t[first].text.uppercased()) { return type }
        return DocumentTypeWords.abbreviationNames[t[first].text] == nil ? .cv : .other
    }

    /// The name of a type outside `DocumentType` that the symbol opens with ("NQ" → "Nghị quyết").
    static func symbolTypeName(_ parts: [Int], _ t: [TextToken]) -> String? {
        guard let first = parts.first(where: { t[$0].kind == .word }) else { return nil }
        return DocumentTypeWords.abbreviationNames[t[first].text]
    }

    /// "Số: 275/BC-UBND", "S6:275", "Số 275": a number line opens with "số" (OCR-tolerant) and maybe a colon.
    static func ownNumberLine(before i: Int, _ text: ReadingText) -> Bool {
        let t = text.tokens
        var j = i - 1
        if j >= 0, t[j].isSymbol(":") { j -= 1 }
        guard j >= 0, DocumentTypeWords.isSoMarker(t[j]) else { return false }
        return t[j].startsLine || j == 0 || t[j - 1].kind != .word
    }
}
