/// The parts of a .docx package other than the body: content types, relationships, styles, settings
/// and the core properties.
enum DocxPackageXML {
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Every part of the package, in the order they are stored (content types first).
    static func parts(for document: DocxDocument, documentXML: [UInt8], media: DocxMedia) -> [(path: String, bytes: [UInt8])] {
        let hasCore = document.title != nil || document.author != nil
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", contentTypes(media: media, core: hasCore, headers: document.pageNumbersFromSecondPage)),
            ("_rels/.rels", packageRelationships(core: hasCore)),
            ("word/document.xml", documentXML),
            ("word/_rels/document.xml.rels", documentRelationships(media: media, headers: document.pageNumbersFromSecondPage)),
            ("word/styles.xml", styles(document)),
            ("word/settings.xml", settings),
        ]
        if hasCore { parts.append(("docProps/core.xml", coreProperties(document))) }
        if document.pageNumbersFromSecondPage { parts += DocxPageNumbers.parts(sizeHalfPoints: document.defaultSizeHalfPoints) }
        for item in media.items { parts.append((item.partPath, Array(item.data))) }
        return parts
    }

    private static func contentTypes(media: DocxMedia, core: Bool, headers: Bool) -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        for format in media.formats {
            xml.raw("<Default Extension=\"\(format.rawValue)\" ContentType=\"\(format.contentType)\"/>")
        }
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        xml.raw("<Override PartName=\"/word/document.xml\" ContentType=\"\(word).document.main+xml\"/>")
        xml.raw("<Override PartName=\"/word/styles.xml\" ContentType=\"\(word).styles+xml\"/>")
        xml.raw("<Override PartName=\"/word/settings.xml\" ContentType=\"\(word).settings+xml\"/>")
        if headers {
            for part in DocxPageNumbers.partNames {
                xml.raw("<Override PartName=\"/word/\(part)\" ContentType=\"\(word).header+xml\"/>")
            }
        }
        if core {
            xml.raw("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        }
        xml.raw("</Types>")
        return xml.bytes
    }

    private static func packageRelationships(core: Bool) -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        xml.raw("<Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"word/document.xml\"/>")
        if core {
            xml.raw("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
        }
        xml.raw("</Relationships>")
        return xml.bytes
    }

    private static func documentRelationships(media: DocxMedia, headers: Bool) -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        xml.raw("<Relationship Id=\"rId1\" Type=\"\(relationshipType)/styles\" Target=\"styles.xml\"/>")
        xml.raw("<Relationship Id=\"rId2\" Type=\"\(relationshipType)/settings\" Target=\"settings.xml\"/>")
        for item in media.items {
            xml.raw("<Relationship Id=\"\(item.relationshipID)\" Type=\"\(relationshipType)/image\" Target=\"\(item.target)\"/>")
        }
        if headers {
            for (id, part) in zip([DocxPageNumbers.numberedID, DocxPageNumbers.firstID], DocxPageNumbers.partNames) {
                xml.raw("<Relationship Id=\"\(id)\" Type=\"\(relationshipType)/header\" Target=\"\(part)\"/>")
            }
        }
        xml.raw("</Relationships>")
        return xml.bytes
    }

    /// Document defaults (font in all four slots, size, language, single spacing, no space after) and the
    /// two styles Word expects to find: Normal and the default table style.
    private static func styles(_ document: DocxDocument) -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<w:styles xmlns:w=\"\(wordprocessingML)\"><w:docDefaults><w:rPrDefault><w:rPr>")
        DocxRunXML.fonts(document.defaultFont, to: &xml)
        let size = document.defaultSizeHalfPoints
        xml.raw("<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang")
        xml.attribute("w:val", document.language)
        xml.attribute("w:eastAsia", document.language)
        xml.attribute("w:bidi", "ar-SA")
        xml.raw("/></w:rPr></w:rPrDefault>")
        xml.raw("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        xml.raw("</w:docDefaults>")
        xml.raw("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>")
        xml.raw("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
        xml.raw("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>")
        xml.raw("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
        xml.raw("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
        xml.raw("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
        xml.raw("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
        xml.raw("</w:styles>")
        return xml.bytes
    }

    /// Word 2013+ layout (not compatibility mode), half-inch default tabs.
    private static let settings: [UInt8] = {
        var xml = DocxXMLBuffer()
        xml.raw("<w:settings xmlns:w=\"\(wordprocessingML)\"><w:defaultTabStop w:val=\"720\"/>")
        xml.raw("<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>")
        xml.raw("<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>")
        xml.raw("</w:compat></w:settings>")
        return xml.bytes
    }()

    private static func coreProperties(_ document: DocxDocument) -> [UInt8] {
        var xml = DocxXMLBuffer()
        xml.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        xml.raw(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">")
        if let title = document.title {
            xml.raw("<dc:title>")
            xml.text(title)
            xml.raw("</dc:title>")
        }
        if let author = document.author {
            xml.raw("<dc:creator>")
            xml.text(author)
            xml.raw("</dc:creator>")
        }
        xml.raw("<dc:language>")
        xml.text(document.language)
        xml.raw("</dc:language></cp:coreProperties>")
        return xml.bytes
    }
}
