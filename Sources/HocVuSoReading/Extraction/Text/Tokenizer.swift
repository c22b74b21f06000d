/// Cuts folded text into words (letters), numbers (digits, with "." or "," between digit groups: "1.500", "53,39")
/// and single punctuation marks. White space separates tokens and is not a token.
enum Tokenizer {
    static func tokens(_ bytes: [UInt8]) -> [TextToken] {
        var tokens: [TextToken] = []
        var breaks = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { breaks += 1; i += 1; continue }
            if b == 0x20 || b < 0x20 { i += 1; continue }
            let start = i
            let kind: TextToken.Kind
            if isLetter(b) {
                while i < n, isLetter(bytes[i]) { i += 1 }
                kind = .word
            } else if isDigit(b) {
                while i < n {
                    if isDigit(bytes[i]) { i += 1; continue }
                    if (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",")), i + 1 < n, isDigit(bytes[i + 1]) {
                        i += 1
                        continue
                    }
                    break
                }
                kind = .number
            } else {
                i += 1
                kind = .symbol
            }
            tokens.append(TextToken(kind: kind, text: String(decoding: bytes[start..<i], as: UTF8.self),
                                    start: start, end: i, breaksBefore: breaks))
            breaks = 0
        }
        return tokens
    }

    static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
