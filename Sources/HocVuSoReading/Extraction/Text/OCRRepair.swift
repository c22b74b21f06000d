/// Undoes the usual OCR misreadings of Vietnamese in folded text, without changing its length (so spans still map
/// one for one to the original):
/// - digits and symbols read for letters inside a short word: "s6", "s0", "$6" → "so", "x4", "x3" → "xa",
///   "16p" → "lop", "1ap" → "lap", "1a" → "la";
/// - ư read as w and ị as j inside a word: "Tw do" → "tu do", "trj" → "tri";
/// - Đ read as P at the start of a word: "Poc 1ap" → "doc lap", "Pé nghị" → "de nghi" (no Vietnamese word starts
///   with a p that is not ph);
/// - a few common garbles of the commonest words: "sb", "sd" → "so", "ndm", "nim" → "nam".
enum OCRRepair {
    static func repair(_ bytes: inout [UInt8]) {
        var i = 0
        while i < bytes.count {
            guard isWordByte(bytes[i]) else { i += 1; continue }
            var end = i
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            repairWord(&bytes, i..<end)
            i = end
        }
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "$") || b == UInt8(ascii: "&")
    }

    private static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func repairWord(_ bytes: inout [UInt8], _ range: Range<Int>) {
        let word = Array(bytes[range])
        let letters = word.filter(isLetter).count
        let others = word.count - letters
        // "$6", "$0": "số" with both letters misread.
        if letters == 0, word.count == 2, word[0] == UInt8(ascii: "$") {
            bytes[range.lowerBound] = UInt8(ascii: "s")
            bytes[range.lowerBound + 1] = UInt8(ascii: "o")
            return
        }
        if letters == 0 { return }
        if others > 0 {
            // "kh&cn", "gd&dt" are abbreviations; only a short mixed word is a misread one.
            guard word.count <= 4, others <= 2, !exemptMixed.contains(word) else { return }
            guard !(word.count > 2 && word.contains(UInt8(ascii: "&"))) else { return }
            for (offset, byte) in word.enumerated() where !isLetter(byte) {
                let previous = offset > 0 ? word[offset - 1] : 0
                guard let letter = letterForSymbol(byte, after: previous) else { return }
                bytes[range.lowerBound + offset] = letter
            }
            return
        }
        // w and j are not Vietnamese letters: inside a word they are ư and ị.
        let isForeign = word.count > 4 || word.starts(with: Array("wi".utf8)) || word.starts(with: Array("we".utf8))
        if !isForeign {
            for offset in 1..<max(1, word.count) {
                if word[offset] == UInt8(ascii: "w") { bytes[range.lowerBound + offset] = UInt8(ascii: "u") }
                if word[offset] == UInt8(ascii: "j") { bytes[range.lowerBound + offset] = UInt8(ascii: "i") }
            }
        } else {
            for offset in 1..<word.count where word[offset] == UInt8(ascii: "w") && vowelsAround(word, offset) {
                bytes[range.lowerBound + offset] = UInt8(ascii: "u")
            }
        }
        // Đ read as P.
        if word.count >= 2, word[0] == UInt8(ascii: "p"), word[1] != UInt8(ascii: "h"), isVowel(word[1]), word.count <= 5 {
            bytes[range.lowerBound] = UInt8(ascii: "d")
        }
        if let replacement = garbled[word] {
            for (offset, byte) in replacement.enumerated() { bytes[range.lowerBound + offset] = byte }
        }
    }

    private static func vowelsAround(_ word: [UInt8], _ offset: Int) -> Bool {
        // "twong", "truwong": a w between consonant and vowel inside a Vietnamese-looking word.
        offset + 1 < word.count && isVowel(word[offset + 1]) && !isVowel(word[offset - 1]) && word[0] != UInt8(ascii: "w")
    }

    static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
            || b == UInt8(ascii: "u") || b == UInt8(ascii: "y")
    }

    private static func letterForSymbol(_ byte: UInt8, after previous: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0"), UInt8(ascii: "6"), UInt8(ascii: "8"): return UInt8(ascii: "o")
        case UInt8(ascii: "1"): return UInt8(ascii: "l")
        case UInt8(ascii: "3"), UInt8(ascii: "4"): return UInt8(ascii: "a")
        case UInt8(ascii: "$"), UInt8(ascii: "5"): return UInt8(ascii: "s")
        case UInt8(ascii: "&"): return previous == UInt8(ascii: "s") ? UInt8(ascii: "o") : UInt8(ascii: "e")
        default: return nil
        }
    }

    /// Mixed words that are really written so ("4g", "5g", "3d", "f0").
    private static let exemptMixed: Set<[UInt8]> = Set(["2g", "3g", "4g", "5g", "3d", "4d", "a4", "a3", "b2", "c1", "m2", "km2"].map { Array($0.utf8) })

    private static let garbled: [[UInt8]: [UInt8]] = [
        "sb": "so", "sd": "so", "ndm": "nam", "nim": "nam", "ngdy": "ngay", "thdng": "thang",
    ].reduce(into: [:]) { $0[Array($1.key.utf8)] = Array($1.value.utf8) }
}
