import Foundation

extension ReportDocx {
    /// A heading of the header that is too wide for its column, split into two lines at a space instead of
    /// wherever the line happens to fill up. Of the splits whose wider line is within 20% of the most
    /// balanced one, the last is taken: it keeps the body's name together ("ỦY BAN NHÂN DÂN" / "XÃ CHÍ MINH",
    /// "UBND THÀNH PHỐ" / "HỒ CHÍ MINH"). Text that fits, or has its own line break, is returned as is.
    /// The width of its widest line in centimetres comes back too, for the rule under it.
    static func balancedLines(_ text: String, sizePt: Double, bold: Bool,
                              columnCm: Double) -> (text: String, widthCm: Double) {
        let width = text.split(separator: "\n").map { textWidthCm(String($0), sizePt: sizePt, bold: bold) }.max() ?? 0
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard width > columnCm, words.count > 1, !text.contains("\n") else { return (text, min(width, columnCm)) }
        let splits = (1..<words.count).map { split in
            let lines = [words[..<split].joined(separator: " "), words[split...].joined(separator: " ")]
            let widest = lines.map { textWidthCm($0, sizePt: sizePt, bold: bold) }.max() ?? 0
            return (text: lines.joined(separator: "\n"), widthCm: widest)
        }
        let balanced = splits.map(\.widthCm).min() ?? .infinity
        guard balanced <= columnCm,
              let chosen = splits.last(where: { $0.widthCm <= min(columnCm, balanced * 1.2) })
        else { return (text, columnCm) }
        return chosen
    }
}
