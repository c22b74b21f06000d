extension OfficialDocument {
    /// Reads a number and symbol as written in documents: "41/KH-UBND", "444/UBND-VHXH", "968/QĐ-UBND",
    /// "1885/SKHCN-TTTT". Spaces are ignored ("41 / KH - UBND"), "QD" stands for "QĐ", and the type abbreviation
    /// is written in its canonical form ("TTr"); the other parts are upper-cased. The type comes from the symbol's
    /// first part; a symbol that starts with anything else (the issuer: "UBND-…", "SKHCN-…") is a công văn.
    public static func parseNumber(_ text: String) -> (number: Int, symbol: String, type: DocumentType)? {
        let compact = String(text.filter { !$0.isWhitespace })
        let halves = compact.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2, let number = Int(halves[0]), (1...maxNumber).contains(number) else { return nil }
        guard let symbol = normalizeSymbol(String(halves[1])) else { return nil }
        return (number, symbol, type(ofSymbol: symbol))
    }

    /// The symbol in its stored form, or nil when it is empty, has empty parts or other characters than letters,
    /// digits, "-" and Đ.
    public static func normalizeSymbol(_ text: String) -> String? {
        let compact = String(text.filter { !$0.isWhitespace })
        guard !compact.isEmpty, compact.count <= maxSymbolLength, compact.allSatisfy(isSymbolCharacter) else { return nil }
        let parts = compact.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        var out: [String] = []
        for (index, part) in parts.enumerated() {
            if index == 0, let type = DocumentType.fromAbbreviation(part) {
                out.append(type.abbreviation)
            } else {
                out.append(part.uppercased())
            }
        }
        return out.joined(separator: "-")
    }

    /// The type a symbol names by its first part (a công văn when that part is no type abbreviation).
    public static func type(ofSymbol symbol: String) -> DocumentType {
        let first = symbol.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        return DocumentType.fromAbbreviation(first) ?? .cv
    }

    static func isSymbolCharacter(_ c: Character) -> Bool {
        c == "-" || c == "Đ" || c == "đ" || (c.isASCII && (c.isLetter || c.isNumber))
    }

    public static let maxNumber = 99_999
    public static let maxSymbolLength = 40
}
