import Foundation
import HocVuSoOffice
import Testing

@Suite("XLSX: workbook structure")
struct XLSXStructureTests {
    @Test func multipleSheetsInTabOrderWithHiddenOnesMarked() throws {
        var zip = HandWorkbook.make(sheets: [
            ("Thôn 1", #"<row r="1"><c r="A1" t="inlineStr"><is><t>Một</t></is></c></row>"#),
            ("Thôn 2", #"<row r="1"><c r="A1" t="inlineStr"><is><t>Hai</t></is></c></row>"#),
        ])
        _ = zip
        // Rebuild with a hidden third sheet by hand.
        zip = ZipBuilder()
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets><sheet name="Thôn 2" sheetId="7" r:id="rId2"/><sheet name="Biểu đồ" sheetId="8" r:id="rId3"/><sheet name="Thôn 1" sheetId="9" r:id="rId1" state="hidden"/></sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/worksheet" Target="worksheets/a.xml"/><Relationship Id="rId2" Type="\#(HandWorkbook.rel)/worksheet" Target="./worksheets/../worksheets/b.xml"/><Relationship Id="rId3" Type="\#(HandWorkbook.rel)/chartsheet" Target="chartsheets/c.xml"/></Relationships>"#)
        zip.add("xl/worksheets/a.xml", #"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Một</t></is></c></row></sheetData></worksheet>"#)
        zip.add("xl/worksheets/b.xml", #"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hai</t></is></c></row></sheetData></worksheet>"#)
        let tables = try XLSXReader.read(zip.data)
        #expect(tables.map(\.name) == ["Thôn 2", "Thôn 1"])
        #expect(tables.map(\.isHidden) == [false, true])
        #expect(tables.map { $0[0, 0] } == ["Hai", "Một"])
    }

    @Test func workbookWithoutPackageRelationshipsFallsBackToTheUsualPath() throws {
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
        zip.add("xl\\worksheets\\sheet1.xml", #"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>"#)
        #expect(try XLSXReader.read(zip.data) == [Table(name: "S", rows: [["7"]])])
    }

    @Test func anEmptySheetIsAnEmptyTable() throws {
        let zip = HandWorkbook.make(sheets: [("Trống", "")])
        let table = try #require(try XLSXReader.read(zip.data).first)
        #expect(table.rows.isEmpty)
        #expect(table.columnCount == 0)
    }

    @Test func aHundredThousandRowSheetStreams() throws {
        var rows = ""
        rows.reserveCapacity(6_000_000)
        for r in 1...100_000 {
            rows += #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>Người \#(r)</t></is></c><c r="B\#(r)"><v>\#(r)</v></c></row>"#
        }
        let zip = HandWorkbook.make(sheets: [("Lớn", rows)])
        let table = try #require(try XLSXReader.read(zip.data).first)
        #expect(table.rows.count == 100_000)
        #expect(table.rows[99_999] == ["Người 100000", "100000"])
    }
}
