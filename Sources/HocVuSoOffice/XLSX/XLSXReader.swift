import Foundation
import HocVuSoCore

/// Reads .xlsx workbooks (Office Open XML spreadsheets) into plain cell texts.
public enum XLSXReader {
    /// Guards against zip bombs and files too large to hold in memory.
    public struct Limits: Sendable, Equatable {
        /// The largest decompressed size of one part (a sheet's XML, the shared strings).
        public var maxPartBytes: Int
        /// The most cells (counting blanks inside a row) one sheet may produce.
        public var maxCells: Int

        public init(maxPartBytes: Int = 512 << 20, maxCells: Int = 10_000_000) {
            self.maxPartBytes = maxPartBytes
            self.maxCells = maxCells
        }
    }

    /// Every worksheet in tab order (chart sheets are skipped), hidden ones included and marked.
    /// `maxCells` bounds the whole workbook, so many sheet entries naming one part cannot multiply it.
    public static func read(_ data: Data, limits: Limits = Limits()) throws -> [Table] {
        let workbook = try XLSXWorkbook(data: data, limits: limits)
        var tables: [Table] = []
        var cells = 0
        for index in workbook.sheets.indices {
            let table = try workbook.table(at: index)
            cells += table.rows.count * table.columnCount
            guard cells <= limits.maxCells else { throw OfficeError.tooManyCells(limit: limits.maxCells) }
            tables.append(table)
        }
        return tables
    }
}

/// An opened workbook: the sheet list, shared strings and styles are read once; each sheet is then read
/// on demand, whole (`table(at:)`) or streamed row by row (`forEachRow`).
public struct XLSXWorkbook: Sendable {
    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var isHidden: Bool
        /// The sheet's part inside the archive ("xl/worksheets/sheet1.xml").
        public var path: String
    }

    public let sheets: [Sheet]
    public let limits: XLSXReader.Limits
    private let directory: ZipDirectory
    private let sharedStrings: [String]
    private let formats: [CellFormat]
    private let date1904: Bool

    public init(data: Data, limits: XLSXReader.Limits = XLSXReader.Limits()) throws {
        guard !data.isEmpty else { throw OfficeError.emptyFile }
        let directory = try ZipDirectory(data: data)
        let limit = limits.maxPartBytes
        let mainPath = try Relationships.read(for: "", in: directory, limit: limit)
            .first { $0.kind == "officeDocument" }?.path ?? "xl/workbook.xml"
        guard directory.entry(mainPath) != nil else { throw Self.notAWorkbook(directory, missing: mainPath) }

        let workbook = try WorkbookPart.read(mainPath, in: directory, limit: limit)
        let relationships = try Relationships.read(for: mainPath, in: directory, limit: limit)
        var byID: [String: Relationship] = [:]
        for relationship in relationships { byID[relationship.id] = relationship }

        var sheets: [Sheet] = []
        for entry in workbook.sheets {
            guard let relationship = byID[entry.relationshipID] else {
                throw OfficeError.xlsxMissingSheet(sheet: entry.name, part: entry.relationshipID)
            }
            guard relationship.kind == "worksheet" else { continue }
            guard directory.entry(relationship.path) != nil else {
                throw OfficeError.xlsxMissingSheet(sheet: entry.name, part: relationship.path)
            }
            sheets.append(Sheet(name: entry.name, isHidden: entry.isHidden, path: relationship.path))
        }
        guard !sheets.isEmpty else { throw OfficeError.xlsxNoSheets }

        var sharedStrings: [String] = []
        if let path = relationships.first(where: { $0.kind == "sharedStrings" })?.path, directory.entry(path) != nil {
            let handler = SharedStringsHandler()
            try XMLPart.parse(path, in: directory, limit: limit, with: handler)
            sharedStrings = handler.strings
        }
        var formats: [CellFormat] = []
        if let path = relationships.first(where: { $0.kind == "styles" })?.path, directory.entry(path) != nil {
            let handler = StylesHandler()
            try XMLPart.parse(path, in: directory, limit: limit, with: handler)
            formats = handler.formats
        }

        self.sheets = sheets
        self.limits = limits
        self.directory = directory
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = workbook.date1904
    }

    /// One sheet as a table: `rows[i]` is sheet row i + 1; trailing blank rows/columns dropped.
    /// `maxCells` bounds the padded rectangle (rows × widest row), which is what the table holds: one cell at
    /// XFD1048576 alone would otherwise become 17 billion blank cells.
    public func table(at index: Int) throws -> Table {
        var rows: [[String]] = []
        var width = 0
        let maxCells = limits.maxCells
        try forEachRow(inSheet: index) { rowNumber, cells in
            guard cells.contains(where: { !$0.isEmpty }) else { return }
            let i = rowNumber - 1
            width = max(width, cells.count)
            guard max(rows.count, i + 1) * width <= maxCells else {   // at most 2^20 × 2^14: no overflow
                throw OfficeError.tooManyCells(limit: maxCells)
            }
            if i >= rows.count {
                rows.append(contentsOf: repeatElement([], count: i - rows.count))
                rows.append(cells)
            } else {
                // A row number seen before (out of order): merge its non-empty cells.
                if rows[i].count < cells.count {
                    rows[i].append(contentsOf: repeatElement("", count: cells.count - rows[i].count))
                }
                for (c, text) in cells.enumerated() where !text.isEmpty { rows[i][c] = text }
            }
        }
        let sheet = sheets[index]
        return Table(trimming: rows, name: sheet.name, isHidden: sheet.isHidden)
    }

    /// Streams a sheet's rows in file order with their 1-based row numbers. Cells are not padded: a row
    /// ends at its last non-empty cell, and rows without values may be skipped or passed as blanks.
    public func forEachRow(inSheet index: Int, _ body: (_ rowNumber: Int, _ cells: [String]) throws -> Void) throws {
        precondition(sheets.indices.contains(index), "sheet index out of range")
        let sheet = sheets[index]
        try withoutActuallyEscaping(body) { body in
            let handler = WorksheetHandler(sheetName: sheet.name, sharedStrings: sharedStrings, formats: formats,
                                           date1904: date1904, sink: body)
            try XMLPart.parse(sheet.path, in: directory, limit: limits.maxPartBytes, sheet: sheet.name, with: handler)
        }
    }

    /// A zip that is no workbook: say what it is when we can tell.
    private static func notAWorkbook(_ directory: ZipDirectory, missing: String) -> DomainError {
        if directory.entry("word/document.xml") != nil { return OfficeError.unsupportedContent(Strings.Office.kindWord) }
        if directory.entry("ppt/presentation.xml") != nil {
            return OfficeError.unsupportedContent(Strings.Office.kindPowerPoint)
        }
        if directory.entry("content.xml") != nil || directory.entry("mimetype") != nil {
            return OfficeError.unsupportedContent(Strings.Office.kindOpenDocument)
        }
        return OfficeError.xlsxMissingPart(missing)
    }
}
