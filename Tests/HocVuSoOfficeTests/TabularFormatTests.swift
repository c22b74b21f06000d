import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

@Suite("Format detection and the table model")
struct TabularFormatTests {
    @Test func zipMeansXLSXAndTextMeansCSV() throws {
        #expect(try TabularFormat.detect(data: Data("PK\u{3}\u{4}rest".utf8), filename: "x.xlsx") == .xlsx)
        #expect(try TabularFormat.detect(data: Data("PK\u{3}\u{4}rest".utf8)) == .xlsx)
        #expect(try TabularFormat.detect(data: Data("a,b\n".utf8), filename: "danh sách.csv") == .csv)
        #expect(try TabularFormat.detect(data: Data("a,b\n".utf8)) == .csv)
        #expect(try TabularFormat.detect(data: Data("a\tb\n".utf8), filename: "xuat.txt") == .csv)
        // Some systems export CSV text under an .xls name; Excel opens it, so do we.
        #expect(try TabularFormat.detect(data: Data("a;b\n".utf8), filename: "xuat.xls") == .csv)
    }

    @Test func oldBinaryExcelIsRefusedWithAWayOut() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
        let error = expectDomainError("file.xls") { _ = try TabularFormat.detect(data: Data(ole), filename: "ds.xls") }
        #expect(error?.message.contains(".xlsx") == true)
        expectDomainError("file.xls") { _ = try TabularFormat.detect(data: Data(ole)) }
        // Excel stores a password-protected .xlsx in the same container.
        expectDomainError("file.encrypted") { _ = try TabularFormat.detect(data: Data(ole), filename: "ds.xlsx") }
    }

    @Test func otherThingsAreNamed() {
        expectDomainError("file.html") {
            _ = try TabularFormat.detect(data: Data("\u{FEFF}  <html><body><table><tr><td>1".utf8), filename: "bao-cao.xls")
        }
        expectDomainError("file.xls") {
            _ = try TabularFormat.detect(data: Data(#"<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">"#.utf8),
                                         filename: "ds.xml")
        }
        let pdf = expectDomainError("file.type") { _ = try TabularFormat.detect(data: Data("%PDF-1.7".utf8), filename: "a.csv") }
        #expect(pdf?.message.contains("PDF") == true)
        expectDomainError("file.type") { _ = try TabularFormat.detect(data: Data([0x89, 0x50, 0x4E, 0x47, 1]), filename: "a.png") }
        let docx = expectDomainError("file.type") { _ = try TabularFormat.detect(data: Data("hello".utf8), filename: "a.docx") }
        #expect(docx?.message.contains(".docx") == true)
        expectDomainError("xlsx.zip") { _ = try TabularFormat.detect(data: Data("not a zip".utf8), filename: "a.xlsx") }
        expectDomainError("file.type") { _ = try TabularFormat.detect(data: Data([1, 0, 2, 0, 0, 0, 7, 0, 0]), filename: "a.csv") }
        expectDomainError("file.empty") { _ = try TabularFormat.detect(data: Data(), filename: "a.csv") }
    }

    @Test func tabularFileReadsCSVNamedAfterTheFile() throws {
        let tables = try TabularFile.read(Data("a,b\n1,2\n".utf8), filename: "/tmp/thon-5.csv")
        #expect(tables == [Table(name: "thon-5", rows: [["a", "b"], ["1", "2"]])])
    }

    @Test func tablesArePaddedAndAddressable() {
        let table = Table(name: "T", rows: [["a"], ["b", "c", "d"], []])
        #expect(table.rows == [["a", "", ""], ["b", "c", "d"], ["", "", ""]])
        #expect(table.columnCount == 3)
        #expect(table[1, 2] == "d")
        #expect(table[5, 5] == "")
        #expect(Table.columnLetters(0) == "A")
        #expect(Table.columnLetters(25) == "Z")
        #expect(Table.columnLetters(26) == "AA")
        #expect(Table.columnLetters(16_383) == "XFD")
        #expect(Table.cellReference(row: 3, column: 1) == "B4")
    }
}
