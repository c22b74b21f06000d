import Foundation

/// One entry point for uploads: detects the format and reads every sheet.
public enum TabularFile {
    /// Reads a CSV file (one table, named after the file) or every worksheet of an XLSX workbook.
    public static func read(_ data: Data, filename: String? = nil) throws -> [Table] {
        switch try TabularFormat.detect(data: data, filename: filename) {
        case .csv:
            let name = filename.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "CSV"
            return [try CSVReader.read(data, name: name.isEmpty ? "CSV" : name)]
        case .xlsx:
            return try XLSXReader.read(data)
        }
    }
}
