import Foundation
import HocVuSoCore
@testable import HocVuSoOffice
import Testing

@Suite("XLSX: writing")
struct XLSXWriterTests {
    static let people = XLSXSheet(
        name: "Thôn 3",
        header: ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Điểm", "Ghi chú"],
        rows: [
            [1, "Đặng Thanh Mai", .date(CivilDate(year: 2005, month: 10, day: 7)!), "031305193630", 8.5, .empty],
            [2, "Trần <Quang> & \"Đức\"", .date(CivilDate(year: 1900, month: 1, day: 1)!), "031058848973", 10, "  hai\ndòng "],
            [3, "Cụ Tổ", .date(CivilDate(year: 1899, month: 12, day: 31)!), "", -0.25, "=1+1"],
        ],
        columnWidths: [6, nil, 12])

    /// How `people` reads back: from our own file, and from the copy LibreOffice saved again.
    static let peopleRows: [[String]] = [
        ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Điểm", "Ghi chú"],
        ["1", "Đặng Thanh Mai", "07/10/2005", "031305193630", "8.5", ""],
        ["2", "Trần <Quang> & \"Đức\"", "01/01/1900", "031058848973", "10", "  hai\ndòng "],
        ["3", "Cụ Tổ", "31/12/1899", "", "-0.25", "=1+1"],
    ]

    @Test func roundTripsThroughTheReaderExactly() throws {
        let data = try XLSXWriter.write([Self.people, XLSXSheet(name: "Tổng hợp", header: ["Thôn", "Số người"], rows: [["Thôn 3", 3]])])
        let tables = try XLSXReader.read(data)
        #expect(tables.map(\.name) == ["Thôn 3", "Tổng hợp"])
        #expect(tables[0].rows == Self.peopleRows)
        #expect(tables[1].rows == [["Thôn", "Số người"], ["Thôn 3", "3"]])
    }

    @Test func controlCharactersAreDroppedAndOOXMLLookalikesSurvive() throws {
        let sheet = XLSXSheet(name: "S", rows: [["a\u{0}b\u{1}c\u{1F}d\u{FFFF}", "x\ry", "_x0041_ literal", "tab\there"]])
        let table = try #require(try XLSXReader.read(XLSXWriter.write([sheet])).first)
        #expect(table.rows == [["abcd", "x\ry", "_x0041_ literal", "tab\there"]])
    }

    @Test func theWorkbookHasBoldHeaderFrozenPaneWidthsAndRealDates() throws {
        let data = try XLSXWriter.write([Self.people])
        let sheet = try partText(data, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<col min="1" max="1" width="6.0" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="3" max="3" width="12.0" customWidth="1"/>"#))
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>STT</t></is></c>"#))
        #expect(sheet.contains(#"<c r="C2" s="2"><v>38632</v></c>"#))
        #expect(sheet.contains(#"<c r="D2" s="3" t="inlineStr"><is><t>031305193630</t></is></c>"#))
        #expect(sheet.contains(#"<dimension ref="A1:F4"/>"#))
        let styles = try partText(data, "xl/styles.xml")
        #expect(styles.contains(#"formatCode="dd/mm/yyyy""#))
        #expect(styles.contains("<b/>"))
    }

    @Test func sheetNamesAreMadeValidAndUnique() throws {
        let long = String(repeating: "Thôn Đông ", count: 5)
        let sheets = ["Thôn 1/2", "", "thôn 1-2", "[Tổng]: *?", long].map { XLSXSheet(name: $0) }
        let names = try XLSXReader.read(XLSXWriter.write(sheets)).map(\.name)
        #expect(names.count == 5)
        #expect(names[0] == "Thôn 1-2")
        #expect(names[1] == "Sheet2")
        #expect(names[2] == "thôn 1-2 (2)")
        #expect(names[3] == "-Tổng-- --")
        #expect(names[4].utf16.count == 31)
        #expect(Set(names.map { $0.lowercased() }).count == 5)
    }

    @Test func theOutputIsDeterministic() throws {
        #expect(try XLSXWriter.write([Self.people]) == XLSXWriter.write([Self.people]))
    }

    @Test func noSheetsStillGivesAValidWorkbook() throws {
        let tables = try XLSXReader.read(XLSXWriter.write([]))
        #expect(tables == [Table(name: "Sheet1", rows: [])])
    }

    @Test func aLargeSheetRoundTrips() throws {
        let rows: [[CellValue]] = (1...20_000).map { i in
            [.integer(i), .text("Người số \(i)"), .date(CivilDate(year: 1950 + i % 60, month: i % 12 + 1, day: i % 28 + 1)!),
             .decimal(Double(i) / 4)]
        }
        let data = try XLSXWriter.write([XLSXSheet(name: "Lớn", header: ["STT", "Tên", "Ngày", "Số"], rows: rows)])
        let table = try #require(try XLSXReader.read(data).first)
        #expect(table.rows.count == 20_001)
        #expect(table.rows[20_000] == ["20000", "Người số 20000", "09/09/1970", "5000"])
        #expect(table.rows[1] == ["1", "Người số 1", "02/02/1951", "0.25"])
    }
}

/// The text of one part of a written workbook, read with the module's own zip reader.
private func partText(_ xlsx: Data, _ path: String) throws -> String {
    let directory = try ZipDirectory(data: xlsx)
    let entry = try #require(directory.entry(path))
    let reader = try ZipEntryReader(directory: directory, entry: entry, limit: 1 << 30)
    return String(decoding: try reader.readAll(), as: UTF8.self)
}
