import Foundation

/// The text taken out of a received file, and how it was taken.
public struct AcquiredText: Sendable, Equatable, Codable {
    public enum Method: String, Sendable, Codable {
        /// A plain text file.
        case plain
        /// The paragraphs of a Word document.
        case word
        /// A PDF's text layer (poppler's pdftotext).
        case pdfText = "pdf-text"
        /// Optical character recognition (Tesseract, Vietnamese model) of a scan or a photo.
        case ocr
        /// A PDF with a text layer on some pages and scans on others.
        case mixed
    }

    public var text: String
    public var kind: ReceivedFileKind
    public var method: Method
    public var pages: Int
    /// Pages read by OCR, and the time OCR took for them.
    public var ocrPages: Int
    public var ocrSeconds: Double

    public init(text: String, kind: ReceivedFileKind, method: Method, pages: Int, ocrPages: Int = 0, ocrSeconds: Double = 0) {
        self.text = text
        self.kind = kind
        self.method = method
        self.pages = pages
        self.ocrPages = ocrPages
        self.ocrSeconds = ocrSeconds
    }
}
