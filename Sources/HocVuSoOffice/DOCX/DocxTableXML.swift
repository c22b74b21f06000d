/// `<w:tbl>`: fixed layout, the grid, then rows of cells. Every cell holds at least one paragraph.
enum DocxTableXML {
    typealias Table = DocxDocument.Table

    static func write(_ table: Table, to xml: inout DocxXMLBuffer, media: inout DocxMedia) throws {
        xml.raw("<w:tbl>")
        properties(table, to: &xml)
        xml.raw("<w:tblGrid>")
        for width in table.columnWidthsTwips { xml.raw("<w:gridCol w:w=\"\(width)\"/>") }
        xml.raw("</w:tblGrid>")
        for row in table.rows {
            xml.raw("<w:tr>")
            if row.cantSplit || row.isHeader {
                xml.raw("<w:trPr>\(row.cantSplit ? "<w:cantSplit/>" : "")\(row.isHeader ? "<w:tblHeader/>" : "")</w:trPr>")
            }
            var column = 0
            for cell in row.cells {
                try self.cell(cell, width: width(of: table, from: column, span: cell.columnSpan), to: &xml, media: &media)
                column += cell.columnSpan
            }
            xml.raw("</w:tr>")
        }
        xml.raw("</w:tbl>")
    }

    private static func properties(_ table: Table, to xml: inout DocxXMLBuffer) {
        xml.raw("<w:tblPr><w:tblW w:w=\"\(table.widthTwips)\" w:type=\"dxa\"/><w:jc w:val=\"\(table.alignment.rawValue)\"/>")
        let line = table.borders
            ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
            : "w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\""
        xml.raw("<w:tblBorders>")
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] { xml.raw("<w:\(edge) \(line)/>") }
        xml.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        let margin = DocxUnits.twips(cm: table.cellMarginCm)
        xml.raw("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"\(margin)\" w:type=\"dxa\"/>")
        xml.raw("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"\(margin)\" w:type=\"dxa\"/></w:tblCellMar>")
        xml.raw("<w:tblLook w:val=\"0000\"/></w:tblPr>")
    }

    private static func cell(_ cell: Table.Cell, width: Int, to xml: inout DocxXMLBuffer, media: inout DocxMedia) throws {
        xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>")
        if cell.columnSpan > 1 { xml.raw("<w:gridSpan w:val=\"\(cell.columnSpan)\"/>") }
        if let shading = cell.shading {
            xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\"")
            xml.attribute("w:fill", shading)
            xml.raw("/>")
        }
        xml.raw("<w:vAlign w:val=\"\(cell.verticalAlignment.rawValue)\"/></w:tcPr>")
        let paragraphs = cell.paragraphs.isEmpty ? [DocxDocument.Paragraph()] : cell.paragraphs
        for paragraph in paragraphs { try DocxParagraphXML.write(paragraph, to: &xml, media: &media) }
        xml.raw("</w:tc>")
    }

    private static func width(of table: Table, from column: Int, span: Int) -> Int {
        let widths = table.columnWidthsTwips
        guard column < widths.count else { return 0 }
        return widths[column..<min(column + span, widths.count)].reduce(0, +)
    }
}
