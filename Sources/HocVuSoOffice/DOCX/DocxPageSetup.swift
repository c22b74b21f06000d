extension DocxDocument {
    /// Paper size (twips: 1/1440 inch) and margins (millimetres) of the document's one section.
    public struct PageSetup: Sendable, Equatable {
        public var widthTwips: Int
        public var heightTwips: Int
        public var topMarginMm: Double
        public var bottomMarginMm: Double
        public var leftMarginMm: Double
        public var rightMarginMm: Double
        /// Distance of the page header and footer from the paper edge.
        public var headerMm: Double
        public var footerMm: Double

        public init(widthTwips: Int = 11_906, heightTwips: Int = 16_838,
                    topMarginMm: Double = 20, bottomMarginMm: Double = 20,
                    leftMarginMm: Double = 30, rightMarginMm: Double = 15,
                    headerMm: Double = 10, footerMm: Double = 10) {
            self.widthTwips = widthTwips
            self.heightTwips = heightTwips
            self.topMarginMm = topMarginMm
            self.bottomMarginMm = bottomMarginMm
            self.leftMarginMm = leftMarginMm
            self.rightMarginMm = rightMarginMm
            self.headerMm = headerMm
            self.footerMm = footerMm
        }

        /// A4 upright with the margins of Decree 30/2020 (top 20, bottom 20, left 30, right 15 mm).
        public static let a4Portrait = PageSetup()

        /// A4 on its side, with the same margins.
        public static let a4Landscape = PageSetup(widthTwips: 16_838, heightTwips: 11_906)

        public var isLandscape: Bool { widthTwips > heightTwips }

        /// The width between the margins, in twips: the most a paragraph or table can use.
        public var textWidthTwips: Int {
            widthTwips - DocxUnits.twips(mm: leftMarginMm) - DocxUnits.twips(mm: rightMarginMm)
        }

        /// The width between the margins, in centimetres.
        public var textWidthCm: Double { Double(textWidthTwips) / DocxUnits.twipsPerCm }
    }
}
