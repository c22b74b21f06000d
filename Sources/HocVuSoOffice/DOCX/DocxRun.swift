extension DocxDocument {
    /// A piece of a paragraph with one formatting: text, a picture, or a line break.
    /// In text, "\n" becomes a line break and "\t" a tab.
    public struct Run: Sendable {
        public enum Content: Sendable {
            case text(String)
            case image(Image)
            case lineBreak
        }

        public var content: Content
        public var bold: Bool
        public var italic: Bool
        public var underline: Bool
        /// nil keeps the paragraph's or the document's size.
        public var sizePt: Double?
        /// nil keeps the document's font.
        public var font: String?
        /// RGB as six hex digits ("C00000"); nil is automatic (black).
        public var color: String?

        public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false,
                    sizePt: Double? = nil, font: String? = nil, color: String? = nil) {
            self.init(content: .text(text), bold: bold, italic: italic, underline: underline,
                      sizePt: sizePt, font: font, color: color)
        }

        public init(content: Content, bold: Bool = false, italic: Bool = false, underline: Bool = false,
                    sizePt: Double? = nil, font: String? = nil, color: String? = nil) {
            self.content = content
            self.bold = bold
            self.italic = italic
            self.underline = underline
            self.sizePt = sizePt
            self.font = font
            self.color = color
        }

        /// An inline picture.
        public static func image(_ image: Image) -> Run { Run(content: .image(image)) }

        public static let lineBreak = Run(content: .lineBreak)
    }
}
