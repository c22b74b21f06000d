/// The page headers that number pages: a centred PAGE field on every page, and an empty header for the first page
/// (the decree numbers pages from the second one).
enum DocxPageNumbers {
    static let numberedID = "rIdPageNumbers"
    static let firstID = "rIdFirstPage"
    static let partNames = ["header1.xml", "header2.xml"]

    static func parts(sizeHalfPoints: Int) -> [(path: String, bytes: [UInt8])] {
        let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let run = "<w:rPr><w:sz w:val=\"\(sizeHalfPoints)\"/><w:szCs w:val=\"\(sizeHalfPoints)\"/></w:rPr>"
        let numbered = "<w:hdr \(namespace)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r>\(run)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(run)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r>\(run)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(run)<w:t>2</w:t></w:r>"
            + "<w:r>\(run)<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>"
        let first = "<w:hdr \(namespace)><w:p/></w:hdr>"
        return [("word/" + partNames[0], Array(numbered.utf8)), ("word/" + partNames[1], Array(first.utf8))]
    }
}
