/// `<w:p>` with its properties and runs. Elements are written in the order the schema requires.
enum DocxParagraphXML {
    typealias Paragraph = DocxDocument.Paragraph

    static func write(_ paragraph: Paragraph, to xml: inout DocxXMLBuffer, media: inout DocxMedia) throws {
        xml.raw("<w:p>")
        properties(paragraph, to: &xml)
        for run in paragraph.runs {
            try DocxRunXML.write(run, to: &xml, media: &media)
        }
        xml.raw("</w:p>")
    }

    private static func properties(_ p: Paragraph, to xml: inout DocxXMLBuffer) {
        xml.raw("<w:pPr>")
        if p.keepWithNext { xml.raw("<w:keepNext/>") }
        if let border = p.bottomBorder {
            xml.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"\(DocxUnits.eighthPoints(pt: border.widthPt))\"")
            xml.raw(" w:space=\"\(border.spacePt)\"")
            xml.attribute("w:color", border.color)
            xml.raw("/></w:pBdr>")
        }
        xml.raw("<w:spacing w:before=\"\(DocxUnits.twips(pt: p.spaceBeforePt))\" w:after=\"\(DocxUnits.twips(pt: p.spaceAfterPt))\"")
        switch p.lineSpacing {
        case .multiple(let factor): xml.raw(" w:line=\"\(Int((factor * 240).rounded()))\" w:lineRule=\"auto\"/>")
        case .atLeast(let pt): xml.raw(" w:line=\"\(DocxUnits.twips(pt: pt))\" w:lineRule=\"atLeast\"/>")
        case .exactly(let pt): xml.raw(" w:line=\"\(DocxUnits.twips(pt: pt))\" w:lineRule=\"exact\"/>")
        }
        if p.leftIndentCm != 0 || p.rightIndentCm != 0 || p.firstLineIndentCm != 0 {
            xml.raw("<w:ind w:left=\"\(DocxUnits.twips(cm: p.leftIndentCm))\" w:right=\"\(DocxUnits.twips(cm: p.rightIndentCm))\"")
            if p.firstLineIndentCm >= 0 {
                xml.raw(" w:firstLine=\"\(DocxUnits.twips(cm: p.firstLineIndentCm))\"/>")
            } else {
                xml.raw(" w:hanging=\"\(DocxUnits.twips(cm: -p.firstLineIndentCm))\"/>")
            }
        }
        xml.raw("<w:jc w:val=\"\(p.alignment.rawValue)\"/>")
        if let size = p.markSizePt {
            let halfPoints = DocxUnits.halfPoints(pt: size)
            xml.raw("<w:rPr><w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/></w:rPr>")
        }
        xml.raw("</w:pPr>")
    }
}
