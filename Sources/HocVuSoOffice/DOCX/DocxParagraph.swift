extension DocxDocument {
    /// A paragraph: runs and their layout. Lengths of indents are in centimetres, spacing in points.
    public struct Paragraph: Sendable {
        public enum Alignment: String, Sendable {
            case left, center, right
            /// Both edges aligned ("both" in WordprocessingML).
            case justify = "both"
        }

        public enum LineSpacing: Sendable, Equatable {
            /// A multiple of single spacing (1, 1.15, 1.5, 2).
            case multiple(Double)
            /// At least this many points.
            case atLeast(Double)
            /// Exactly this many points.
            case exactly(Double)
        }

        /// A line along one edge of the paragraph.
        public struct Border: Sendable, Equatable {
            public var widthPt: Double
            /// Gap between the text and the line, in points.
            public var spacePt: Int
            /// RGB as six hex digits.
            public var color: String

            public init(widthPt: Double = 0.75, spacePt: Int = 1, color: String = "000000") {
                self.widthPt = widthPt
                self.spacePt = spacePt
                self.color = color
            }
        }

        public var runs: [Run]
        public var alignment: Alignment
        public var firstLineIndentCm: Double
        public var leftIndentCm: Double
        public var rightIndentCm: Double
        public var spaceBeforePt: Double
        public var spaceAfterPt: Double
        public var lineSpacing: LineSpacing
        /// Keeps this paragraph on the same page as the next one.
        public var keepWithNext: Bool
        /// A line under the paragraph, as long as the paragraph (between its indents).
        public var bottomBorder: Border?
        /// Size of the paragraph mark; sets the height of an empty paragraph. nil keeps the default.
        public var markSizePt: Double?

        public init(_ runs: [Run] = [], alignment: Alignment = .left, firstLineIndentCm: Double = 0,
                    leftIndentCm: Double = 0, rightIndentCm: Double = 0, spaceBeforePt: Double = 0,
                    spaceAfterPt: Double = 0, lineSpacing: LineSpacing = .multiple(1), keepWithNext: Bool = false,
                    bottomBorder: Border? = nil, markSizePt: Double? = nil) {
            self.runs = runs
            self.alignment = alignment
            self.firstLineIndentCm = firstLineIndentCm
            self.leftIndentCm = leftIndentCm
            self.rightIndentCm = rightIndentCm
            self.spaceBeforePt = spaceBeforePt
            self.spaceAfterPt = spaceAfterPt
            self.lineSpacing = lineSpacing
            self.keepWithNext = keepWithNext
            self.bottomBorder = bottomBorder
            self.markSizePt = markSizePt
        }

        /// A paragraph of one run of text.
        public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false,
                    sizePt: Double? = nil, alignment: Alignment = .left, firstLineIndentCm: Double = 0,
                    spaceBeforePt: Double = 0, spaceAfterPt: Double = 0, lineSpacing: LineSpacing = .multiple(1),
                    keepWithNext: Bool = false) {
            self.init([Run(text, bold: bold, italic: italic, underline: underline, sizePt: sizePt)],
                      alignment: alignment, firstLineIndentCm: firstLineIndentCm, spaceBeforePt: spaceBeforePt,
                      spaceAfterPt: spaceAfterPt, lineSpacing: lineSpacing, keepWithNext: keepWithNext)
        }

        /// A short centred horizontal line, `lengthCm` long, in a space `availableWidthCm` wide (the text
        /// width, or a table cell's width less its margins): an empty paragraph with a bottom border and
        /// indents on both sides. Decree 30 draws one under the motto and under the issuing body's name.
        public static func rule(lengthCm: Double, availableWidthCm: Double, widthPt: Double = 0.75,
                                spaceAfterPt: Double = 0) -> Paragraph {
            let side = max(0, (availableWidthCm - lengthCm) / 2)
            return Paragraph([], alignment: .center, leftIndentCm: side, rightIndentCm: side,
                             spaceAfterPt: spaceAfterPt, lineSpacing: .exactly(3),
                             bottomBorder: Border(widthPt: widthPt, spacePt: 0), markSizePt: 1)
        }
    }
}
