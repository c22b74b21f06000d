extension DocxDocument {
    /// A table with fixed column widths. Without borders it serves as a layout grid, e.g. the two-column
    /// header of an administrative document (issuing body left, national title right).
    public struct Table: Sendable {
        public enum Alignment: String, Sendable {
            case left, center, right
        }

        public struct Row: Sendable {
            public var cells: [Cell]
            /// Repeated at the top of every page the table runs onto.
            public var isHeader: Bool
            /// Keeps the row on one page.
            public var cantSplit: Bool

            public init(_ cells: [Cell], isHeader: Bool = false, cantSplit: Bool = true) {
                self.cells = cells
                self.isHeader = isHeader
                self.cantSplit = cantSplit
            }
        }

        public struct Cell: Sendable {
            public enum VerticalAlignment: String, Sendable {
                case top, center, bottom
            }

            public var paragraphs: [Paragraph]
            public var verticalAlignment: VerticalAlignment
            /// How many grid columns the cell covers.
            public var columnSpan: Int
            /// Background as six hex digits; nil is none.
            public var shading: String?

            public init(_ paragraphs: [Paragraph], verticalAlignment: VerticalAlignment = .top,
                        columnSpan: Int = 1, shading: String? = nil) {
                self.paragraphs = paragraphs
                self.verticalAlignment = verticalAlignment
                self.columnSpan = max(1, columnSpan)
                self.shading = shading
            }
        }

        public var columnWidthsTwips: [Int]
        public var rows: [Row]
        /// Single lines around and between all cells, or no lines at all.
        public var borders: Bool
        public var alignment: Alignment
        /// Space between a cell's edge and its text, left and right.
        public var cellMarginCm: Double

        public init(columnWidthsTwips: [Int], rows: [Row] = [], borders: Bool = true,
                    alignment: Alignment = .center, cellMarginCm: Double = 0.19) {
            self.columnWidthsTwips = columnWidthsTwips
            self.rows = rows
            self.borders = borders
            self.alignment = alignment
            self.cellMarginCm = cellMarginCm
        }

        public init(columnWidthsCm: [Double], rows: [Row] = [], borders: Bool = true,
                    alignment: Alignment = .center, cellMarginCm: Double = 0.19) {
            self.init(columnWidthsTwips: columnWidthsCm.map { DocxUnits.twips(cm: $0) }, rows: rows,
                      borders: borders, alignment: alignment, cellMarginCm: cellMarginCm)
        }

        public var widthTwips: Int { columnWidthsTwips.reduce(0, +) }

        /// The width for text in a cell that starts at grid column `column` and spans `span` columns, in cm.
        public func textWidthCm(column: Int, span: Int = 1) -> Double {
            let twips = columnWidthsTwips[column..<min(column + span, columnWidthsTwips.count)].reduce(0, +)
            return Double(twips) / DocxUnits.twipsPerCm - 2 * cellMarginCm
        }
    }
}
