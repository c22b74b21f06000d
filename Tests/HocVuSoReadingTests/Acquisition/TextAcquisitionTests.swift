import Foundation
import HocVuSoCore
import HocVuSoTestSupport
import Testing
@testable import HocVuSoReading

@Suite("Taking the text out of what a commune sent: plain text, Word, a PDF's text layer, a scan, a photo")
struct TextAcquisitionTests {
    let acquisition = TextAcquisition()

    func folded(_ text: String) -> String { VietnameseText.fold(text) }

    @Test("files are told apart by their bytes; an empty or binary file gets a message naming it")
    func kinds() async throws {
        #expect(try ReceivedFileKind.of(Data("%PDF-1.7\n".utf8), name: "a.pdf") == .pdf)
        #expect(try ReceivedFileKind.of(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), name: "a.png") == .png)
        #expect(try ReceivedFileKind.of(Data([0xFF, 0xD8, 0xFF, 0xE0]), name: "a.jpg") == .jpeg)
        #expect(try ReceivedFileKind.of(Data("Báo cáo".utf8), name: "a.txt") == .text)
        do {
            _ = try await acquisition.read(Data(), name: "rong.txt")
            Issue.record("an empty file was read")
        } catch let error as DomainError {
            #expect(error.code == "reading.empty")
        }
        var binary = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])   // an old .doc
        binary.append(Data((0..<500).map { UInt8($0 % 251) }))
        do {
            _ = try await acquisition.read(binary, name: "bao-cao.doc")
            Issue.record("a binary file was read")
        } catch let error as DomainError {
            #expect(error.code == "reading.type")
            #expect(error.message.contains("bao-cao.doc"))
        }
    }

    @Test("plain text in UTF-8 or UTF-16, with Windows line ends and decomposed accents, comes out as NFC lines")
    func plainText() async throws {
        let text = "Số: 58/BC-UBND\r\nBáo cáo kết quả\r\n"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(text.data(using: .utf16LittleEndian)!)
        for data in [Data(text.utf8), utf16, Data(text.decomposedStringWithCanonicalMapping.utf8)] {
            let read = try await acquisition.read(data, name: "bao-cao.txt")
            #expect(read.text == "Số: 58/BC-UBND\nBáo cáo kết quả")
            #expect(read.method == .plain)
        }
        // Only blank lines: nothing to read.
        await #expect(throws: DomainError.self) { try await acquisition.read(Data(" \n\n 12 \n".utf8), name: "x.txt") }
    }

    @Test("a Word document gives its paragraphs and table rows, in order")
    func word() async throws {
        let read = try await acquisition.read(try SampleReport.docx(), name: "bao-cao.docx")
        #expect(read.method == .word)
        let lines = read.text.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(SampleReport.lines.count)) == SampleReport.lines)
        #expect(lines.contains("Thôn Đông\t640"))
        // A zip that is not a Word document.
        do {
            _ = try await acquisition.read(Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 60)), name: "hong.docx")
            Issue.record("a broken docx was read")
        } catch let error as DomainError {
            #expect(error.code == "file.docx")
        }
    }

    @Test("a PDF with a text layer is read with pdftotext; a scan of it and a photo of a page are read by Tesseract")
    func pdfScanAndPhoto() async throws {
        let folder = try Tool.temporaryFolder("acquisition")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try await Tool.convertToPDF(try SampleReport.docx(), name: "bao-cao", in: folder)
        let layer = try await acquisition.read(try Data(contentsOf: pdf), name: "bao-cao.pdf")
        #expect(layer.method == .pdfText)
        #expect(layer.pages == 1 && layer.ocrPages == 0)
        #expect(layer.text.contains("hỗ trợ 1.250 lượt người dân"))

        // The page as a scanner would give it: a 300 dpi grey JPEG inside a PDF without text.
        try await Tool.run("pdftoppm", ["-r", "300", "-gray", "-jpeg", "-singlefile", pdf.path, folder.appending(path: "page").path])
        let jpeg = try Data(contentsOf: folder.appending(path: "page.jpg"))
        let size = try #require(ScannedPDF.size(ofJPEG: jpeg))
        let scan = ScannedPDF.make(pages: [(jpeg, size.width, size.height)])
        let progress = ProgressLog()
        let scanned = try await acquisition.read(scan, name: "ban-quet.pdf") { done, total in await progress.add(done, total) }
        #expect(scanned.method == .ocr)
        #expect(scanned.ocrPages == 1 && scanned.ocrSeconds > 0)
        #expect(await progress.steps == ["1/1"])
        // Tesseract's Vietnamese model reads the printed page with its diacritics.
        for phrase in ["Bình dân học vụ số", "1.250 lượt người dân", "khoảng 320 học viên", "712/SKHCN"] {
            #expect(folded(scanned.text).contains(folded(phrase)), "OCR lost “\(phrase)”: \(scanned.text)")
        }
        #expect(scanned.text.contains("Kết quả triển khai"))

        try await Tool.run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", pdf.path, folder.appending(path: "photo").path])
        let photo = try await acquisition.read(try Data(contentsOf: folder.appending(path: "photo.png")), name: "anh.png")
        #expect(photo.method == .ocr && photo.kind == .png)
        #expect(folded(photo.text).contains(folded("8 lớp bồi dưỡng kỹ năng số")))
    }

    @Test("a broken PDF, a broken image and too many pages are refused with a message")
    func brokenFiles() async throws {
        for (data, name, code) in [(Data("%PDF-1.4\nnot really a pdf".utf8), "hong.pdf", "reading.pdf"),
                                   (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]), "hong.png", "reading.image")] {
            do {
                _ = try await acquisition.read(data, name: name)
                Issue.record("\(name) was read")
            } catch let error as DomainError {
                #expect(error.code == code, "\(name): \(error.code) \(error.message)")
                #expect(!error.message.isEmpty)
            }
        }
        let folder = try Tool.temporaryFolder("pages")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try await Tool.convertToPDF(try SampleReport.docx(), name: "bao-cao", in: folder)
        var limited = TextAcquisition()
        limited.pageLimit = 0
        do {
            _ = try await limited.read(try Data(contentsOf: pdf), name: "dai.pdf")
            Issue.record("a PDF over the page limit was read")
        } catch let error as DomainError {
            #expect(error.code == "reading.pages")
        }
    }
}

actor ProgressLog {
    var steps: [String] = []
    func add(_ done: Int, _ total: Int) { steps.append("\(done)/\(total)") }
}
