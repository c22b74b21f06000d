import Foundation
import HocVuSoOffice
import Testing

@Suite("CSV: writing")
struct CSVWriterTests {
    @Test func bomCommaCRLFAndQuotingOnlyWhenNeeded() {
        let data = CSVWriter.write([["Họ và tên", "Ghi chú"], ["Nguyễn Văn \"Tèo\"", "a,b"], ["hai\ndòng", ""]])
        let bytes = [UInt8](data)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "Họ và tên,Ghi chú\r\n\"Nguyễn Văn \"\"Tèo\"\"\",\"a,b\"\r\n\"hai\ndòng\",\r\n")
        #expect(CSVWriter.write([["a"]], byteOrderMark: false) == Data("a\r\n".utf8))
    }

    @Test func formulaInjectionIsDefused() {
        #expect(CSVWriter.escape("=HYPERLINK(\"http://x\",\"bấm\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"")
        #expect(CSVWriter.escape("+cmd") == "'+cmd")
        #expect(CSVWriter.escape("-2+3") == "'-2+3")
        #expect(CSVWriter.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.escape("\tx") == "'\tx")
        #expect(CSVWriter.escape("=1,2") == "\"'=1,2\"")
    }

    @Test func plainNumbersAndOrdinaryTextAreLeftAlone() {
        for text in ["-5", "+84912345678", "-12.5", "-0.75", "0912345678", "031305193630", "Nguyễn", "a=b", ""] {
            #expect(CSVWriter.escape(text) == text)
        }
        #expect(CSVWriter.escape("-0,75") == "\"-0,75\"")
        #expect(CSVWriter.escape("-") == "'-")
        #expect(CSVWriter.escape("-5.") == "'-5.")
    }

    @Test func roundTripsThroughTheReader() throws {
        let rows = [["STT", "Họ và tên", "Ghi chú"], ["1", "Đặng \"Mai\"", "dòng 1\r\ndòng 2"], ["2", "Lê; Văn", ",,"]]
        #expect(try CSVReader.read(CSVWriter.write(rows)).rows == rows)
        var streamed = Data(CSVWriter.byteOrderMark)
        for row in rows { streamed.append(CSVWriter.encode(row: row)) }
        #expect(streamed == CSVWriter.write(rows))
    }
}
