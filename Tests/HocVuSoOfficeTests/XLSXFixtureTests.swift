import Foundation
import HocVuSoOffice
import Testing

@Suite("XLSX: the sample commune list")
struct XLSXFixtureTests {
    static func sample() throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "danh-sach-nhan-khau-thon-3", withExtension: "xlsx",
                                                 subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    @Test func readsTheHeaderOnRowFourAndFortyPeople() throws {
        let tables = try XLSXReader.read(Self.sample())
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.name == "Thôn 3")
        #expect(table.isHidden == false)
        #expect(table.rows.count == 44)
        #expect(table[0, 0] == "ỦY BAN NHÂN DÂN XÃ CHÍ MINH")
        #expect(table[1, 0] == "DANH SÁCH NHÂN KHẨU THÔN 3")
        #expect(table.rows[2].allSatisfy { $0.isEmpty })
        #expect(table.rows[3] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại",
                                  "Quan hệ với chủ hộ", "Có điện thoại thông minh", "Ghi chú"])
        let people = table.rows[4...]
        #expect(people.count == 40)
        #expect(people.map { $0[0] } == (1...40).map(String.init))
        #expect(table.rows[4][1] == "Đặng Thanh Mai")
        #expect(table.rows[4][2] == "07/10/2005")
        #expect(table.rows[4][4] == "031305193630")
        #expect(table.rows[4][5] == "")
        #expect(table.rows[5][5] == "0996792908")
        #expect(table.columnCount == 9)
    }

    @Test func detectsAndReadsThroughTheSingleEntryPoint() throws {
        let data = try Self.sample()
        #expect(try TabularFormat.detect(data: data, filename: "danh-sach.xlsx") == .xlsx)
        let tables = try TabularFile.read(data, filename: "danh-sach.xlsx")
        #expect(tables.first?[4, 1] == "Đặng Thanh Mai")
    }

    @Test func streamsRowsWithTheirNumbers() throws {
        let workbook = try XLSXWorkbook(data: Self.sample())
        #expect(workbook.sheets.map(\.name) == ["Thôn 3"])
        var numbers: [Int] = []
        try workbook.forEachRow(inSheet: 0) { number, cells in
            numbers.append(number)
            if number == 5 { #expect(cells[1] == "Đặng Thanh Mai") }
        }
        #expect(numbers == [1, 2] + Array(4...44))
    }
}
