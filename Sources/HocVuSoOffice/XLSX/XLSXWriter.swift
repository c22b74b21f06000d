import Foundation
import ZIPFoundation

/// Writes .xlsx workbooks that Excel and LibreOffice open and that `XLSXReader` reads back exactly.
public enum XLSXWriter {
    /// Zip entries carry this fixed time so the same sheets always give the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 1_735_689_600)   // 2025-01-01

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

        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: entryDate, compressionMethod: .deflate,
                                 bufferSize: 1 << 16) { position, size in
                let start = Int(position)
                return Data(bytes[start..<min(start + size, bytes.count)])
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
