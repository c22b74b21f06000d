/// Whether a chunk between spaces is (part of) a document number and symbol, which is copied as written:
/// "275/BC-UBND", "/BC-UBND", "90/KH-UBND", "516/SKHCN-TTTT". Such a chunk has a "/" and its letters are all
/// capitals ("và/hoặc" and "Hà Nội/Hải Phòng" are prose).
enum DocumentSymbol {
    static func isSymbol(_ chunk: Substring) -> Bool {
        guard chunk.contains("/") else { return false }
        var letters = 0
        for character in chunk where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters > 0
    }
}
