import Foundation

/// One piece of a line as the restorer sees it. Joining the `text` of a line's pieces gives the line back exactly.
struct TextPiece: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A run of letters: a syllable, an English word or an acronym.
        case word
        /// A run of digits.
        case number
        /// Something that must never change and that breaks the context: a URL, an e-mail address, a file name,
        /// letters glued to digits ("BC2", "s6").
        case protected
        /// Whitespace only.
        case space
        /// Punctuation and symbols: they end a phrase for the language model.
        case punctuation
    }

    var text: Substring
    var kind: Kind
}

/// Splits a line into words, numbers, protected chunks, spaces and punctuation.
enum TextPieces {
    static func split(_ line: Substring) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var index = line.startIndex
        while index < line.endIndex {
            if line[index].isWhitespace {
                let end = line[index...].firstIndex { !$0.isWhitespace } ?? line.endIndex
                pieces.append(TextPiece(text: line[index..<end], kind: .space))
                index = end
                continue
            }
            let end = line[index...].firstIndex { $0.isWhitespace } ?? line.endIndex
            splitChunk(line[index..<end], into: &pieces)
            index = end
        }
        return pieces
    }

    static func split(_ line: String) -> [TextPiece] {
        split(line[...])
    }

    /// A chunk between spaces: a URL-like chunk stays whole, anything else splits into alphanumeric runs and
    /// punctuation.
    private static func splitChunk(_ chunk: Substring, into pieces: inout [TextPiece]) {
        if let (start, end) = addressRange(chunk) {
            if start > chunk.startIndex { splitRuns(chunk[chunk.startIndex..<start], into: &pieces) }
            pieces.append(TextPiece(text: chunk[start..<end], kind: .protected))
            if end < chunk.endIndex { splitRuns(chunk[end..<chunk.endIndex], into: &pieces) }
            return
        }
        splitRuns(chunk, into: &pieces)
    }

    private static func splitRuns(_ chunk: Substring, into pieces: inout [TextPiece]) {
        var index = chunk.startIndex
        while index < chunk.endIndex {
            let character = chunk[index]
            if isWordCharacter(character) {
                let end = chunk[index...].firstIndex { !isWordCharacter($0) } ?? chunk.endIndex
                let run = chunk[index..<end]
                let kind: TextPiece.Kind
                if run.allSatisfy(\.isLetter) {
                    kind = .word
                } else if run.allSatisfy(\.isNumber) {
                    kind = .number
                } else {
                    kind = .protected
                }
                pieces.append(TextPiece(text: run, kind: kind))
                index = end
            } else {
                let end = chunk[index...].firstIndex(where: isWordCharacter) ?? chunk.endIndex
                pieces.append(TextPiece(text: chunk[index..<end], kind: .punctuation))
                index = end
            }
        }
    }

    @inline(__always)
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The part of a chunk that is a web or e-mail address or a file name ("https://dichvucong.gov.vn/p",
    /// "ubnd@haiphong.gov.vn", "www.abc.vn", "baocao.docx"), without the punctuation around it.
    static func addressRange(_ chunk: Substring) -> (Substring.Index, Substring.Index)? {
        let lower = chunk.lowercased()
        let looksLikeAddress = lower.contains("://") || lower.contains("www.") || lower.contains("@")
            || knownSuffixes.contains { suffix in
                guard let range = lower.range(of: suffix) else { return false }
                let after = lower[range.upperBound...].first
                return after.map { !$0.isLetter } ?? true
            }
        guard looksLikeAddress else { return nil }
        let trimmable: (Character) -> Bool = { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "_") }
        guard let start = chunk.firstIndex(where: { !trimmable($0) }),
              let last = chunk.lastIndex(where: { !trimmable($0) }) else { return nil }
        return (start, chunk.index(after: last))
    }

    /// Endings that make a dotted chunk an address or a file name rather than words run together.
    private static let knownSuffixes = [
        ".vn", ".com", ".net", ".org", ".gov", ".edu", ".int", ".io",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".txt", ".jpg", ".png", ".zip",
    ]
}
