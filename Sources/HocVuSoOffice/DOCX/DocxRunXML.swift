/// `<w:r>`: formatting, then text (with breaks and tabs) or an inline picture.
enum DocxRunXML {
    typealias Run = DocxDocument.Run

    static func write(_ run: Run, to xml: inout DocxXMLBuffer, media: inout DocxMedia) throws {
        xml.raw("<w:r>")
        properties(run, to: &xml)
        switch run.content {
        case .text(let text): self.text(text, to: &xml)
        case .lineBreak: xml.raw("<w:br/>")
        case .image(let image): DocxDrawingXML.inline(image, item: try media.add(image), to: &xml)
        }
        xml.raw("</w:r>")
    }

    /// Font names go in all four slots, so Vietnamese letters (Latin Extended Additional) and any
    /// complex-script or East Asian fallback use the same font.
    static func fonts(_ name: String, to xml: inout DocxXMLBuffer) {
        xml.raw("<w:rFonts")
        for slot in ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"] { xml.attribute(slot, name) }
        xml.raw("/>")
    }

    private static func properties(_ run: Run, to xml: inout DocxXMLBuffer) {
        guard run.font != nil || run.bold || run.italic || run.underline || run.sizePt != nil || run.color != nil
        else { return }
        xml.raw("<w:rPr>")
        if let font = run.font { fonts(font, to: &xml) }
        if run.bold { xml.raw("<w:b/><w:bCs/>") }
        if run.italic { xml.raw("<w:i/><w:iCs/>") }
        if let color = run.color {
            xml.raw("<w:color")
            xml.attribute("w:val", color)
            xml.raw("/>")
        }
        if let size = run.sizePt {
            let halfPoints = DocxUnits.halfPoints(pt: size)
            xml.raw("<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>")
        }
        if run.underline { xml.raw("<w:u w:val=\"single\"/>") }
        xml.raw("</w:rPr>")
    }

    /// "\n" (and "\r\n") become `<w:br/>`, "\t" becomes `<w:tab/>`; spaces are preserved.
    private static func text(_ text: String, to xml: inout DocxXMLBuffer) {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if i > 0 { xml.raw("<w:br/>") }
            for (j, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if j > 0 { xml.raw("<w:tab/>") }
                guard !piece.isEmpty else { continue }
                xml.raw("<w:t xml:space=\"preserve\">")
                xml.text(String(piece))
                xml.raw("</w:t>")
            }
        }
    }
}
