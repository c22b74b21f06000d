import Foundation
import HocVuSoCore

/// The text of a Word document (DOCX): one line per paragraph of the main body, table cells separated by tabs and
/// rows by line breaks, `w:br` as a line break, `w:tab` as a tab. Headers, footers and drawings are left out.
public enum DocxTextReader {
    /// The largest main part read (decompressed): a hundred-page report is a few megabytes.
    static let partLimit = 64 * 1_048_576

    /// Throws `file.docx` when the bytes are not a readable Word document.
    public static func text(_ data: Data) throws -> String {
        let directory: ZipDirectory
        do {
            directory = try ZipDirectory(data: data)
        } catch {
            throw DomainError(.badRequest, code: "file.docx", message: Strings.Office.brokenWordDocument)
        }
        let handler = DocumentBodyHandler()
        do {
            try XMLPart.parse("word/document.xml", in: directory, limit: partLimit, with: handler)
        } catch let error as DomainError where error.kind == .tooLarge {
            throw error
        } catch {
            throw DomainError(.badRequest, code: "file.docx", message: Strings.Office.brokenWordDocument)
        }
        return handler.lines.joined(separator: "\n")
    }
}

/// Collects the paragraphs of `word/document.xml`.
private final class DocumentBodyHandler: XMLPartHandler {
    private(set) var lines: [String] = []
    private var current = ""
    private var inText = false
    private var cellDepth = 0
    private var rowCells: [String] = []

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "t": inText = true
        case "tab": current += "\t"
        case "br", "cr": current += "\n"
        case "tc": cellDepth += 1
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "t":
            inText = false
        case "p":
            if cellDepth > 0 {
                // Paragraphs inside a cell stay in the cell, joined by a space.
                current += " "
            } else {
                lines.append(current)
                current = ""
            }
        case "tc":
            cellDepth -= 1
            rowCells.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        case "tr":
            lines.append(rowCells.joined(separator: "\t"))
            rowCells = []
        default:
            break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}
