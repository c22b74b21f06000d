import HocVuSoCore

/// Folds one Character to one ASCII byte, so a folded text has exactly as many bytes as the original has
/// Characters and every match maps back to the original: lower case, no diacritics, đ → d, any line break → "\n",
/// other white space → " ", typographic quotes and dashes → their ASCII forms. Symbols that OCR puts in place of
/// Vietnamese letters ("k¥ năng", "K§y", "nghệ" read as "ngh¢") become the letter they stand for.
enum CharacterFolding {
    static let unknown = UInt8(ascii: "#")

    static func fold(_ character: Character) -> UInt8 {
        if character.isNewline { return 0x0A }
        if character.isWhitespace { return 0x20 }
        if let ascii = character.asciiValue {
            return ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii
        }
        if let mapped = lookalikes[character] { return mapped }
        let folded = VietnameseText.fold(String(character))
        if let first = folded.utf8.first, first < 0x80, folded.utf8.count == 1 || isLetterOrDigit(first) {
            return first >= 0x41 && first <= 0x5A ? first | 0x20 : first
        }
        return unknown
    }

    /// The folded bytes of a text, one per Character.
    static func fold(_ characters: [Character]) -> [UInt8] {
        var cache: [Character: UInt8] = [:]
        var out = [UInt8]()
        out.reserveCapacity(characters.count)
        for character in characters {
            if let ascii = character.asciiValue, ascii >= 0x20 {
                out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii)
            } else if let known = cache[character] {
                out.append(known)
            } else {
                let byte = fold(character)
                cache[character] = byte
                out.append(byte)
            }
        }
        return out
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static let lookalikes: [Character: UInt8] = [
        "\u{201C}": UInt8(ascii: "\""), "\u{201D}": UInt8(ascii: "\""), "\u{201E}": UInt8(ascii: "\""),
        "\u{00AB}": UInt8(ascii: "\""), "\u{00BB}": UInt8(ascii: "\""),
        "\u{2018}": UInt8(ascii: "'"), "\u{2019}": UInt8(ascii: "'"),
        "\u{2010}": UInt8(ascii: "-"), "\u{2011}": UInt8(ascii: "-"), "\u{2012}": UInt8(ascii: "-"),
        "\u{2013}": UInt8(ascii: "-"), "\u{2014}": UInt8(ascii: "-"), "\u{2212}": UInt8(ascii: "-"),
        "\u{2026}": UInt8(ascii: "."), "\u{2022}": UInt8(ascii: "-"), "\u{00B7}": UInt8(ascii: "."),
        "\u{00A5}": UInt8(ascii: "y"), "\u{00A7}": UInt8(ascii: "s"), "\u{00A2}": UInt8(ascii: "e"),
        "\u{20AC}": UInt8(ascii: "e"), "\u{00A9}": UInt8(ascii: "c"), "\u{00AE}": UInt8(ascii: "r"),
        "\u{00B0}": UInt8(ascii: "o"), "\u{00BA}": UInt8(ascii: "o"), "\u{00AA}": UInt8(ascii: "a"),
        "\u{FB01}": UInt8(ascii: "f"), "\u{FB02}": UInt8(ascii: "f"),
    ]
}
