import Foundation
import HocVuSoOffice
import Testing

@Suite("Large files")
struct LargeFileTests {
    /// About 20 MB: 200,000 rows × 10 columns of Vietnamese text, numbers and dates, with quoted fields.
    static func bigCSV() -> Data {
        var out = [UInt8]()
        out.reserveCapacity(21_000_000)
        out += Array("STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Quan hệ,Thôn,Ghi chú,Điểm\r\n".utf8)
        for i in 1...200_000 {
            let line = "\(i),Nguyễn Thị Hồng Nhung \(i),\(i % 28 + 1)/\(i % 12 + 1)/19\(50 + i % 50),Nữ,0313\(String(format: "%08d", i)),"
                + "09\(String(format: "%08d", i)),Con,Thôn \(i % 9 + 1),\"ghi chú, có dấu phẩy\",\(i % 10).5\r\n"
            out += Array(line.utf8)
        }
        return Data(out)
    }

    @Test func aTwentyMegabyteCSVIsReadWhole() throws {
        let data = Self.bigCSV()
        #expect(data.count > 19_000_000)
        let clock = ContinuousClock()
        var table: Table?
        let elapsed = try clock.measure { table = try CSVReader.read(data) }
        let result = try #require(table)
        #expect(result.rows.count == 200_001)
        #expect(result.columnCount == 10)
        #expect(result.rows[200_000][1] == "Nguyễn Thị Hồng Nhung 200000")
        #expect(result.rows[200_000][8] == "ghi chú, có dấu phẩy")
        print("CSV read: \(data.count) bytes, 200,001 rows in \(elapsed)")
    }

    @Test func aTwentyMegabyteCSVStreamsRowByRow() throws {
        var count = 0
        var width = 0
        try CSVReader.forEachRow(in: Self.bigCSV()) { row in
            count += 1
            width = max(width, row.count)
        }
        #expect(count == 200_001)
        #expect(width == 10)
    }
}
