import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

@Suite("CSV: parsing")
struct CSVReaderTests {
    static func rows(_ text: String, delimiter: Character? = nil) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader.forEachRow(in: Data(text.utf8), delimiter: delimiter) { rows.append($0) }
        return rows
    }

    @Test func quotesDoubledQuotesAndNewlinesInsideQuotes() throws {
        let text = "STT,Họ và tên,Ghi chú\r\n1,\"Nguyễn Văn \"\"Tèo\"\"\",\"dòng 1\r\ndòng 2\"\r\n2,\"a,b\",\"\"\r\n"
        #expect(try Self.rows(text) == [
            ["STT", "Họ và tên", "Ghi chú"],
            ["1", "Nguyễn Văn \"Tèo\"", "dòng 1\r\ndòng 2"],
            ["2", "a,b", ""],
        ])
    }

    @Test func lineEndingsLFCRAndCRLFAndNoFinalNewline() throws {
        #expect(try Self.rows("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(try Self.rows("a,b\rc,d\r") == [["a", "b"], ["c", "d"]])
        #expect(try Self.rows("a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(try Self.rows("a,b\r\n\r\nc,d") == [["a", "b"], [""], ["c", "d"]])
    }

    @Test func emptyFieldsAndTrailingDelimiter() throws {
        #expect(try Self.rows(",,\n1,,3,\n") == [["", "", ""], ["1", "", "3", ""]])
    }

    @Test func lenientAboutStrayQuotesLikeExcel() throws {
        #expect(try Self.rows("màn hình 5\" ,x\n\"ab\"cd,y\n") == [["màn hình 5\" ", "x"], ["abcd", "y"]])
    }

    @Test func delimiterIsSniffedFromTheFirstLine() throws {
        #expect(try Self.rows("Họ tên;Ngày sinh;Ghi chú\nAn;01/02/2000;a,b\n") ==
                [["Họ tên", "Ngày sinh", "Ghi chú"], ["An", "01/02/2000", "a,b"]])
        #expect(try Self.rows("a\tb\tc\n1\t2,5\t3\n") == [["a", "b", "c"], ["1", "2,5", "3"]])
        #expect(try Self.rows("\"x;y\",z\n") == [["x;y", "z"]])
        #expect(try Self.rows("một cột\nhai\n") == [["một cột"], ["hai"]])
    }

    @Test func excelSepLineChoosesTheDelimiterAndIsSkipped() throws {
        #expect(try Self.rows("sep=;\r\na;b,c\r\n") == [["a", "b,c"]])
    }

    @Test func anExplicitDelimiterWins() throws {
        #expect(try Self.rows("a;b,c\n", delimiter: ",") == [["a;b", "c"]])
    }

    @Test func aTableDropsTrailingBlankRowsAndPadsRaggedRows() throws {
        let table = try CSVReader.read(Data("h1,h2,h3\n1\n1,2\n\n\n".utf8), name: "thon-3")
        #expect(table.name == "thon-3")
        #expect(table.rows == [["h1", "h2", "h3"], ["1", "", ""], ["1", "2", ""]])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let text = "a,b\n1,2\n3,\"chưa đóng\n4,5\n"
        let error = expectDomainError("csv.unterminatedQuote") { _ = try Self.rows(text) }
        #expect(error?.message.contains("dòng 3") == true)
        #expect(error?.details.first?.row == 3)
        #expect(error?.kind == .invalid)
    }

    @Test func emptyInputIsItsOwnError() {
        expectDomainError("file.empty") { _ = try CSVReader.read(Data()) }
        expectDomainError("file.empty") { _ = try CSVReader.read(Data([0xEF, 0xBB, 0xBF])) }
        expectDomainError("file.empty") { _ = try CSVReader.read(Data("\r\n,,\r\n\r\n".utf8)) }
    }

    @Test func streamsAFileFromDiskInSmallChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hv-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "\u{FEFF}STT;Họ và tên;Ghi chú\r\n"
        for i in 1...2_000 { text += "\(i);Nguyễn Thị Ánh \(i);\"có ; và \"\"ngoặc\"\"\r\nxuống dòng\"\r\n" }
        try Data(text.utf8).write(to: url)
        var rows: [[String]] = []
        // A 4 KiB chunk splits multi-byte letters, CRLFs and quoted fields across chunk boundaries.
        try CSVReader.forEachRow(contentsOf: url, chunkSize: 4_096) { rows.append($0) }
        #expect(rows.count == 2_001)
        #expect(rows[0] == ["STT", "Họ và tên", "Ghi chú"])
        #expect(rows[2_000] == ["2000", "Nguyễn Thị Ánh 2000", "có ; và \"ngoặc\"\r\nxuống dòng"])
        let whole = try CSVReader.read(Data(contentsOf: url))
        #expect(whole.rows == rows)
    }

    @Test func aMissingFileIsNotFound() {
        let error = expectDomainError("file.notFound") {
            try CSVReader.forEachRow(contentsOf: URL(fileURLWithPath: "/nonexistent/x.csv")) { _ in }
        }
        #expect(error?.kind == .notFound)
    }
}
