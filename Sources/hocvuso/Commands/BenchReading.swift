import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore

/// `hocvuso bench reading`: what reading a received report costs. Each report text is printed to PDF by LibreOffice
/// and its pages rendered at 300 dpi as a scanner would; every page is then read by OCR (Tesseract, Vietnamese
/// model) through the product's path, with the bare `tesseract` command on the same page as the baseline. The
/// extractor and the diacritics restorer are timed on the same texts.
struct BenchReading: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reading", abstract: "OCR per page, extraction and diacritics restoration.")

    @Option(help: "A folder of report texts (.txt).") var reports = "Tests/HocVuSoReadingTests/HeldOut/reports"
    @Option(help: "How many reports to scan and read.") var limit = 3
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() async throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .txt reports in \(reports)") }
        let texts = try names.prefix(max(1, limit)).map { try String(contentsOfFile: "\(reports)/\($0)", encoding: .utf8) }
        let folder = NSTemporaryDirectory() + "hocvuso-bench-reading-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var renderSeconds: [Double] = []
        var ocrSeconds: [Double] = []
        var bareSeconds: [Double] = []
        let acquisition = TextAcquisition()
        for (index, text) in texts.enumerated() {
            let pages = try ScannedPages.make(text, name: "report-\(index)", in: folder)
            renderSeconds.append(pages.renderSeconds / Double(pages.images.count))
            for image in pages.images {
                let data = try Data(contentsOf: URL(fileURLWithPath: image))
                let read = try await acquisition.read(data, name: "page.png")
                ocrSeconds.append(read.ocrSeconds)
                let start = Date()
                _ = try runProcess(ScannedPages.tool("tesseract"), [image, "stdout", "-l", "vie", "--psm", "3"])
                bareSeconds.append(Date().timeIntervalSince(start))
            }
        }

        let directory = UnitDirectory(try UnitStore.officialUnits())
        let reader = ReportReader(directory: directory)
        let extraction = Self.seconds(runs: 20) { for text in texts { _ = reader.read(text) } } / Double(texts.count)
        let stripped = texts.map(Self.withoutDiacritics)
        let extractionStripped = Self.seconds(runs: 20) { for text in stripped { _ = reader.read(text) } } / Double(texts.count)
        let loadStart = Date()
        let restorer = try DiacriticsRestorer()
        let load = Date().timeIntervalSince(loadStart)
        let kilobytes = Double(stripped.reduce(0) { $0 + $1.utf8.count }) / 1024
        let restoration = Self.seconds(runs: 5) { for text in stripped { _ = restorer.restore(text) } }

        let figures = [
            BenchFigure(name: "pages scanned", value: Double(ocrSeconds.count), unit: "pages"),
            BenchFigure(name: "render 300 dpi per page", value: Self.mean(renderSeconds), unit: "s"),
            BenchFigure(name: "OCR per page (mean)", value: Self.mean(ocrSeconds), unit: "s",
                        baseline: Self.mean(bareSeconds), baselineName: "bare tesseract"),
            BenchFigure(name: "OCR per page (max)", value: ocrSeconds.max() ?? 0, unit: "s"),
            BenchFigure(name: "extraction per report", value: extraction * 1000, unit: "ms"),
            BenchFigure(name: "extraction per report, no diacritics", value: extractionStripped * 1000, unit: "ms"),
            BenchFigure(name: "restorer load", value: load * 1000, unit: "ms"),
            BenchFigure(name: "restoration per KB", value: restoration * 1000 / kilobytes, unit: "ms"),
        ]
        try report(figures, json: json)
    }

    /// Mean seconds of `runs` runs of `body`.
    static func seconds(runs: Int, _ body: () -> Void) -> Double {
        let start = Date()
        for _ in 0..<runs { body() }
        return Date().timeIntervalSince(start) / Double(runs)
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The text as a keyboard without Vietnamese input would type it.
    static func withoutDiacritics(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
    }
}

/// A report text printed to PDF by LibreOffice and rendered page by page as 300 dpi grey PNGs.
enum ScannedPages {
    struct Pages {
        var images: [String]
        var renderSeconds: Double
    }

    static func make(_ text: String, name: String, in folder: String) throws -> Pages {
        let source = "\(folder)/\(name).txt"
        try text.write(toFile: source, atomically: true, encoding: .utf8)
        _ = try runProcess(tool("libreoffice"), ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--norestore",
                                                 "--convert-to", "pdf", "--outdir", folder, source])
        let start = Date()
        _ = try runProcess(tool("pdftoppm"), ["-r", "300", "-gray", "-png", "\(folder)/\(name).pdf", "\(folder)/\(name)-page"])
        let seconds = Date().timeIntervalSince(start)
        let images = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("\(name)-page") && $0.hasSuffix(".png") }.sorted().map { "\(folder)/\($0)" }
        return Pages(images: images, renderSeconds: seconds)
    }

    static func tool(_ name: String) throws -> String {
        guard let path = ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ValidationError("\(name) is not installed (bash scripts/setup.sh)")
        }
        return path
    }
}
