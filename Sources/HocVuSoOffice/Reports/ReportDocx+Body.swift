import Foundation

extension ReportDocx {
    /// One block of the body. Tables get a gap after them, which also keeps two tables in a row apart;
    /// a table with neither header nor rows is left out (Word refuses a table without rows).
    static func append(_ block: ReportBlock, to document: inout DocxDocument, width: Double) {
        switch block {
        case .heading(let text): document.append(bodyParagraph(text, bold: true, keepWithNext: true))
        case .subheading(let text): document.append(bodyParagraph(text, bold: true, keepWithNext: true))
        case .paragraph(let text), .bullet(let text): document.append(bodyParagraph(text))
        case .table(let table):
            guard !table.header.isEmpty || !table.rows.isEmpty else { return }
            if let caption = table.caption, !caption.isEmpty { document.append(tableCaption(caption)) }
            document.append(bodyTable(table, width: width))
            document.append(spacer())
        }
    }

    /// 14 pt, justified, first-line indent 1.27 cm, 6 pt after. Bullets keep the dash they are written with.
    static func bodyParagraph(_ text: String, bold: Bool = false, keepWithNext: Bool = false) -> Paragraph {
        Paragraph(text, bold: bold, sizePt: bodySizePt, alignment: .justify, firstLineIndentCm: firstLineIndentCm,
                  spaceAfterPt: paragraphSpacingPt, lineSpacing: lineSpacing, keepWithNext: keepWithNext)
    }

    static func tableCaption(_ text: String) -> Paragraph {
        Paragraph(text, italic: true, sizePt: bodySizePt, alignment: .center, spaceAfterPt: paragraphSpacingPt,
                  lineSpacing: lineSpacing, keepWithNext: true)
    }
}
