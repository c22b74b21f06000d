/// `<w:drawing>` with a `wp:inline` picture: sits on the text line like a large character.
enum DocxDrawingXML {
    static func inline(_ image: DocxDocument.Image, item: DocxMedia.Item, to xml: inout DocxXMLBuffer) {
        let cx = DocxUnits.emu(cm: image.widthCm)
        let cy = DocxUnits.emu(cm: image.heightCm)
        let id = item.number
        xml.raw("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        xml.raw("<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
        xml.raw("<wp:docPr id=\"\(id)\" name=\"Picture \(id)\"")
        xml.attribute("descr", image.description)
        xml.raw("/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        xml.raw("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        xml.raw("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(item.fileName)\"/><pic:cNvPicPr/></pic:nvPicPr>")
        xml.raw("<pic:blipFill><a:blip r:embed=\"\(item.relationshipID)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        xml.raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>")
        xml.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
        xml.raw("</a:graphicData></a:graphic></wp:inline></w:drawing>")
    }
}
