import Foundation
import HocVuSoCore

/// A GNU gettext message catalogue (`.mo`), read for its translations. The format: a magic number (0x950412de,
/// in either byte order), a revision, the number of strings N, then the offsets of two tables of N (length,
/// offset) pairs: the original strings and their translations. A translation with plural forms holds them
/// separated by NUL; the entry with an empty original is the catalogue's header.
public struct MOCatalog: Sendable {
    /// Every translated text, plural forms as separate texts, the header left out.
    public let translations: [String]

    public init(data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 28 else { throw Self.invalid }
        let littleEndian: Bool
        switch Self.word(bytes, 0, littleEndian: true) {
        case 0x9504_12DE: littleEndian = true
        case 0xDE12_0495: littleEndian = false
        default: throw Self.invalid
        }
        let read = { (offset: Int) throws -> Int in
            guard offset >= 0, offset + 4 <= bytes.count else { throw Self.invalid }
            return Int(Self.word(bytes, offset, littleEndian: littleEndian))
        }
        let count = try read(8)
        let originals = try read(12)
        let translated = try read(16)
        guard count >= 0, count <= bytes.count / 8 else { throw Self.invalid }
        var translations: [String] = []
        for i in 0..<count {
            let originalLength = try read(originals + 8 * i)
            let length = try read(translated + 8 * i)
            let offset = try read(translated + 8 * i + 4)
            guard offset + length <= bytes.count else { throw Self.invalid }
            if originalLength == 0 { continue }  // the header
            let text = bytes[offset..<offset + length]
            for form in text.split(separator: 0) {
                if let string = String(bytes: form, encoding: .utf8), !string.isEmpty {
                    translations.append(string)
                }
            }
        }
        self.translations = translations
    }

    private static var invalid: DomainError {
        DomainError(.invalid, code: "diacritics.mo-invalid", message: ReadingStrings.Diacritics.notMOFile)
    }

    private static func word(_ bytes: [UInt8], _ offset: Int, littleEndian: Bool) -> UInt32 {
        let b = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]), UInt32(bytes[offset + 2]), UInt32(bytes[offset + 3]))
        return littleEndian ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.3 | b.2 << 8 | b.1 << 16 | b.0 << 24
    }
}
