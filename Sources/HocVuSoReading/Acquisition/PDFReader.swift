import Foundation
import HocVuSoCore

/// A PDF's pages: the text layer with poppler's pdftotext, and a page rendered as a 300 dpi grey image with
/// pdftoppm when it carries no text (a scan).
struct PDFReader: Sendable {
    let path: String

    /// The number of pages (pdfinfo); throws `reading.pdf` for a broken or password-protected file.
    func pageCount() async throws -> Int {
        let info: Data
        do {
            info = try await ExternalTool.pdfinfo.run([path])
        } catch let error as DomainError where error.code == "reading.tool-failed" {
            throw DomainError(.invalid, code: "reading.pdf", message: Strings.ReceivedFile.brokenPDF)
        }
        for line in String(decoding: info, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Pages:") {
            if let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) { return count }
        }
        throw DomainError(.invalid, code: "reading.pdf", message: Strings.ReceivedFile.brokenPDF)
    }

    /// The text layer, one entry per page (pdftotext separates pages with a form feed).
    func textLayer() async throws -> [String] {
        let output: Data
        do {
            output = try await ExternalTool.pdftotext.run(["-enc", "UTF-8", path, "-"])
        } catch let error as DomainError where error.code == "reading.tool-failed" {
            throw DomainError(.invalid, code: "reading.pdf", message: Strings.ReceivedFile.brokenPDF)
        }
        var pages = String(decoding: output, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true, pages.count > 1 { pages.removeLast() }
        return pages
    }

    /// Renders page `number` (from 1) to a PNG in `folder`; its path.
    func render(page number: Int, into folder: URL, resolution: Int) async throws -> String {
        let prefix = folder.appendingPathComponent("page-\(number)").path
        _ = try await ExternalTool.pdftoppm.run(["-r", "\(resolution)", "-gray", "-png", "-singlefile",
                                                 "-f", "\(number)", "-l", "\(number)", path, prefix])
        return prefix + ".png"
    }

    /// A page whose text layer holds fewer letters than this is taken for a scan.
    static let scannedPageLetters = 40

    static func looksScanned(_ page: String) -> Bool {
        page.unicodeScalars.lazy.filter { CharacterSet.letters.contains($0) }.count < scannedPageLetters
    }
}
