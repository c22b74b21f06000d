import Foundation
import HocVuSoCore
import Testing

@Suite("Official documents: numbers and symbols, validation, attachments")
struct OfficialDocumentTests {
    @Test("numbers and symbols as communes write them", arguments: [
        ("41/KH-UBND", 41, "KH-UBND", DocumentType.kh),
        ("444/UBND-VHXH", 444, "UBND-VHXH", .cv),
        ("968/QĐ-UBND", 968, "QĐ-UBND", .qd),
        ("968/QD-UBND", 968, "QĐ-UBND", .qd),
        ("1885/SKHCN-TTTT", 1885, "SKHCN-TTTT", .cv),
        (" 41 / KH - UBND ", 41, "KH-UBND", .kh),
        ("12/ttr-ubnd", 12, "TTr-UBND", .tt),
        ("308/BC-UBND", 308, "BC-UBND", .bc),
        ("5/TB-UBND", 5, "TB-UBND", .tb),
        ("7/GM-UBND", 7, "GM-UBND", .gm),
        ("3/HD-UBND", 3, "HD-UBND", .hd),
        ("2/CT-UBND", 2, "CT-UBND", .ct),
    ])
    func parses(text: String, number: Int, symbol: String, type: DocumentType) {
        let parsed = OfficialDocument.parseNumber(text)
        #expect(parsed?.number == number)
        #expect(parsed?.symbol == symbol)
        #expect(parsed?.type == type)
    }

    @Test("what is not a number and symbol", arguments: ["", "41", "KH-UBND", "/KH-UBND", "41/", "0/KH-UBND", "100000/KH-UBND",
                                                          "41/KH--UBND", "41/KH_UBND", "41/KH-UBND<", "x/KH-UBND", "41/KH/UBND"])
    func refuses(text: String) {
        #expect(OfficialDocument.parseNumber(text) == nil)
    }

    @Test("the number text, the default symbols and the citation")
    func text() {
        let plan = sample()
        #expect(plan.numberText == "41/KH-UBND")
        #expect(DocumentType.kh.defaultSymbol() == "KH-UBND")
        #expect(DocumentType.cv.defaultSymbol() == "UBND-VHXH")
        #expect(DocumentType.qd.defaultSymbol() == "QĐ-UBND")
        #expect(DocumentType.cv.defaultSymbol(organ: "SKHCN", office: "TTTT") == "SKHCN-TTTT")
        #expect(DocumentType.kh.name == "Kế hoạch")
        #expect(plan.citation == "Kế hoạch số 41/KH-UBND ngày 19/8/2025 về việc triển khai thực hiện phong trào “Bình dân học vụ số” trên địa bàn xã Chí Minh")
    }

    let today = CivilDate(year: 2026, month: 5, day: 17)!

    func sample() -> OfficialDocument {
        OfficialDocument(unitCode: "11131", direction: .issued, type: .kh, number: 41, symbol: "KH-UBND",
                         issuedOn: CivilDate(year: 2025, month: 8, day: 19)!,
                         summary: "về việc triển khai thực hiện phong trào “Bình dân học vụ số” trên địa bàn xã Chí Minh")
    }

    func problem(_ change: (inout OfficialDocument) -> Void) -> DomainError? {
        var document = sample()
        change(&document)
        do {
            try document.validate(today: today)
            return nil
        } catch let error as DomainError {
            return error
        } catch {
            return nil
        }
    }

    @Test("a valid entry passes; each broken field is named in Vietnamese")
    func validation() throws {
        try sample().validate(today: today)
        #expect(problem { $0.number = 0 }?.message == "Số văn bản phải là số nguyên từ 1 đến 99999.")
        #expect(problem { $0.number = 100_000 }?.details.first?.column == "Số văn bản")
        #expect(problem { $0.symbol = "" }?.message == "Cần ghi ký hiệu văn bản, ví dụ KH-UBND hoặc UBND-VHXH.")
        #expect(problem { $0.symbol = "KH UBND!" }?.details.first?.column == "Ký hiệu")
        #expect(problem { $0.issuedOn = CivilDate(year: 2026, month: 5, day: 18)! }?.message == "Ngày ban hành không được ở tương lai.")
        #expect(problem { $0.issuedOn = CivilDate(year: 1999, month: 12, day: 31)! }?.message == "Ngày ban hành không được trước năm 2000.")
        #expect(problem { $0.summary = "abc" }?.message == "Trích yếu phải dài từ 5 đến 500 ký tự.")
        #expect(problem { $0.summary = String(repeating: "a", count: 501) }?.kind == .invalid)
        #expect(problem { $0.summary = "về việc <script>alert(1)</script>" }?.message == "Trích yếu không được chứa ký tự “<” hoặc “>”.")
        #expect(problem { $0.signer = "Phạm <b>Tuấn" }?.details.first?.column == "Người ký")
        #expect(problem { $0.direction = .received }?.message
                == "Văn bản đến cần ghi nơi ban hành, ví dụ Sở Khoa học và Công nghệ thành phố Hải Phòng.")
        #expect(problem { $0.direction = .received; $0.issuer = "Sở Khoa học và Công nghệ thành phố Hải Phòng" } == nil)
        // Several problems at once: every one is listed.
        #expect(problem { $0.number = 0; $0.summary = "" }?.details.count == 2)
        // Without `today`, a future date is accepted (numbering inside another transaction).
        var future = sample()
        future.issuedOn = CivilDate(year: 2030, month: 1, day: 1)!
        try future.validate(today: nil)
    }

    @Test("attachments: PDF, Word, Excel and photos up to 10 MB whose content matches the name")
    func attachments() throws {
        #expect(try DocumentAttachment.contentType(filename: "KH 41.pdf", data: Data("%PDF-1.7\n".utf8)) == "application/pdf")
        #expect(try DocumentAttachment.contentType(filename: "a.PNG", data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D])) == "image/png")
        #expect(try DocumentAttachment.contentType(filename: "cv.docx", data: Data([0x50, 0x4B, 0x03, 0x04, 0])).hasSuffix("wordprocessingml.document"))
        #expect(throws: DomainError.self) { try DocumentAttachment.contentType(filename: "a.html", data: Data("<html>".utf8)) }
        #expect(throws: DomainError.self) { try DocumentAttachment.contentType(filename: "a.pdf", data: Data("<html>".utf8)) }
        #expect(throws: DomainError.self) { try DocumentAttachment.contentType(filename: "a.pdf", data: Data()) }
        do {
            _ = try DocumentAttachment.contentType(filename: "big.pdf", data: Data("%PDF".utf8) + Data(count: DocumentAttachment.maxBytes))
            Issue.record("an 10 MB + 4 bytes file was accepted")
        } catch let error as DomainError {
            #expect(error.kind == .tooLarge)
        }
        #expect(DocumentAttachment.cleanName("C:\\Users\\x\\Kế hoạch 41.pdf") == "Kế hoạch 41.pdf")
        #expect(DocumentAttachment.cleanName("../a\"<b>.pdf") == "ab.pdf")
    }
}
