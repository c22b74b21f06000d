import Foundation

/// The pictures of a document as they are met while writing the body: each becomes a part
/// word/media/imageN.ext with a relationship from word/document.xml.
struct DocxMedia {
    struct Item {
        var number: Int
        var format: DocxDocument.Image.Format
        var data: Data

        var fileName: String { "image\(number).\(format.rawValue)" }
        /// Relative to word/document.xml.
        var target: String { "media/\(fileName)" }
        var partPath: String { "word/\(target)" }
        var relationshipID: String { "rIdImage\(number)" }
    }

    private(set) var items: [Item] = []

    /// Registers a picture; throws `docx.image` when it is neither PNG nor JPEG.
    mutating func add(_ image: DocxDocument.Image) throws -> Item {
        guard let format = image.format else { throw OfficeError.docxUnsupportedImage }
        let item = Item(number: items.count + 1, format: format, data: image.data)
        items.append(item)
        return item
    }

    var formats: [DocxDocument.Image.Format] {
        var seen: [DocxDocument.Image.Format] = []
        for item in items where !seen.contains(item.format) { seen.append(item.format) }
        return seen
    }
}
