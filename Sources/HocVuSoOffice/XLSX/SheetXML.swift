import HocVuSoCore

/// The XML of one worksheet: dimension, frozen header pane, column widths, then the cells.
struct SheetXML {
    /// Style indices in `WorkbookXML.styles`.
    static let headerStyle = 1
    static let dateStyle = 2
    static let textStyle = 3
    /// Excel's limit on the length of a cell's text.
    static let maxTextLength = 32_767

    static func make(_ sheet: XLSXSheet, selected: Bool) -> [UInt8] {
        let hasHeader = !sheet.header.isEmpty
        let width = max(sheet.header.count, sheet.rows.reduce(0) { max($0, $1.count) })
        let rowCount = sheet.rows.count + (hasHeader ? 1 : 0)

        var out = [UInt8]()
        out.reserveCapacity(256 + rowCount * max(width, 1) * 40)
        out += Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8) + [10]
        out += Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#.utf8)
        out += Array(#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#.utf8)
        let lastCell = width > 0 && rowCount > 0 ? Table.cellReference(row: rowCount - 1, column: width - 1) : "A1"
        out += Array(#"<dimension ref="A1:\#(lastCell)"/>"#.utf8)
        out += Array(#"<sheetViews><sheetView workbookViewId="0"\#(selected ? #" tabSelected="1""# : "")>"#.utf8)
        if hasHeader {
            out += Array(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#.utf8)
            out += Array(#"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#.utf8)
        }
        out += Array(#"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#.utf8)
        if width > 0 {
            out += Array("<cols>".utf8)
            for (i, w) in columnWidths(sheet, width: width).enumerated() {
                out += Array(#"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"#.utf8)
            }
            out += Array("</cols>".utf8)
        }
        out += Array("<sheetData>".utf8)
        let letters = (0..<width).map { Array(Table.columnLetters($0).utf8) }
        var rowNumber = 0
        if hasHeader {
            rowNumber += 1
            appendRow(sheet.header.map(CellValue.text), number: rowNumber, style: headerStyle, letters: letters, to: &out)
        }
        for row in sheet.rows {
            rowNumber += 1
            appendRow(row, number: rowNumber, style: nil, letters: letters, to: &out)
        }
        out += Array("</sheetData></worksheet>".utf8)
        return out
    }

    /// Writes `<row>` and its cells byte by byte (this loop runs once per cell of large exports).
    private static func appendRow(_ cells: [CellValue], number: Int, style: Int?, letters: [[UInt8]],
                                  to out: inout [UInt8]) {
        let rowDigits = Array(String(number).utf8)
        out.append(contentsOf: #"<row r=""#.utf8)
        out.append(contentsOf: rowDigits)
        out.append(contentsOf: #"">"#.utf8)
        for (column, cell) in cells.enumerated() {
            func open(style: Int?, inline: Bool = false) {
                out.append(contentsOf: #"<c r=""#.utf8)
                out.append(contentsOf: letters[column])
                out.append(contentsOf: rowDigits)
                out.append(UInt8(ascii: "\""))
                if let style {
                    out.append(contentsOf: #" s=""#.utf8)
                    out.append(contentsOf: String(style).utf8)
                    out.append(UInt8(ascii: "\""))
                }
                out.append(contentsOf: inline ? #" t="inlineStr"><is>"#.utf8 : ">".utf8)
            }
            switch cell {
            case .empty:
                continue
            case .text(let text):
                guard !text.isEmpty else { continue }
                open(style: style ?? textStyle, inline: true)
                appendText(text, to: &out)
                out.append(contentsOf: "</is></c>".utf8)
            case .integer(let n):
                open(style: style)
                out.append(contentsOf: "<v>".utf8)
                out.append(contentsOf: String(n).utf8)
                out.append(contentsOf: "</v></c>".utf8)
            case .decimal(let x):
                guard x.isFinite else { continue }
                open(style: style)
                out.append(contentsOf: "<v>".utf8)
                out.append(contentsOf: x.description.utf8)
                out.append(contentsOf: "</v></c>".utf8)
            case .date(let date):
                if let serial = ExcelDate.serial(of: date) {
                    open(style: style ?? dateStyle)
                    out.append(contentsOf: "<v>".utf8)
                    out.append(contentsOf: String(serial).utf8)
                    out.append(contentsOf: "</v></c>".utf8)
                } else {
                    open(style: style ?? textStyle, inline: true)
                    appendText(dateText(date), to: &out)
                    out.append(contentsOf: "</is></c>".utf8)
                }
            }
        }
        out.append(contentsOf: "</row>".utf8)
    }

    /// `<t>` with the text escaped, cut to Excel's limit, whitespace preserved where it matters.
    private static func appendText(_ text: String, to out: inout [UInt8]) {
        var value = XMLText.protectingOOXMLEscapes(text)
        if value.utf16.count > maxTextLength {
            value = String(value.prefix(maxTextLength))
            while value.utf16.count > maxTextLength { value.removeLast() }
        }
        let utf8 = value.utf8
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        let preserve = isSpace(utf8.first ?? 0) || isSpace(utf8.last ?? 0) || utf8.contains { $0 == 0x0A || $0 == 0x09 }
        out.append(contentsOf: preserve ? #"<t xml:space="preserve">"#.utf8 : "<t>".utf8)
        XMLText.append(value, to: &out)
        out.append(contentsOf: "</t>".utf8)
    }

    private static func dateText(_ date: CivilDate) -> String {
        String(format2: date.day) + "/" + String(format2: date.month) + "/" + String(date.year)
    }

    /// Given widths, else the longest text among the first 1,000 rows, in characters (6–60), plus padding.
    private static func columnWidths(_ sheet: XLSXSheet, width: Int) -> [Double] {
        (0..<width).map { column in
            if column < sheet.columnWidths.count, let given = sheet.columnWidths[column] { return given }
            var longest = column < sheet.header.count ? Double(sheet.header[column].count) * 1.15 : 0
            for row in sheet.rows.prefix(1_000) where column < row.count {
                let length: Int
                switch row[column] {
                case .empty: length = 0
                case .text(let t): length = t.split(separator: "\n").map(\.count).max() ?? 0
                case .integer(let n): length = String(n).count
                case .decimal(let x): length = String(x).count
                case .date: length = 10
                }
                longest = max(longest, Double(length))
            }
            return (min(max(longest, 6), 60) + 2).rounded()
        }
    }
}

private extension String {
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }
}
