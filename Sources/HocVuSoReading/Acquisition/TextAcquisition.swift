import Foundation
import HocVuSoCore
import HocVuSoOffice

/// Takes the text out of a received report whatever form it came in: plain text, a Word document, a PDF with a text
/// layer, or a scanned PDF or photo read by Tesseract. Pages are counted, limited, and reported as they are read.
public struct TextAcquisition: Sendable {
    /// The most pages read from one file: a commune report is a few pages.
    public var pageLimit = 40
    /// Scan resolution for OCR; 300 dpi is what Tesseract is trained for.
    public var resolution = 300
    public var ocrLanguage = "vie"

    public init() {}

    /// `progress(done, total)` is called after each page.
    public func read(_ data: Data, name: String,
                     progress: @Sendable (Int, Int) async -> Void = { _, _ in }) async throws -> AcquiredText {
        let kind = try ReceivedFileKind.of(data, name: name)
        var acquired: AcquiredText
        switch kind {
        case .text:
            guard let text = PlainText.decode(data) else {
                throw DomainError(.badRequest, code: "reading.encoding", message: Strings.ReceivedFile.notText)
            }
            acquired = AcquiredText(text: text, kind: kind, method: .plain, pages: 1)
        case .docx:
            acquired = AcquiredText(text: try DocxTextReader.text(data), kind: kind, method: .word, pages: 1)
        case .pdf:
            acquired = try await readPDF(data, progress: progress)
        case .png, .jpeg, .tiff:
            acquired = try await readImage(data, kind: kind, progress: progress)
        }
        acquired.text = Self.clean(acquired.text)
        guard acquired.text.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) }) else {
            throw DomainError(.invalid, code: "reading.no-text", message: Strings.ReceivedFile.noText)
        }
        return acquired
    }

    /// NFC, Unix line ends, page breaks as blank lines, no trailing spaces.
    static func clean(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacing(/[ \t]+$/, with: "") }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func withScratch<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    private func readPDF(_ data: Data, progress: @Sendable (Int, Int) async -> Void) async throws -> AcquiredText {
        try await withScratch { folder in
            let file = folder.appendingPathComponent("received.pdf")
            try data.write(to: file)
            let pdf = PDFReader(path: file.path)
            let count = try await pdf.pageCount()
            guard count <= pageLimit else {
                throw DomainError(.invalid, code: "reading.pages", message: Strings.ReceivedFile.tooManyPages(count, limit: pageLimit))
            }
            var pages = try await pdf.textLayer()
            if pages.count < count { pages += Array(repeating: "", count: count - pages.count) }
            let scanner = ScanReader(language: ocrLanguage)
            var ocrPages = 0
            var ocrSeconds = 0.0
            for index in 0..<count {
                if PDFReader.looksScanned(pages[index]) {
                    let clock = ContinuousClock()
                    let start = clock.now
                    let image = try await pdf.render(page: index + 1, into: folder, resolution: resolution)
                    pages[index] = try await scanner.text(ofImage: image)
                    try? FileManager.default.removeItem(atPath: image)
                    ocrSeconds += (clock.now - start).seconds
                    ocrPages += 1
                }
                await progress(index + 1, count)
            }
            let method: AcquiredText.Method = ocrPages == 0 ? .pdfText : (ocrPages == count ? .ocr : .mixed)
            return AcquiredText(text: pages.joined(separator: "\u{0C}"), kind: .pdf, method: method, pages: count,
                                ocrPages: ocrPages, ocrSeconds: ocrSeconds)
        }
    }

    private func readImage(_ data: Data, kind: ReceivedFileKind, progress: @Sendable (Int, Int) async -> Void) async throws -> AcquiredText {
        try await withScratch { folder in
            let file = folder.appendingPathComponent("received.\(kind.rawValue)")
            try data.write(to: file)
            let clock = ContinuousClock()
            let start = clock.now
            let text = try await ScanReader(language: ocrLanguage).text(ofImage: file.path)
            let seconds = (clock.now - start).seconds
            await progress(1, 1)
            return AcquiredText(text: text, kind: kind, method: .ocr, pages: 1, ocrPages: 1, ocrSeconds: seconds)
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
