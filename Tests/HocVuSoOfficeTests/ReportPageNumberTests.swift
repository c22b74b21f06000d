import Foundation
import HocVuSoOffice
import Testing

@Suite("Page numbers of administrative documents")
struct ReportPageNumberTests {
    func sheet(paragraphs: Int) -> ReportSheet {
        ReportSheet(issuerParent: "UBND THÀNH PHỐ HẢI PHÒNG", issuer: "ỦY BAN NHÂN DÂN XÃ CHÍ MINH", number: "Số: 308/BC-UBND",
                    placeAndDate: "Chí Minh, ngày 19 tháng 5 năm 2026", kind: "BÁO CÁO", summary: ["Kết quả triển khai"],
                    blocks: (0..<paragraphs).map { .paragraph("Đoạn văn số \($0) của báo cáo, đủ dài để kéo sang nhiều trang khi có nhiều đoạn như thế này trong một văn bản hành chính.") },
                    recipients: ["- Lưu: VT."], signature: ["CHỦ TỊCH"], signerName: "Phạm Anh Tuấn")
    }

    @Test("a PAGE field centred in the header of every page but the first")
    func headerParts() throws {
        let docx = try ReportDocx.make(sheet(paragraphs: 3))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.docx")
        try docx.write(to: file)
        func part(_ name: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            process.arguments = ["-p", file.path, name]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let body = try part("word/document.xml")
        #expect(body.contains("<w:headerReference w:type=\"default\""))
        #expect(body.contains("<w:headerReference w:type=\"first\""))
        #expect(body.contains("<w:titlePg/>"))
        let numbered = try part("word/header1.xml")
        #expect(numbered.contains(" PAGE "))
        #expect(numbered.contains("<w:jc w:val=\"center\"/>"))
        #expect(!(try part("word/header2.xml")).contains("PAGE"))
        #expect(try part("\\[Content_Types].xml").contains("/word/header1.xml"))   // unzip reads [ as a pattern
        #expect(try part("word/_rels/document.xml.rels").contains("Target=\"header1.xml\""))
    }
}
