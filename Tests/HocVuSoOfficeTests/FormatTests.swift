import HocVuSoCore
@testable import HocVuSoOffice
import Testing

@Suite("XLSX: number formats and serial dates")
struct FormatTests {
    @Test func customFormatCodesAreClassified() {
        #expect(CellFormat.classify("dd/mm/yyyy") == .date)
        #expect(CellFormat.classify("d/m/yy;@") == .date)
        #expect(CellFormat.classify("[$-42A]dddd, d mmmm yyyy") == .date)
        #expect(CellFormat.classify(#""Ngày "dd" tháng "mm" năm "yyyy"#) == .date)
        #expect(CellFormat.classify("mmm-yy") == .date)
        #expect(CellFormat.classify("h:mm AM/PM") == .time(seconds: false))
        #expect(CellFormat.classify("[h]:mm:ss") == .time(seconds: true))
        #expect(CellFormat.classify("mm:ss") == .time(seconds: true))
        #expect(CellFormat.classify("dd/mm/yyyy hh:mm") == .dateTime(seconds: false))
        #expect(CellFormat.classify("000000000000") == .zeroPadded(digits: 12))
        #expect(CellFormat.classify("General") == .general)
        #expect(CellFormat.classify("#,##0.00") == .general)
        #expect(CellFormat.classify("0.00E+00") == .general)
        #expect(CellFormat.classify(#"[Red]#,##0" đ";-#,##0"#) == .general)
        #expect(CellFormat.classify("0%") == .general)
        #expect(CellFormat.classify("@") == .general)
    }

    @Test func builtInFormats() {
        #expect((14...17).allSatisfy { CellFormat.builtIn($0) == .date })
        #expect(CellFormat.builtIn(22) == .dateTime(seconds: false))
        #expect(CellFormat.builtIn(21) == .time(seconds: true))
        #expect(CellFormat.builtIn(45) == .time(seconds: true))
        #expect(CellFormat.builtIn(0) == .general)
        #expect(CellFormat.builtIn(49) == .general)
    }

    @Test func serialDatesFollowExcelIncludingItsLeapYearBug() {
        func text(_ serial: Double, _ date1904: Bool = false) -> String? {
            ExcelDate.text(serial: serial, format: .date, date1904: date1904)
        }
        #expect(text(0) == "00/01/1900")
        #expect(text(1) == "01/01/1900")
        #expect(text(59) == "28/02/1900")
        #expect(text(60) == "29/02/1900")
        #expect(text(61) == "01/03/1900")
        #expect(text(38632) == "07/10/2005")
        #expect(text(38632.99999999) == "08/10/2005")   // rounds to the nearest second first
        #expect(text(2_958_465) == "31/12/9999")
        #expect(text(-1) == nil)
        #expect(text(3e6) == nil)
        #expect(text(.nan) == nil)
        #expect(text(0, true) == "01/01/1904")
        #expect(text(37170, true) == "07/10/2005")
    }

    @Test func serialsForWritingMirrorReading() {
        for (y, m, d, serial) in [(1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (2005, 10, 7, 38632), (9999, 12, 31, 2_958_465)] {
            #expect(ExcelDate.serial(of: CivilDate(year: y, month: m, day: d)!) == serial)
        }
        #expect(ExcelDate.serial(of: CivilDate(year: 1899, month: 12, day: 31)!) == nil)
    }

    @Test func numbersAsPeopleReadThem() {
        #expect(ExcelNumber.text("31305193630") == "31305193630")
        #expect(ExcelNumber.text("3.1305193630E+10") == "31305193630")
        #expect(ExcelNumber.text("3.1305193630000001E+11") == "313051936300")
        #expect(ExcelNumber.text("1E+20") == "100000000000000000000")
        #expect(ExcelNumber.text("42.0") == "42")
        #expect(ExcelNumber.text("-0.5") == "-0.5")
        #expect(ExcelNumber.text("0.1") == "0.1")
        #expect(ExcelNumber.text("2.9999999999999996") == "3")
        #expect(ExcelNumber.text("abc") == "abc")
        #expect(ExcelNumber.zeroPadded("31305193630", digits: 12) == "031305193630")
        #expect(ExcelNumber.zeroPadded("1.5", digits: 4) == nil)
    }

    @Test func cellReferences() {
        #expect(CellReference("A1") == CellReference(column: 0, row: 1))
        #expect(CellReference("$AB$12") == CellReference(column: 27, row: 12))
        #expect(CellReference("XFD1048576") == CellReference(column: 16_383, row: 1_048_576))
        #expect(CellReference("C") == CellReference(column: 2, row: nil))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("A1048577") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference("") == nil)
    }

    @Test func ooxmlEscapes() {
        #expect(OOXMLText.unescape("a_x000D_b") == "a\rb")
        #expect(OOXMLText.unescape("_x005F_x0041_") == "_x0041_")
        #expect(OOXMLText.unescape("_x00G1_ and _x12_") == "_x00G1_ and _x12_")
        #expect(XMLText.protectingOOXMLEscapes("_x0041_") == "_x005F_x0041_")
    }
}
