/// `xl/worksheets/sheetN.xml`: streams `<sheetData>` row by row as cell texts.
/// Handles every cell type (s, inlineStr, str, b, e, n, d), cells and rows without `r`, sparse cells,
/// and formats dates, times and zero-padded numbers by the cell's style.
final class WorksheetHandler: XMLPartHandler {
    typealias RowSink = (_ rowNumber: Int, _ cells: [String]) throws -> Void

    private let sheetName: String
    private let sharedStrings: [String]
    private let formats: [CellFormat]
    private let date1904: Bool
    private let sink: RowSink

    private var inSheetData = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var nextColumn = 0

    private var column = 0
    private var type = ""
    private var style = 0
    private var reference = ""
    private var value = ""
    private var inline = ""
    private var buffer = ""
    private var capturing = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sheetName: String, sharedStrings: [String], formats: [CellFormat], date1904: Bool, sink: @escaping RowSink) {
        self.sheetName = sheetName
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
        self.sink = sink
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        guard inSheetData else {
            if name == "sheetData" { inSheetData = true }
            return
        }
        switch name {
        case "c":
            startCell(attributes)
        case "v":
            capturing = true
            buffer = ""
        case "is":
            inInlineString = true
        case "rPh":
            phoneticDepth += 1
        case "t" where inInlineString && phoneticDepth == 0:
            capturing = true
            buffer = ""
        case "row":
            startRow(attributes)
        default:
            break
        }
    }

    override func end(_ name: String) {
        guard inSheetData else { return }
        switch name {
        case "v":
            value = buffer
            capturing = false
        case "t" where capturing:
            inline += buffer
            capturing = false
        case "rPh":
            phoneticDepth -= 1
        case "is":
            inInlineString = false
        case "c":
            endCell()
        case "row":
            do {
                try sink(rowNumber, cells)
            } catch {
                fail(error)
            }
            cells = []
        case "sheetData":
            inSheetData = false
        default:
            break
        }
    }

    override func text(_ string: String) {
        if capturing { buffer += string }
    }

    private func startRow(_ attributes: [String: String]) {
        if let r = attributes["r"] {
            guard let n = Int(r), (1...CellReference.maxRows).contains(n) else {
                fail(OfficeError.xlsxBadCellReference(sheet: sheetName, reference: r))
                return
            }
            rowNumber = n
        } else {
            rowNumber += 1
        }
        cells = []
        nextColumn = 0
    }

    private func startCell(_ attributes: [String: String]) {
        if let r = attributes["r"] {
            guard let ref = CellReference(r) else {
                fail(OfficeError.xlsxBadCellReference(sheet: sheetName, reference: r))
                return
            }
            column = ref.column
            reference = r
        } else {
            column = nextColumn
            reference = Table.cellReference(row: max(rowNumber - 1, 0), column: column)
        }
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap { Int($0) } ?? 0
        value = ""
        inline = ""
        capturing = false
        phoneticDepth = 0
    }

    private func endCell() {
        nextColumn = column + 1
        guard let text = cellText(), !text.isEmpty else { return }
        if column >= cells.count {
            cells.append(contentsOf: repeatElement("", count: column - cells.count + 1))
        }
        cells[column] = text
    }

    private func cellText() -> String? {
        switch type {
        case "s":
            let key = ExcelNumber.trimmedSpaces(value)
            guard let i = Int(key), sharedStrings.indices.contains(i) else {
                if value.isEmpty { return nil }
                fail(OfficeError.xlsxBadSharedString(sheet: sheetName, cell: reference, index: key))
                return nil
            }
            return sharedStrings[i]
        case "inlineStr":
            return OOXMLText.unescape(inline.isEmpty ? value : inline)
        case "str":
            return OOXMLText.unescape(value)
        case "b":
            switch ExcelNumber.trimmedSpaces(value) {
            case "1", "true": return "TRUE"
            case "0", "false": return "FALSE"
            default: return value
            }
        case "e":
            return value
        case "d":
            return isoDateText(value)
        default:
            return numberText(value)
        }
    }

    private func numberText(_ raw: String) -> String {
        guard !raw.isEmpty else { return raw }
        let format = formats.indices.contains(style) ? formats[style] : .general
        switch format {
        case .general:
            return ExcelNumber.text(raw)
        case .zeroPadded(let digits):
            return ExcelNumber.zeroPadded(raw, digits: digits) ?? ExcelNumber.text(raw)
        case .date, .dateTime, .time:
            guard let serial = Double(ExcelNumber.trimmedSpaces(raw)),
                  let text = ExcelDate.text(serial: serial, format: format, date1904: date1904) else {
                return ExcelNumber.text(raw)
            }
            return text
        }
    }

    /// `t="d"` holds an ISO 8601 date ("2005-10-07" or "2005-10-07T00:00:00"); shown as dd/mm/yyyy.
    private func isoDateText(_ raw: String) -> String {
        let parts = raw.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return raw }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
