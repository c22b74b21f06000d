import HocVuSoCore

/// The errors of this module, each with a stable code. Messages come from `Strings.Office`.
enum OfficeError {
    typealias S = Strings.Office

    static let emptyFile = DomainError(.invalid, code: "file.empty", message: S.emptyFile)
    static let legacyExcel = DomainError(.badRequest, code: "file.xls", message: S.legacyExcel)
    static let encryptedExcel = DomainError(.badRequest, code: "file.encrypted", message: S.encryptedExcel)
    static let htmlDisguisedAsExcel = DomainError(.badRequest, code: "file.html", message: S.htmlDisguisedAsExcel)

    static func fileNotFound(_ path: String) -> DomainError {
        DomainError(.notFound, code: "file.notFound", message: S.fileNotFound(path))
    }

    static func unsupportedFileType(extension ext: String) -> DomainError {
        DomainError(.badRequest, code: "file.type", message: S.unsupportedFileType(extension: ext))
    }

    static func unsupportedContent(_ kind: String) -> DomainError {
        DomainError(.badRequest, code: "file.type", message: S.unsupportedContent(kind))
    }

    static func tooLarge(bytes: Int) -> DomainError {
        DomainError(.tooLarge, code: "file.tooLarge", message: S.tooLarge(megabytes: bytes / 1_048_576))
    }

    static func tooManyCells(limit: Int) -> DomainError {
        DomainError(.tooLarge, code: "file.tooManyCells", message: S.tooManyCells(limit: limit))
    }

    static func csvNotUTF8(line: Int, byteOffset: Int, excerpt: String) -> DomainError {
        DomainError(.invalid, code: "file.encoding", message: S.csvNotUTF8(line: line, byteOffset: byteOffset),
                    details: [Problem(row: line, value: excerpt, reason: S.csvNotUTF8(line: line, byteOffset: byteOffset))])
    }

    static let csvBadUTF16 = DomainError(.invalid, code: "file.encoding", message: S.csvBadUTF16)

    static func csvUnterminatedQuote(line: Int) -> DomainError {
        DomainError(.invalid, code: "csv.unterminatedQuote", message: S.csvUnterminatedQuote(line: line),
                    details: [Problem(row: line, reason: S.csvUnterminatedQuote(line: line))])
    }

    static let xlsxBrokenZip = DomainError(.badRequest, code: "xlsx.zip", message: S.xlsxBrokenZip)

    static func xlsxBrokenPart(_ part: String) -> DomainError {
        DomainError(.badRequest, code: "xlsx.zip", message: S.xlsxBrokenPart(part))
    }

    static func xlsxUnsupportedCompression(_ part: String) -> DomainError {
        DomainError(.badRequest, code: "xlsx.compression", message: S.xlsxUnsupportedCompression(part))
    }

    static func xlsxMissingPart(_ part: String) -> DomainError {
        DomainError(.badRequest, code: "xlsx.missingPart", message: S.xlsxMissingPart(part))
    }

    static func xlsxMissingSheet(sheet: String, part: String) -> DomainError {
        DomainError(.badRequest, code: "xlsx.missingPart", message: S.xlsxMissingSheet(sheet: sheet, part: part))
    }

    static let xlsxNoSheets = DomainError(.invalid, code: "xlsx.noSheets", message: S.xlsxNoSheets)

    static func xlsxBrokenXML(part: String, sheet: String?, line: Int) -> DomainError {
        let message = sheet.map { S.xlsxBrokenSheetXML(sheet: $0, line: line) } ?? S.xlsxBrokenXML(part: part, line: line)
        return DomainError(.badRequest, code: "xlsx.xml", message: message)
    }

    static func xlsxBadSharedString(sheet: String, cell: String, index: String) -> DomainError {
        let message = S.xlsxBadSharedString(sheet: sheet, cell: cell, index: index)
        return DomainError(.badRequest, code: "xlsx.sharedString", message: message,
                           details: [Problem(column: cell, value: index, reason: message)])
    }

    static func xlsxBadCellReference(sheet: String, reference: String) -> DomainError {
        let message = S.xlsxBadCellReference(sheet: sheet, reference: reference)
        return DomainError(.badRequest, code: "xlsx.cellReference", message: message,
                           details: [Problem(value: reference, reason: message)])
    }

    // MARK: Writers (QR codes, Word documents)

    static let qrEncodingFailed = DomainError(.invalid, code: "qr.encode", message: S.qrEncodingFailed)

    static func qrTextTooLong(bytes: Int) -> DomainError {
        DomainError(.tooLarge, code: "qr.tooLong", message: S.qrTextTooLong(bytes: bytes))
    }

    static let docxUnsupportedImage = DomainError(.invalid, code: "docx.image", message: S.docxUnsupportedImage)
}
