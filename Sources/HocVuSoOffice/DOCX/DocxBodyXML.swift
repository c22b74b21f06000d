/// word/document.xml: the body's blocks followed by the section properties (page size and margins).
enum DocxBodyXML {
    static let namespaces = [
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
    ].joined(separator: " ")

    static func document(_ document: DocxDocument, media: inout DocxMedia) throws -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<w:document \(namespaces)><w:body>")
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): try DocxParagraphXML.write(paragraph, to: &xml, media: &media)
            case .table(let table): try DocxTableXML.write(table, to: &xml, media: &media)
            case .pageBreak: xml.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
            }
        }
        if case .table = document.blocks.last {
            // Word expects the body to end with a paragraph; keep it too small to push onto a new page.
            let closing = DocxDocument.Paragraph([], lineSpacing: .exactly(1), markSizePt: 1)
            try DocxParagraphXML.write(closing, to: &xml, media: &media)
        }
        section(document.page, pageNumbers: document.pageNumbersFromSecondPage, to: &xml)
        xml.raw("</w:body></w:document>")
        return xml.bytes
    }

    private static func section(_ page: DocxDocument.PageSetup, pageNumbers: Bool, to xml: inout DocxXMLBuffer) {
        let orientation = page.isLandscape ? " w:orient=\"landscape\"" : ""
        xml.raw("<w:sectPr>")
        if pageNumbers {
            xml.raw("<w:headerReference w:type=\"default\" r:id=\"\(DocxPageNumbers.numberedID)\"/>")
            xml.raw("<w:headerReference w:type=\"first\" r:id=\"\(DocxPageNumbers.firstID)\"/>")
        }
        xml.raw("<w:pgSz w:w=\"\(page.widthTwips)\" w:h=\"\(page.heightTwips)\"\(orientation)/>")
        xml.raw("<w:pgMar w:top=\"\(DocxUnits.twips(mm: page.topMarginMm))\"")
        xml.raw(" w:right=\"\(DocxUnits.twips(mm: page.rightMarginMm))\"")
        xml.raw(" w:bottom=\"\(DocxUnits.twips(mm: page.bottomMarginMm))\"")
        xml.raw(" w:left=\"\(DocxUnits.twips(mm: page.leftMarginMm))\"")
        xml.raw(" w:header=\"\(DocxUnits.twips(mm: page.headerMm))\" w:footer=\"\(DocxUnits.twips(mm: page.footerMm))\"")
        xml.raw(" w:gutter=\"0\"/>")
        if pageNumbers { xml.raw("<w:titlePg/>") }
        xml.raw("</w:sectPr>")
    }
}
