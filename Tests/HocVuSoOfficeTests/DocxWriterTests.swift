import Foundation
import HocVuSoTestSupport
@testable import HocVuSoOffice
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("DOCX writer")
struct DocxWriterTests {
    typealias Paragraph = DocxDocument.Paragraph
    typealias Run = DocxDocument.Run
    typealias Table = DocxDocument.Table

    static let qrText = "https://hocvuso.example.vn/bao-cao/42"

    /// A short report in the layout of Decree 30/2020: two-column header with rules, title, justified
    /// body text with a first-line indent, a bordered table with a header row, a picture.
    static func report() throws -> DocxDocument {
        var document = DocxDocument(title: "Báo cáo kết quả", author: "UBND XÃ CHÍ MINH")
        let width = document.page.textWidthCm
        var header = Table(columnWidthsCm: [6.0, width - 6.0], borders: false)
        header.rows = [Table.Row([
            Table.Cell([
                Paragraph("UBND XÃ CHÍ MINH", bold: true, sizePt: 13, alignment: .center),
                Paragraph.rule(lengthCm: 2, availableWidthCm: header.textWidthCm(column: 0)),
                Paragraph("Số: 12/BC-UBND", sizePt: 13, alignment: .center, spaceBeforePt: 6),
            ]),
            Table.Cell([
                Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, sizePt: 12.5, alignment: .center),
                Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, sizePt: 13.5, alignment: .center),
                Paragraph.rule(lengthCm: 6, availableWidthCm: header.textWidthCm(column: 1)),
                Paragraph([Run("Chí Minh, ngày 23 tháng 11 năm 2026", italic: true, sizePt: 13)],
                          alignment: .center, spaceBeforePt: 6),
            ]),
        ])]
        document.append(header)
        document.append(Paragraph("BÁO CÁO", bold: true, alignment: .center, spaceBeforePt: 24))
        document.append(Paragraph("Kết quả phong trào “Bình dân học vụ số” quý IV", bold: true, alignment: .center,
                                  spaceAfterPt: 12, keepWithNext: true))
        document.append(Paragraph(
            [Run("Thực hiện Kế hoạch số 05/KH-UBND, "), Run("Ủy ban nhân dân xã", bold: true),
             Run(" báo cáo kết quả "), Run("như sau", italic: true, underline: true), Run(":\tđạt yêu cầu.\nDòng mới.")],
            alignment: .justify, firstLineIndentCm: 1.27, spaceBeforePt: 6, lineSpacing: .atLeast(15)))
        var figures = Table(columnWidthsCm: [1.2, 8.0, 3.0], borders: true)
        figures.rows = [
            Table.Row([Table.Cell([Paragraph("TT", bold: true, alignment: .center)], verticalAlignment: .center),
                       Table.Cell([Paragraph("Thôn", bold: true, alignment: .center)], verticalAlignment: .center),
                       Table.Cell([Paragraph("Số người", bold: true, alignment: .center)], shading: "D9D9D9")],
                      isHeader: true),
            Table.Row([Table.Cell([Paragraph("1", alignment: .center)]), Table.Cell([Paragraph("Thôn An Lại")]),
                       Table.Cell([Paragraph("1.234", alignment: .right)])]),
            Table.Row([Table.Cell([Paragraph("Tổng cộng", bold: true)], columnSpan: 2),
                       Table.Cell([Paragraph("1.234", bold: true, alignment: .right)])]),
            Table.Row([Table.Cell([]), Table.Cell([]), Table.Cell([])]),
        ]
        document.append(figures)
        let png = try QRCode.encode(qrText).png(scale: 6)
        document.append(Paragraph([.image(DocxDocument.Image(data: png, widthCm: 3, heightCm: 3, description: "Mã QR")),
                                   .lineBreak, Run("Ảnh mã QR", sizePt: 10)],
                                  alignment: .center, spaceBeforePt: 12))
        document.blocks.append(.pageBreak)
        document.append(Paragraph("Trang hai: Nơi nhận – Lưu: VT.", italic: true, sizePt: 11, lineSpacing: .exactly(14)))
        return document
    }

    static func parts(of docx: Data) throws -> [String: Data] {
        let directory = try ZipDirectory(data: docx)
        var parts: [String: Data] = [:]
        for entry in directory.entries {
            parts[entry.path] = try ZipEntryReader(directory: directory, entry: entry, limit: 1 << 26).readAll()
        }
        return parts
    }

    static func isWellFormed(_ xml: Data) -> Bool {
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        return parser.parse()
    }

    @Test func packageHasEveryPartAndEachIsWellFormedXML() throws {
        let parts = try Self.parts(of: try Self.report().write())
        #expect(Set(parts.keys) == [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/settings.xml", "docProps/core.xml", "word/media/image1.png",
        ])
        for (path, data) in parts where !path.hasSuffix(".png") {
            #expect(Self.isWellFormed(data), "\(path) is not well-formed XML")
        }
        #expect(parts["word/media/image1.png"] == (try QRCode.encode(Self.qrText).png(scale: 6)))
    }

    @Test func partsCarryPageFontsAndPictureReferences() throws {
        let parts = try Self.parts(of: try Self.report().write())
        let text = { (path: String) in String(decoding: parts[path] ?? Data(), as: UTF8.self) }
        let types = text("[Content_Types].xml")
        #expect(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        #expect(types.contains("PartName=\"/word/document.xml\""))
        #expect(text("_rels/.rels").contains("Target=\"word/document.xml\""))
        #expect(text("word/_rels/document.xml.rels").contains("Id=\"rIdImage1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\""))

        let styles = text("word/styles.xml")
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(styles.contains("w:val=\"vi-VN\""))

        let body = text("word/document.xml")
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(body.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(body.contains("Độc lập - Tự do - Hạnh phúc"))   // UTF-8, not character references
        #expect(body.contains("<a:blip r:embed=\"rIdImage1\"/>"))
        #expect(body.contains("<wp:extent cx=\"1080000\" cy=\"1080000\"/>"))
        #expect(body.contains("<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"720\"/><w:jc w:val=\"both\"/>"))
        #expect(body.contains("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\""))
        #expect(body.contains("<w:tblHeader/>") && body.contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(body.contains("<w:t xml:space=\"preserve\">:</w:t><w:tab/>"))
        #expect(body.contains("<w:br/><w:t xml:space=\"preserve\">Dòng mới.</w:t>"))
        #expect(body.contains("<w:br w:type=\"page\"/>"))
        #expect(body.contains("<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"300\" w:lineRule=\"atLeast\"/>"))
        #expect(body.contains("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"280\" w:lineRule=\"exact\"/>"))
        #expect(body.contains("<w:tc><w:tcPr><w:tcW w:w=\"680\" w:type=\"dxa\"/><w:vAlign w:val=\"top\"/></w:tcPr><w:p>"))
    }

    @Test func specialCharactersAreEscaped() throws {
        var document = DocxDocument()
        document.append(Paragraph("A & B <c> \"d\""))
        let body = String(decoding: try Self.parts(of: document.write())["word/document.xml"] ?? Data(), as: UTF8.self)
        #expect(body.contains("A &amp; B &lt;c&gt; &quot;d&quot;"))
    }

    @Test func landscapePageAndOwnFont() throws {
        var document = DocxDocument(page: .a4Landscape, defaultFont: "Arial", defaultSizeHalfPoints: 26)
        document.append(Table(columnWidthsCm: [5], rows: [Table.Row([Table.Cell([Paragraph("x")])])]))
        let parts = try Self.parts(of: document.write())
        let body = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
        #expect(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(body.hasSuffix("</w:tbl><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:jc w:val=\"left\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>" + Self.sectionTail(body)))
        #expect(String(decoding: parts["word/styles.xml"] ?? Data(), as: UTF8.self).contains("w:ascii=\"Arial\""))
        #expect(parts["docProps/core.xml"] == nil)
        #expect(!String(decoding: parts["[Content_Types].xml"] ?? Data(), as: UTF8.self).contains("png"))
    }

    static func sectionTail(_ body: String) -> String {
        guard let start = body.range(of: "<w:sectPr>") else { return "" }
        return String(body[start.lowerBound...])
    }

    @Test func pictureThatIsNotPNGOrJPEGIsRefused() {
        var document = DocxDocument()
        document.append(Paragraph([.image(DocxDocument.Image(data: Data("GIF89a".utf8), widthCm: 1, heightCm: 1))]))
        expectDomainError("docx.image") { _ = try document.write() }
    }

    @Test func sameDocumentGivesSameBytes() throws {
        #expect(try Self.report().write() == (try Self.report().write()))
    }

    @Test func libreOfficeRendersVietnameseTextInTimesNewRoman() async throws {
        let folder = try Tool.temporaryFolder("docx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try await Tool.convertToPDF(try Self.report().write(), name: "bao-cao", in: folder)

        let text = try await Tool.pdfText(pdf)
        for expected in ["UBND XÃ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Kết quả phong trào “Bình dân học vụ số” quý IV", "Ủy ban nhân dân xã", "Thôn An Lại",
                         "Tổng cộng", "Trang hai: Nơi nhận – Lưu: VT."] {
            #expect(text.contains(expected), "\(expected) missing from: \(text)")
        }
        let pages = try await Tool.run("pdfinfo", [pdf.path]).stdout
        #expect(pages.contains(/Pages:\s+2\n/))

        // The real Times New Roman when installed, otherwise fontconfig's metric-compatible Liberation Serif.
        let family = try await Tool.timesNewRomanSubstitute().split(separator: ",").first.map(String.init) ?? ""
        #expect(["Times New Roman", "Liberation Serif"].contains(family),
                "no Times New Roman nor Liberation Serif (install fonts-liberation): fontconfig gives \(family)")
        let fonts = try await Tool.run("pdffonts", [pdf.path]).stdout
        let postScriptName = family.replacingOccurrences(of: " ", with: "")
        #expect(fonts.contains(postScriptName), "\(postScriptName) not embedded: \(fonts)")
        #expect(fonts.contains("\(postScriptName)-Bold") || fonts.contains("\(postScriptName)PS-Bold"))
    }
}
