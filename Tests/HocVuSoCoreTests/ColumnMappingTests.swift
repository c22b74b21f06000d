import Foundation
import Testing
@testable import HocVuSoCore

@Suite("ColumnMapping and HeaderDetector")
struct ColumnMappingTests {
    /// The header row of shared/data/samples/danh-sach-nhan-khau-thon-3.xlsx.
    static let sampleHeaders = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại",
                                "Quan hệ với chủ hộ", "Có điện thoại thông minh", "Ghi chú"]

    @Test func guessesTheSampleFile() {
        let mapping = ColumnMapping.guess(headers: Self.sampleHeaders)
        #expect(mapping == ColumnMapping([0: .stt, 1: .fullName, 2: .birthDate, 3: .gender, 4: .cccd, 5: .phone,
                                          6: .relationToHead, 7: .smartphone, 8: .notes]))
        #expect(mapping.index(of: .cccd) == 4)
        #expect(mapping.index(of: .village) == nil)
    }

    @Test("synonyms seen in commune files", arguments: [
        ("Họ và tên", ResidentColumn.fullName), ("Họ tên", .fullName), ("HỌ VÀ TÊN", .fullName),
        ("Họ và tên (ghi đầy đủ)", .fullName), ("Ngày sinh", .birthDate), ("Ngày, tháng, năm sinh", .birthDate),
        ("Năm sinh", .birthDate), ("Ngày sinh (dd/mm/yyyy)", .birthDate), ("Giới tính", .gender),
        ("Số CCCD", .cccd), ("CCCD/ĐDCN", .cccd), ("Số định danh", .cccd), ("Số định danh cá nhân", .cccd),
        ("Số CCCD/CMND", .cccd), ("Số điện thoại", .phone), ("SĐT", .phone), ("Điện thoại liên hệ", .phone),
        ("Quan hệ với chủ hộ", .relationToHead), ("Quan hệ với CH", .relationToHead), ("Thôn", .village),
        ("Tổ dân phố", .village), ("Địa chỉ", .village), ("Thôn/Tổ dân phố", .village),
        ("Có điện thoại thông minh", .smartphone), ("Điện thoại thông minh (Có/Không)", .smartphone),
        ("Ghi chú", .notes), ("STT", .stt), ("Số TT", .stt), ("Nam", .birthDateMale), ("Nữ", .birthDateFemale),
        ("Đối tượng", .targetGroup), ("Nơi làm việc/học tập", .organisation), ("Nơi công tác", .organisation),
        ("Mức định danh", .vneidLevel), ("VNeID", .vneidLevel), ("Tài khoản VNeID (mức)", .vneidLevel),
        ("Số hộ", .householdNumber), ("Mã hộ gia đình", .householdNumber),
    ])
    func synonym(header: String, column: ResidentColumn) {
        #expect(ColumnMapping.guess(headers: [header])[0] == column)
    }

    @Test func unknownHeadersStayUnmapped() {
        let mapping = ColumnMapping.guess(headers: ["Dân tộc", "Tôn giáo", "", "Nghề nghiệp"])
        #expect(mapping.columns.isEmpty)
    }

    @Test func eachColumnGoesToOneHeaderOnly() {
        let mapping = ColumnMapping.guess(headers: ["Ghi chú", "Họ và tên", "Ghi chú"])
        #expect(mapping == ColumnMapping([0: .notes, 1: .fullName]))
    }

    @Test func smartphoneIsNotThePhone() {
        #expect(ColumnMapping.guess(headers: ["Có điện thoại thông minh", "Điện thoại"])
                == ColumnMapping([0: .smartphone, 1: .phone]))
        #expect(ColumnMapping.guess(headers: ["Điện thoại", "Có điện thoại thông minh"])
                == ColumnMapping([0: .phone, 1: .smartphone]))
        // "Mức định danh" is VNeID, "Số định danh" the CCCD.
        #expect(ColumnMapping.guess(headers: ["Mức định danh", "Số định danh"]) == ColumnMapping([0: .vneidLevel, 1: .cccd]))
    }

    @Test func encodesAsAnObjectKeyedByIndex() throws {
        let mapping = ColumnMapping([1: .fullName, 10: .notes])
        let data = try JSONEncoder().encode(mapping)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["1": "fullName", "10": "notes"])
        #expect(try JSONDecoder().decode(ColumnMapping.self, from: data) == mapping)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ColumnMapping.self, from: Data(#"{"x": "notes"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ColumnMapping.self, from: Data(#"{"1": "religion"}"#.utf8))
        }
    }

    @Test func everyColumnHasAVietnameseLabel() {
        #expect(ResidentColumn.fullName.label == "Họ và tên")
        #expect(ResidentColumn.birthDateFemale.label == "Ngày sinh (Nữ)")
        #expect(Set(ResidentColumn.allCases.map(\.label)).count == ResidentColumn.allCases.count)
    }

    // MARK: HeaderDetector

    @Test func findsTheHeaderUnderTitleLines() {
        let rows: [[String]] = [
            ["ỦY BAN NHÂN DÂN XÃ CHÍ MINH"], ["DANH SÁCH NHÂN KHẨU THÔN 3"], [], Self.sampleHeaders,
            ["1", "Đặng Thanh Mai", "07/10/2005", "Nữ", "031305193630", "", "Chủ hộ", "Không", ""],
        ]
        #expect(HeaderDetector.findHeaderRow(rows: rows) == 3)
        let header = HeaderDetector.detect(rows: rows)
        #expect(header == DetectedHeader(row: 3, rowCount: 1, headers: Self.sampleHeaders))
        #expect(header?.firstDataRow == 4)
    }

    @Test func aTitleNamingOneColumnIsNotAHeader() {
        #expect(HeaderDetector.findHeaderRow(rows: [["Danh sách thôn 3"], ["Ghi chú: số liệu đến 31/12"]]) == nil)
        #expect(HeaderDetector.findHeaderRow(rows: []) == nil)
    }

    @Test func looksOnlyAtTheFirstFifteenRows() {
        let late = Array(repeating: [String](), count: 15) + [Self.sampleHeaders]
        #expect(HeaderDetector.findHeaderRow(rows: late) == nil)
        let inTime = Array(repeating: [String](), count: 14) + [Self.sampleHeaders]
        #expect(HeaderDetector.findHeaderRow(rows: inTime) == 14)
    }

    @Test func mergesATwoRowHeaderWithNamNuColumns() throws {
        let rows: [[String]] = [
            ["DANH SÁCH"],
            ["STT", "Họ và tên", "Ngày sinh", "", "Số CCCD", "Thôn"],
            ["", "", "Nam", "Nữ", "", ""],
            ["1", "Trần Quang Đức", "18/02/1958", "", "031058848973", "Thôn 3"],
        ]
        let header = try #require(HeaderDetector.detect(rows: rows))
        #expect(header.row == 1)
        #expect(header.rowCount == 2)
        #expect(header.headers == ["STT", "Họ và tên", "Ngày sinh - Nam", "Nữ", "Số CCCD", "Thôn"])
        #expect(ColumnMapping.guess(headers: header.headers) ==
                ColumnMapping([0: .stt, 1: .fullName, 2: .birthDateMale, 3: .birthDateFemale, 4: .cccd, 5: .village]))
    }

    @Test func skipsARowOfColumnNumbers() {
        let rows: [[String]] = [
            ["STT", "Họ và tên", "Ngày sinh", "Giới tính"],
            ["(1)", "(2)", "(3)", "(4)"],
            ["1", "Trần Quang Đức", "18/02/1958", "Nam"],
        ]
        #expect(HeaderDetector.detect(rows: rows)?.firstDataRow == 2)
        // A data row is not mistaken for column numbers.
        let data: [[String]] = [["STT", "Họ và tên", "Ngày sinh"], ["1", "2", "5"]]
        #expect(HeaderDetector.detect(rows: data)?.firstDataRow == 1)
    }
}
