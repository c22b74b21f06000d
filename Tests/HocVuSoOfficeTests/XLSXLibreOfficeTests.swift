import Foundation
import HocVuSoOffice
import Testing

@Suite("XLSX: files written by LibreOffice")
struct XLSXLibreOfficeTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    @Test func realDateCellsAndIDNumbersStoredAsNumbers() throws {
        let table = try #require(try XLSXReader.read(Self.fixture("libreoffice-ngay-sinh-so-cccd")).first)
        #expect(table.rows == [
            ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Ghi chú"],
            ["1", "Đặng Thanh Mai", "07/10/2005", "31305193630", "Chủ hộ"],
            ["2", "Trần Quang Đức", "18/02/1958", "31058848973", "A & B <c>"],
            ["3", "Lê Thị Hoa", "29/02/1960", "1160012345", ""],
        ])
    }

    @Test func ourWorkbookSavedAgainByLibreOffice() throws {
        let tables = try XLSXReader.read(Self.fixture("libreoffice-luu-lai"))
        #expect(tables.map(\.name) == ["Thôn 3", "Tổng hợp- -1-2-"])
        #expect(tables[0].rows == XLSXWriterTests.peopleRows)
        #expect(tables[1].rows == [["Thôn", "Số người"], ["Thôn 3", "3"]])
    }
}
