import HocVuSoCore

/// A document number and symbol found in the text ("275/BC-UBND", "57-NQ/TW", "01/2025/QĐ-UBND"), with the type
/// word before it ("Kế hoạch số …") and the date after it ("… ngày 29/9/2025"), when there are.
struct DocumentCitation: Sendable, Equatable {
    /// Normalised: no spaces, ASCII hyphens, "QD" written "QĐ".
    var number: String
    /// Tokens of the number itself.
    var tokens: Range<Int>
    /// From the type word (or the number) to the date (or the number).
    var citation: Range<Int>
    var type: DocumentType
    var typeName: String
    /// The type word before the number ("ke hoach"), folded, if any.
    var typeWord: String?
    var date: DateMention?
    /// "Số: 275/BC-UBND" — the way a document gives its own number.
    var isOwnNumberLine: Bool
}
