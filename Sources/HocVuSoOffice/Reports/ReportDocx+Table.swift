import Foundation

extension ReportDocx {
    static let tableSizePt = 12.0
    static let tableCellMarginCm = 0.15
    /// Space above and below the text of a cell (its top and bottom margins are zero).
    static let tableCellPaddingPt = 2.0

    /// A bordered table across the text width: the header row bold, centred and repeated on every page,
    /// numeric columns right-aligned, the total row bold. Short rows are filled with empty cells.
    static func bodyTable(_ source: ReportTable, width: Double) -> Table {
        let columns = max(source.header.count, source.rows.map(\.count).max() ?? 0, 1)
        var table = Table(columnWidthsTwips: columnWidths(source.widths, columns: columns, width: width),
                          borders: true, cellMarginCm: tableCellMarginCm)
        if !source.header.isEmpty {
            let cells = padded(source.header, to: columns).map { text in
                Table.Cell([cellParagraph(text, bold: true, alignment: .center)], verticalAlignment: .center)
            }
            table.rows.append(Table.Row(cells, isHeader: true))
        }
        for (index, row) in source.rows.enumerated() {
            let bold = source.lastRowIsTotal && index == source.rows.count - 1
            let cells = padded(row, to: columns).enumerated().map { column, text in
                let alignment: Paragraph.Alignment = source.numericColumns.contains(column) ? .right : .left
                return Table.Cell([cellParagraph(text, bold: bold, alignment: alignment)], verticalAlignment: .center)
            }
            table.rows.append(Table.Row(cells))
        }
        return table
    }

    /// The relative widths scaled to the text width in twips, summing to it exactly; equal widths when
    /// the relative ones are missing, of the wrong count, or not all positive.
    static func columnWidths(_ relative: [Double], columns: Int, width: Double) -> [Int] {
        let total = DocxUnits.twips(cm: width)
        let usable = relative.count == columns && relative.allSatisfy { $0.isFinite && $0 > 0 }
        let weights = usable ? relative : Array(repeating: 1, count: columns)
        let sum = weights.reduce(0, +)
        var widths = weights.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    private static func padded(_ cells: [String], to count: Int) -> [String] {
        cells.count >= count ? Array(cells.prefix(count)) : cells + Array(repeating: "", count: count - cells.count)
    }

    private static func cellParagraph(_ text: String, bold: Bool, alignment: Paragraph.Alignment) -> Paragraph {
        Paragraph(text, bold: bold, sizePt: tableSizePt, alignment: alignment, spaceBeforePt: tableCellPaddingPt,
                  spaceAfterPt: tableCellPaddingPt)
    }
}
