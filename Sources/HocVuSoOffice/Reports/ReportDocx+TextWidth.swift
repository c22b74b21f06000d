import Foundation

extension ReportDocx {
    /// The width of `text` set in Times New Roman (or its metric twin Liberation Serif) at `sizePt`, in
    /// centimetres. Vietnamese letters take the width of their base letter; characters outside the tables
    /// count as a wide lower-case letter. Good enough to size the rules the decree draws under a line and
    /// to tell whether a line fits a column.
    static func textWidthCm(_ text: String, sizePt: Double, bold: Bool) -> Double {
        let widths = bold ? TimesMetrics.bold : TimesMetrics.regular
        var units = 0
        for character in text {
            let base = character.unicodeScalars.first.map { baseLetter(of: $0) } ?? " "
            units += widths[base] ?? TimesMetrics.fallback
        }
        return Double(units) / 1000 * sizePt / 72 * 2.54
    }

    private static func baseLetter(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "Đ": return "D"
        case "đ": return "d"
        default:
            return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        }
    }
}

/// Advance widths of Times Roman and Times Bold in thousandths of an em, for A–Z, a–z, digits and the
/// punctuation of administrative headings.
private enum TimesMetrics {
    static let fallback = 556

    static let regular = table(
        upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
                722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
        lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
                500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
        punctuation: [(" ", 250), (",", 250), (".", 250), ("-", 333), (":", 278), (";", 278), ("/", 278),
                      ("(", 333), (")", 333), ("&", 778), ("\u{201C}", 444), ("\u{201D}", 444), ("\"", 408),
                      ("'", 180)])

    static let bold = table(
        upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
                722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
        lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833,
                556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
        punctuation: [(" ", 250), (",", 250), (".", 250), ("-", 333), (":", 333), (";", 333), ("/", 278),
                      ("(", 333), (")", 333), ("&", 833), ("\u{201C}", 500), ("\u{201D}", 500), ("\"", 555),
                      ("'", 278)])

    private static func table(upper: [Int], lower: [Int],
                              punctuation: [(Unicode.Scalar, Int)]) -> [Unicode.Scalar: Int] {
        var widths: [Unicode.Scalar: Int] = [:]
        for (offset, width) in upper.enumerated() { widths[Unicode.Scalar(UInt8(65 + offset))] = width }
        for (offset, width) in lower.enumerated() { widths[Unicode.Scalar(UInt8(97 + offset))] = width }
        for digit in 48...57 { widths[Unicode.Scalar(UInt8(digit))] = 500 }
        for (scalar, width) in punctuation { widths[scalar] = width }
        return widths
    }
}
