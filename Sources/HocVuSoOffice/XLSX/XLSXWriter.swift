import Foundation

/// Writes .xlsx workbooks that Excel and LibreOffice open and that `XLSXReader` reads back exactly.
public enum XLSXWriter {
    public static func write(_ sheets: [XLSXSheet]) throws -> Data {
        let sheets = sheets.isEmpty ? [XLSXSheet(name: "Sheet1")] : sheets
        let names = SheetNames.valid(sheets.map(\.name))
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(WorkbookXML.contentTypes(sheetCount: sheets.count).utf8)),
            ("_rels/.rels", Array(WorkbookXML.packageRelationships.utf8)),
            ("xl/workbook.xml", Array(WorkbookXML.workbook(sheetNames: names).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(WorkbookXML.workbookRelationships(sheetCount: sheets.count).utf8)),
            ("xl/styles.xml", Array(WorkbookXML.styles.utf8)),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", SheetXML.make(sheet, selected: i == 0)))
        }

        return try PackageArchive.write(parts.map { (path: $0.0, bytes: $0.1) })
    }
}
