import Foundation

extension ReportDocx {
    /// Width of the issuing body's column: about 40% of the header, room for "UBND THÀNH PHỐ HẢI PHÒNG"
    /// (6.7 cm at 13 pt) on one line.
    static let issuerColumnCm = 7.0
    /// The header reaches this far into each side margin, as the decree's templates do, so that the
    /// national title (9.6 cm at 13 pt bold) stays on one line beside a 7 cm column.
    static let headerOverhangCm = 0.2
    static let headerCellMarginCm = 0.05
    static let headerSizePt = 13.0

    /// The borderless two-column header, centred. First row: governing and issuing bodies with the short
    /// rule | national title and motto with its rule as long as the motto. Second row: number | place and
    /// date, so both sit on the same line however the bodies wrap.
    static func header(_ sheet: ReportSheet, width: Double) -> Table {
        let full = width + 2 * headerOverhangCm
        var table = Table(columnWidthsCm: [issuerColumnCm, full - issuerColumnCm], borders: false,
                          cellMarginCm: headerCellMarginCm)
        let left = table.textWidthCm(column: 0)
        let right = table.textWidthCm(column: 1)
        let parent = balancedLines(sheet.issuerParent.uppercased(), sizePt: headerSizePt, bold: false,
                                   columnCm: left)
        let issuer = balancedLines(sheet.issuer.uppercased(), sizePt: headerSizePt, bold: true, columnCm: left)
        let issuerRule = min(left, max(1.5, issuer.widthCm * 0.45))
        let mottoRule = min(right, textWidthCm(S.nationalMotto, sizePt: bodySizePt, bold: true))

        var bodies: [Paragraph] = []
        if !parent.text.isEmpty {
            bodies.append(Paragraph(parent.text, sizePt: headerSizePt, alignment: .center))
        }
        bodies.append(Paragraph(issuer.text, bold: true, sizePt: headerSizePt, alignment: .center))
        bodies.append(Paragraph.rule(lengthCm: issuerRule, availableWidthCm: left))
        let nation = [
            Paragraph(S.nationalTitle, bold: true, sizePt: headerSizePt, alignment: .center),
            Paragraph(S.nationalMotto, bold: true, sizePt: bodySizePt, alignment: .center),
            Paragraph.rule(lengthCm: mottoRule, availableWidthCm: right),
        ]
        let number = Paragraph(sheet.number, sizePt: headerSizePt, alignment: .center, spaceBeforePt: 6)
        let date = Paragraph(sheet.placeAndDate, italic: true, sizePt: bodySizePt, alignment: .center,
                             spaceBeforePt: 6)
        table.rows = [
            Table.Row([Table.Cell(bodies), Table.Cell(nation)]),
            Table.Row([Table.Cell([number]), Table.Cell([date])]),
        ]
        return table
    }

    /// "DỰ THẢO" in bold capitals in a small box, centred above the title.
    static func draftMarker() -> Table {
        let label = Paragraph(S.draft, bold: true, sizePt: headerSizePt, alignment: .center,
                              spaceBeforePt: 2, spaceAfterPt: 2)
        let widthCm = textWidthCm(S.draft, sizePt: headerSizePt, bold: true) + 1.2
        return Table(columnWidthsCm: [widthCm], rows: [Table.Row([Table.Cell([label])])], borders: true,
                     cellMarginCm: 0.2)
    }

    /// The type in bold capitals, the summary lines in bold, all centred, and a short rule under the summary.
    static func title(_ sheet: ReportSheet, width: Double) -> [Paragraph] {
        var paragraphs = [Paragraph(sheet.kind.uppercased(), bold: true, sizePt: bodySizePt, alignment: .center,
                                    spaceBeforePt: 18, keepWithNext: true)]
        for line in sheet.summary {
            paragraphs.append(Paragraph(line, bold: true, sizePt: bodySizePt, alignment: .center, keepWithNext: true))
        }
        let longest = sheet.summary.map { textWidthCm($0, sizePt: bodySizePt, bold: true) }.max()
            ?? textWidthCm(sheet.kind, sizePt: bodySizePt, bold: true)
        let rule = min(6, max(2, min(longest, width) / 3))
        var ruleParagraph = Paragraph.rule(lengthCm: rule, availableWidthCm: width, spaceAfterPt: 18)
        ruleParagraph.keepWithNext = true
        paragraphs.append(ruleParagraph)
        return paragraphs
    }
}
