import Foundation
import HocVuSoCore

/// The spreadsheet formats the readers accept, told apart by content first and file name second.
public enum TabularFormat: Sendable, Equatable {
    case csv
    case xlsx

    /// Decides how to read an upload. Throws a `DomainError` that tells the user what the file really is
    /// when it is not CSV or XLSX: old binary Excel (.xls), a password-protected workbook, a web page saved
    /// as .xls, a PDF, an image, or an unknown file type.
    public static func detect(data: Data, filename: String? = nil) throws -> TabularFormat {
        let ext = filename.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        let head = [UInt8](data.prefix(4096))
        guard !head.isEmpty else { throw OfficeError.emptyFile }

        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .xlsx
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // An OLE container: Excel 97–2003, or an encrypted OOXML workbook.
            throw ["xlsx", "xlsm", "xltx"].contains(ext) ? OfficeError.encryptedExcel : OfficeError.legacyExcel
        }
        if let kind = binaryKind(head) {
            throw OfficeError.unsupportedContent(kind)
        }
        let text = String(decoding: head.prefix(2048), as: UTF8.self).lowercased()
        if text.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            throw OfficeError.legacyExcel   // "XML Spreadsheet 2003"
        }
        if isHTML(text) {
            throw ext == "xls" ? OfficeError.htmlDisguisedAsExcel : OfficeError.unsupportedContent(Strings.Office.kindHTML)
        }
        switch ext {
        case "xlsx", "xlsm", "xltx":
            throw OfficeError.xlsxBrokenZip
        case "", "csv", "txt", "tsv", "tab", "xls":
            // Some systems export CSV text with an .xls name; Excel opens those too.
            if TextDecoding.looksBinary(head) { throw OfficeError.unsupportedContent(Strings.Office.kindBinary) }
            return .csv
        default:
            throw OfficeError.unsupportedFileType(extension: ext)
        }
    }

    private static func binaryKind(_ head: [UInt8]) -> String? {
        if head.starts(with: Array("%PDF".utf8)) { return Strings.Office.kindPDF }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF])
            || head.starts(with: Array("GIF8".utf8)) { return Strings.Office.kindImage }
        return nil
    }

    private static func isHTML(_ lowercasedHead: String) -> Bool {
        let trimmed = lowercasedHead.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.hasPrefix("<") else { return false }
        return trimmed.contains("<html") || trimmed.contains("<table") || trimmed.contains("<!doctype html")
    }
}
