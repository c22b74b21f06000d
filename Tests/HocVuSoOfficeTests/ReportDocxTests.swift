import Foundation
import HocVuSoTestSupport
import HocVuSoCore
@testable import HocVuSoOffice
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Report as DOCX (NĐ 30/2020 Phụ lục I)")
struct ReportDocxTests {
    typealias S = Strings.ReportDocument

    static let script = "Trích nội dung lạ <script>alert(1)</script> & “ký tự” đặc biệt vẫn hiện nguyên văn."

    static let villages = ["Thôn Chi Ngãi", "Thôn Chi Điền", "Thôn Bích Nham", "Thôn Đông Xá", "Thôn Tân Hưng",
                           "Thôn An Bài", "Thôn Lôi Động", "Thôn Kiệt Thượng", "Thôn Phúc Lâu", "Thôn Tào Khê",
                           "Thôn Hữu Lộc", "Thôn Đồng Tâm", "Thôn Văn Giai", "Thôn Ninh Giàng", "Thôn Đại Tân",
                           "Thôn Hoàng Gián", "Thôn Phao Sơn", "Thôn Trần Xá", "Thôn Thanh Mai", "Thôn Hạ Chiểu"]

    /// A village table like the seed's, one row per village, a total row and a caption.
    static func villageTable() -> ReportTable {
        var rows: [[String]] = []
        var members = 0
        var sessions = 0
        for (index, village) in villages.enumerated() {
            let teamMembers = 5 + index % 4
            let supported = 40 + (index * 37) % 60
            members += teamMembers
            sessions += supported
            rows.append(["\(index + 1)", village, "\(teamMembers)", "\(supported)", "\(60 + index)%"])
        }
        rows.append(["", "Tổng cộng", "\(members)", "\(sessions)", ""])
        return ReportTable(caption: "Bảng 1. Kết quả hoạt động của Tổ công nghệ số cộng đồng theo thôn",
                           header: ["TT", "Thôn", "Số thành viên tổ", "Lượt hỗ trợ", "Tỷ lệ hộ dùng QR"],
                           rows: rows, widths: [0.7, 3, 1.5, 1.4, 1.6], numericColumns: [2, 3, 4],
                           lastRowIsTotal: true)
    }

    static let intro = "Thực hiện Công văn số 1885/SKHCN-TTTT ngày 15/5/2026 của Sở Khoa học và Công nghệ thành phố "
        + "Hải Phòng về việc báo cáo kết quả triển khai phong trào “Bình dân học vụ số”, UBND xã Chí Minh báo cáo "
        + "kết quả thực hiện, cụ thể:"

    static let headings = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ TRIỂN KHAI",
                           "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"]

    static func sheet(isDraft: Bool = false) -> ReportSheet {
        let blocks: [ReportBlock] = [
            .paragraph(intro),
            .heading(headings[0]),
            .subheading("1. Kết quả tổ chức truyền thông, tuyên truyền, triển khai phong trào “Bình dân học vụ số”"),
            .paragraph("UBND xã Chí Minh đã ban hành các văn bản, kế hoạch triển khai thực hiện phong trào "
                + "“Bình dân học vụ số”, cụ thể như sau:"),
            .bullet("- Kế hoạch số 41/KH-UBND ngày 19/8/2025 về việc triển khai thực hiện phong trào "
                + "“Bình dân học vụ số” trên địa bàn xã Chí Minh;"),
            .bullet("- Công văn số 444/UBND-VHXH ngày 06/10/2025 về việc tổ chức triển khai đồng bộ phong trào "
                + "“Bình dân học vụ số”, “Ngày hội toàn dân học tập số” và “Ngày chuyển đổi số quốc gia”;"),
            .bullet("- Công văn số 907/UBND-VHXH ngày 14/5/2026 về việc triển khai cài đặt và sử dụng ứng dụng "
                + "Công dân số Smart Hải Phòng."),
            .paragraph("UBND xã đã tổ chức thông tin, tuyên truyền sâu rộng về ý nghĩa của phong trào thông qua hệ "
                + "thống loa phát thanh cơ sở, bảng tin, Cổng thông tin điện tử xã, các trang mạng xã hội do UBND xã "
                + "quản lý, các trường học, thôn, khu dân cư."),
            .heading(headings[1]),
            .subheading("1. Kết quả hoạt động của Tổ công nghệ số cộng đồng"),
            .paragraph("Hiện nay, trên địa bàn xã có 01 tổ công nghệ số cộng đồng cấp xã và 20 tổ công nghệ số "
                + "cộng đồng cấp thôn, 01 đội hỗ trợ chuyển đổi số phản ứng nhanh (tổ ứng cứu công nghệ)."),
            .table(villageTable()),
            .paragraph("Tính từ đầu năm 2026 đến nay, lực lượng Tổ công nghệ số cộng đồng tại địa phương đã trực "
                + "tiếp hỗ trợ trên 1.500 lượt công dân thực hiện thủ tục hành chính trực tuyến."),
            .paragraph(script),
            .heading(headings[2]),
            .paragraph("Một bộ phận người cao tuổi còn hạn chế về kỹ năng sử dụng điện thoại thông minh; hạ tầng "
                + "Internet tại một số thôn chưa ổn định."),
            .heading(headings[3]),
            .paragraph("Tiếp tục nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng, tăng cường hỗ trợ người "
                + "dân sử dụng dịch vụ công trực tuyến và các nền tảng số thiết yếu."),
            .paragraph("Trên đây là báo cáo kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã "
                + "Chí Minh. UBND xã báo cáo để Sở Khoa học và Công nghệ thành phố được biết./."),
        ]
        return ReportSheet(
            issuerParent: "UBND THÀNH PHỐ HẢI PHÒNG", issuer: "ỦY BAN NHÂN DÂN XÃ CHÍ MINH",
            number: "Số: 308/BC-UBND", placeAndDate: "Chí Minh, ngày 19 tháng 5 năm 2026", kind: "BÁO CÁO",
            summary: ["Kết quả triển khai phong trào “Bình dân học vụ số”", "trên địa bàn xã Chí Minh"],
            blocks: blocks,
            recipients: ["- Sở KH&CN thành phố;", "- TT ĐU xã; TT HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT, VHXH."],
            signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signerName: "Phạm Anh Tuấn", isDraft: isDraft)
    }

    static func parts(_ sheet: ReportSheet) throws -> [String: Data] {
        try DocxWriterTests.parts(of: ReportDocx.make(sheet))
    }

    static func outline(_ sheet: ReportSheet) throws -> DocxOutline {
        try DocxOutline(try #require(parts(sheet)["word/document.xml"]))
    }

    // MARK: Structure of word/document.xml

    @Test func everyPartIsWellFormedAndThePageIsA4WithTheDecreeMargins() throws {
        let parts = try Self.parts(Self.sheet())
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(DocxWriterTests.isWellFormed(data), "\(path) is not well-formed XML")
        }
        let outline = try DocxOutline(try #require(parts["word/document.xml"]))
        #expect(outline.page == ["w": "11906", "h": "16838"])
        #expect(outline.margins["w:top"] == "1134" && outline.margins["w:bottom"] == "1134")
        #expect(outline.margins["w:left"] == "1701" && outline.margins["w:right"] == "850")
        // Times New Roman is the document default; no run names another font.
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"))
        #expect(outline.fonts.allSatisfy { $0 == "Times New Roman" }, "\(outline.fonts)")
    }

    @Test func headerIsABorderlessTwoColumnTableWithItsRules() throws {
        let sheet = Self.sheet()
        let outline = try Self.outline(sheet)
        let header = try #require(outline.tables.first)
        #expect(header.columns == 2)
        #expect(!header.borders.isEmpty && header.borders.allSatisfy { $0 == "none" }, "\(header.borders)")
        let issuerParent = try #require(outline.paragraph(sheet.issuerParent))
        #expect(issuerParent.table == 0 && issuerParent.runs.allSatisfy { $0.size == 26 && !$0.bold })
        let issuer = try #require(outline.paragraph(sheet.issuer))
        #expect(issuer.table == 0 && issuer.jc == "center" && issuer.runs.allSatisfy { $0.size == 26 && $0.bold })
        #expect(issuer.text == "ỦY BAN NHÂN DÂN\nXÃ CHÍ MINH", "too wide for one line: broken where it balances")
        #expect(issuerParent.text == sheet.issuerParent, "fits on one line")
        let number = try #require(outline.paragraph(sheet.number))
        #expect(number.table == 0 && number.runs.allSatisfy { $0.size == 26 && !$0.bold })
        let nation = try #require(outline.paragraph(S.nationalTitle))
        #expect(nation.table == 0 && nation.runs.allSatisfy { $0.size == 26 && $0.bold })
        let motto = try #require(outline.paragraph(S.nationalMotto))
        #expect(motto.table == 0 && motto.runs.allSatisfy { $0.size == 28 && $0.bold })
        let date = try #require(outline.paragraph(sheet.placeAndDate))
        #expect(date.table == 0 && date.jc == "center" && date.runs.allSatisfy { $0.size == 28 && $0.italic })

        // A short rule under the issuer, one as long as the motto under it, one under the summary.
        let rules = outline.paragraphs.filter(\.ruled)
        #expect(rules.count == 3)
        #expect(rules.prefix(2).allSatisfy { $0.table == 0 } && rules.last?.table == nil)
        let mottoRule = try #require(rules.dropFirst().first)
        let margin = 2 * Double(DocxUnits.twips(cm: ReportDocx.headerCellMarginCm))
        let right = Double(try #require(header.gridColumns.last)) - margin
        let mottoTwips = right - Double(mottoRule.leftIndent + mottoRule.rightIndent)
        #expect(abs(mottoTwips - Double(DocxUnits.twips(cm: 6.0))) < Double(DocxUnits.twips(cm: 0.4)),
                "the motto's rule should be about as long as the motto (6 cm): \(mottoTwips) twips")
        let issuerRule = try #require(rules.first)
        let left = Double(try #require(header.gridColumns.first)) - margin
        let issuerLine = Double(DocxUnits.twips(cm: ReportDocx.textWidthCm("ỦY BAN NHÂN DÂN", sizePt: 13, bold: true)))
        let share = (left - Double(issuerRule.leftIndent + issuerRule.rightIndent)) / issuerLine
        #expect(share > 0.33 && share < 0.5, "the issuer's rule should be a third to a half of its line: \(share)")
    }

    @Test func headerLinesThatAreTooWideBreakWhereTheyBalance() {
        #expect(abs(ReportDocx.textWidthCm(S.nationalMotto, sizePt: 14, bold: true) - 6.0) < 0.1)
        #expect(abs(ReportDocx.textWidthCm(S.nationalTitle, sizePt: 13, bold: true) - 9.6) < 0.1)
        let city = ReportDocx.balancedLines("UBND THÀNH PHỐ HỒ CHÍ MINH", sizePt: 13, bold: false, columnCm: 6.9)
        #expect(city.text == "UBND THÀNH PHỐ\nHỒ CHÍ MINH" && city.widthCm < 5)
        let ward = ReportDocx.balancedLines("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG", sizePt: 13, bold: true, columnCm: 6.9)
        #expect(ward.text == "ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG BÀNG")
        let commune = ReportDocx.balancedLines("ỦY BAN NHÂN DÂN XÃ AN LÃO", sizePt: 13, bold: true, columnCm: 6.9)
        #expect(commune.text == "ỦY BAN NHÂN DÂN\nXÃ AN LÃO")
        let given = ReportDocx.balancedLines("ỦY BAN NHÂN DÂN XÃ\nAN LÃO", sizePt: 13, bold: true, columnCm: 6.9)
        #expect(given.text == "ỦY BAN NHÂN DÂN XÃ\nAN LÃO", "a break of the caller's is kept")
        #expect(abs(given.widthCm - ReportDocx.textWidthCm("ỦY BAN NHÂN DÂN XÃ", sizePt: 13, bold: true)) < 0.01)
        let short = ReportDocx.balancedLines("UBND XÃ AN LÃO", sizePt: 13, bold: true, columnCm: 6.9)
        #expect(short.text == "UBND XÃ AN LÃO" && short.widthCm < 6)
        let word = ReportDocx.balancedLines(String(repeating: "M", count: 40), sizePt: 13, bold: true, columnCm: 6.9)
        #expect(word.text.count == 40 && word.widthCm == 6.9)
    }

    @Test func titleBodyAndHeadingsFollowTheDecree() throws {
        let sheet = Self.sheet()
        let outline = try Self.outline(sheet)
        let kind = try #require(outline.paragraph(sheet.kind))
        #expect(kind.table == nil && kind.jc == "center" && kind.runs.allSatisfy { $0.bold && $0.size == 28 })
        for line in sheet.summary {
            let summary = try #require(outline.paragraph(line))
            #expect(summary.jc == "center" && summary.runs.allSatisfy { $0.bold && $0.size == 28 })
        }
        for block in sheet.blocks {
            let expected: (text: String, bold: Bool)? = switch block {
            case .paragraph(let text), .bullet(let text): (text, false)
            case .heading(let text), .subheading(let text): (text, true)
            case .table: nil
            }
            guard case let (text, bold)? = expected else { continue }
            let paragraph = try #require(outline.paragraph(text), "\(text) missing")
            #expect(paragraph.table == nil && paragraph.jc == "both" && paragraph.firstLine == 720, "\(text)")
            #expect(paragraph.spaceAfter >= 120 && paragraph.line <= 276, "\(text)")
            #expect(paragraph.runs.allSatisfy { $0.size == 28 && $0.bold == bold && !$0.italic }, "\(text)")
        }
        #expect(outline.paragraph(S.draft) == nil)
    }

    @Test func bodyTableIsBorderedWithARepeatedBoldHeaderRightAlignedFiguresAndABoldTotal() throws {
        let outline = try Self.outline(Self.sheet())
        let table = try #require(outline.tables.dropFirst().first)
        #expect(table.borders.count == 6 && table.borders.allSatisfy { $0 == "single" })
        #expect(table.columns == 5 && table.gridColumns.reduce(0, +) == 9355)
        #expect(table.gridColumns[1] > 3 * table.gridColumns[0])
        #expect(table.headerRows == 1)
        let caption = try #require(outline.paragraph(Self.villageTable().caption ?? ""))
        #expect(caption.table == nil && caption.runs.allSatisfy { $0.italic })
        let cells = outline.paragraphs.filter { $0.table == 1 }
        #expect(cells.count == 5 * 22)
        #expect(cells.allSatisfy { $0.runs.allSatisfy { $0.size == 24 } })
        #expect(cells.prefix(5).allSatisfy { $0.jc == "center" && $0.runs.allSatisfy { $0.bold } })
        let firstRow = cells[5..<10].map(\.jc)
        #expect(firstRow == ["left", "left", "right", "right", "right"])
        #expect(cells[5..<105].allSatisfy { $0.runs.allSatisfy { !$0.bold } })
        let total = cells.suffix(5)
        #expect(total.contains { $0.text == "Tổng cộng" } && total.allSatisfy { $0.runs.allSatisfy { $0.bold } })
    }

    @Test func recipientsAndSignatureSitSideBySide() throws {
        let sheet = Self.sheet()
        let outline = try Self.outline(sheet)
        let block = try #require(outline.tables.last)
        let index = outline.tables.count - 1
        #expect(block.columns == 2 && block.borders.allSatisfy { $0 == "none" })
        let label = try #require(outline.paragraph(S.recipientsLabel))
        #expect(label.table == index && label.runs.allSatisfy { $0.bold && $0.italic && $0.size == 24 })
        for line in sheet.recipients {
            let recipient = try #require(outline.paragraph(line))
            #expect(recipient.table == index && recipient.firstLine == 0 && recipient.jc == "left")
            #expect(recipient.runs.allSatisfy { $0.size == 22 && !$0.bold && !$0.italic })
        }
        for line in sheet.signature + [sheet.signerName] {
            let paragraph = try #require(outline.paragraph(line))
            #expect(paragraph.table == index && paragraph.jc == "center")
            #expect(paragraph.runs.allSatisfy { $0.bold && $0.size == 28 })
        }
        let signer = outline.paragraphs.filter { $0.table == index }.drop { $0.text != sheet.signature.last }
        #expect(signer.dropFirst().prefix(4).allSatisfy { $0.text.isEmpty }, "room to sign")
    }

    @Test func textIsEscapedAndComesBackLiterally() throws {
        let sheet = Self.sheet()
        let xml = String(decoding: try #require(try Self.parts(sheet)["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        #expect(!xml.contains("<script>"))
        let outline = try Self.outline(sheet)
        #expect(outline.paragraph(Self.script) != nil)
        #expect(outline.paragraph("- Sở KH&CN thành phố;") != nil)
    }

    @Test func draftShowsABoxedMarkerBeforeTheTitle() throws {
        let sheet = Self.sheet(isDraft: true)
        let outline = try Self.outline(sheet)
        let marker = try #require(outline.paragraph(S.draft))
        #expect(marker.runs.allSatisfy { $0.bold })
        let box = try #require(marker.table)
        #expect(outline.tables[box].borders.allSatisfy { $0 == "single" })
        let order = outline.paragraphs.map(\.text)
        #expect((order.firstIndex(of: S.draft) ?? .max) < (order.firstIndex(of: sheet.kind) ?? -1))
    }

    @Test func oddInputsStillGiveAValidDocument() throws {
        var sheet = Self.sheet()
        sheet.summary = []
        sheet.recipients = []
        sheet.signerName = ""
        sheet.blocks = [
            .table(ReportTable(header: [], rows: [["a", "b", "c"], ["d"]], widths: [1, -2])),
            .table(ReportTable(header: ["x"], rows: [], widths: [.nan])),
            .table(ReportTable(header: [], rows: [])),
        ]
        let parts = try Self.parts(sheet)
        let body = try #require(parts["word/document.xml"])
        #expect(DocxWriterTests.isWellFormed(body))
        let outline = try DocxOutline(body)
        #expect(outline.tables.count == 4, "the empty table is left out")
        #expect(outline.tables[1].gridColumns == [3118, 3118, 3119])
        #expect(outline.paragraph(S.recipientsLabel) == nil)
    }

    @Test func aTypicalReportIsQuickToWrite() throws {
        var sheet = Self.sheet()
        sheet.blocks += sheet.blocks.filter { if case .table = $0 { true } else { false } }
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<10 { _ = try ReportDocx.make(sheet) }
        }
        // Generous: a debug build writes one in about 7 ms; this allows for a busy machine.
        #expect(elapsed < .seconds(1), "10 reports took \(elapsed)")
    }

    // MARK: What LibreOffice prints

    @Test func libreOfficePrintsTheReportOnA4InTimesNewRoman() async throws {
        let sheet = Self.sheet()
        let folder = try Tool.temporaryFolder("report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try await Tool.convertToPDF(try ReportDocx.make(sheet), name: "bao-cao", in: folder)

        let layout = try await Tool.run("pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"]).stdout
        let text = layout.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        for expected in [S.nationalTitle, S.nationalMotto, sheet.number, sheet.placeAndDate, sheet.kind,
                         "Kết quả triển khai phong trào “Bình dân học vụ số”", "Thôn Kiệt Thượng", "Tổng cộng",
                         S.recipientsLabel, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", sheet.signerName,
                         "<script>alert(1)</script>", "Sở KH&CN thành phố;"] + Self.headings {
            #expect(text.contains(expected.precomposedStringWithCanonicalMapping), "\(expected) missing from: \(text)")
        }

        let info = try await Tool.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains(/Page size:\s+595\.\d+ x 841\.\d+ pts/), "not A4: \(info)")

        let fonts = try await Tool.run("pdffonts", [pdf.path]).stdout
        let names = fonts.split(separator: "\n").dropFirst(2).compactMap { line in
            line.split(separator: " ").first.map { String($0.split(separator: "+").last ?? $0) }
        }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.hasPrefix("TimesNewRoman") || $0.hasPrefix("LiberationSerif") },
                "only Times New Roman or Liberation Serif: \(fonts)")
        #expect(names.contains { $0.contains("BoldItalic") }, "no bold italic face: \(fonts)")
        #expect(names.contains { $0.contains("Bold") && !$0.contains("Italic") }, "no bold face: \(fonts)")
        #expect(names.contains { $0.contains("Italic") && !$0.contains("Bold") }, "no italic face: \(fonts)")
    }
}

/// What the tests need to know of word/document.xml: each paragraph (its text, alignment, indents, spacing,
/// bottom rule, the table it sits in, its runs' bold/italic/size), each table (borders, grid, header rows),
/// the page size, margins and any font a run names.
final class DocxOutline: NSObject, XMLParserDelegate {
    struct Run {
        var text = ""
        var bold = false
        var italic = false
        var size: Int?
    }

    struct Paragraph {
        var table: Int?
        var jc = "left"
        var firstLine = 0
        var leftIndent = 0
        var rightIndent = 0
        var spaceAfter = 0
        var line = 240
        var ruled = false
        var runs: [Run] = []
        /// The runs' text, a line break as "\n".
        var text: String { runs.map(\.text).joined() }
    }

    struct Table {
        var borders: [String] = []
        var gridColumns: [Int] = []
        var headerRows = 0
        var columns: Int { gridColumns.count }
    }

    private(set) var paragraphs: [Paragraph] = []
    private(set) var tables: [Table] = []
    private(set) var page: [String: String] = [:]
    private(set) var margins: [String: String] = [:]
    private(set) var fonts: [String] = []

    private var stack: [String] = []
    private var openTables: [Int] = []
    private var paragraph: Paragraph?
    private var run: Run?

    init(_ xml: Data) throws {
        super.init()
        let parser = XMLParser(data: xml)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    /// The first paragraph whose text is `text`, taking its line breaks for spaces.
    func paragraph(_ text: String) -> Paragraph? {
        paragraphs.first { $0.text.replacingOccurrences(of: "\n", with: " ") == text }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = stack.last ?? ""
        stack.append(name)
        let number = { (key: String) in Int(attributes[key] ?? "") ?? 0 }
        switch (name, parent) {
        case ("w:tbl", _):
            tables.append(Table())
            openTables.append(tables.count - 1)
        case ("w:gridCol", _): tables[openTables.last ?? 0].gridColumns.append(number("w:w"))
        case ("w:tblHeader", _): tables[openTables.last ?? 0].headerRows += 1
        case (_, "w:tblBorders"): tables[openTables.last ?? 0].borders.append(attributes["w:val"] ?? "")
        case ("w:p", _): paragraph = Paragraph(table: openTables.last)
        case ("w:jc", "w:pPr"): paragraph?.jc = attributes["w:val"] ?? ""
        case ("w:ind", "w:pPr"):
            paragraph?.firstLine = number("w:firstLine")
            paragraph?.leftIndent = number("w:left")
            paragraph?.rightIndent = number("w:right")
        case ("w:spacing", "w:pPr"):
            paragraph?.spaceAfter = number("w:after")
            paragraph?.line = number("w:line")
        case ("w:bottom", "w:pBdr"): paragraph?.ruled = attributes["w:val"] == "single"
        case ("w:r", _): run = Run()
        case ("w:br", "w:r"): run?.text += "\n"
        case ("w:b", "w:rPr"): run?.bold = true
        case ("w:i", "w:rPr"): run?.italic = true
        case ("w:sz", "w:rPr"): if run != nil { run?.size = number("w:val") }
        case ("w:rFonts", _): fonts += ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"].compactMap { attributes[$0] }
        case ("w:pgSz", _): page = attributes.filter { $0.key == "w:w" || $0.key == "w:h" }
            .reduce(into: [:]) { $0[String($1.key.dropFirst(2))] = $1.value }
        case ("w:pgMar", _): margins = attributes
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if stack.last == "w:t" { run?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        switch name {
        case "w:tbl": openTables.removeLast()
        case "w:r":
            if let run { paragraph?.runs.append(run) }
            run = nil
        case "w:p":
            if let paragraph { paragraphs.append(paragraph) }
            paragraph = nil
        default: break
        }
    }
}
