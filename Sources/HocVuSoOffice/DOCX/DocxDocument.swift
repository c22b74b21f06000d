import Foundation

/// A Word document (.docx) built from paragraphs, tables and inline pictures, in one section.
/// General enough for administrative documents in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman,
/// margins 20/20/30/15 mm) and for certificates. `write()` gives the bytes of the file.
public struct DocxDocument: Sendable {
    public var page: PageSetup
    /// The font of every run that does not name its own (rFonts ascii, hAnsi, cs and eastAsia).
    public var defaultFont: String
    /// The default text size in half-points (28 = 14 pt, the usual size of ND 30 body text).
    public var defaultSizeHalfPoints: Int
    /// The language spell checkers assume, as a BCP 47 tag.
    public var language: String
    /// Title and author in docProps/core.xml; nil leaves them out.
    public var title: String?
    public var author: String?
    public var blocks: [Block]
    /// Page numbers centred at the top of every page but the first (NĐ 30/2020: "từ trang thứ 2").
    public var pageNumbersFromSecondPage = false

    public init(page: PageSetup = .a4Portrait, defaultFont: String = "Times New Roman", defaultSizeHalfPoints: Int = 28,
                language: String = "vi-VN", title: String? = nil, author: String? = nil, blocks: [Block] = []) {
        self.page = page
        self.defaultFont = defaultFont
        self.defaultSizeHalfPoints = defaultSizeHalfPoints
        self.language = language
        self.title = title
        self.author = author
        self.blocks = blocks
    }

    public mutating func append(_ paragraph: Paragraph) { blocks.append(.paragraph(paragraph)) }
    public mutating func append(_ table: Table) { blocks.append(.table(table)) }

    /// The .docx file. Throws `docx.image` when a picture is neither PNG nor JPEG.
    public func write() throws -> Data {
        var media = DocxMedia()
        let body = try DocxBodyXML.document(self, media: &media)
        return try PackageArchive.write(DocxPackageXML.parts(for: self, documentXML: body, media: media))
    }
}

extension DocxDocument {
    /// A top-level element of the body.
    public enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
        /// Starts a new page.
        case pageBreak
    }
}
