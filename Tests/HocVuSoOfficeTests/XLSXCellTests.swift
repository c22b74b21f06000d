import Foundation
import HocVuSoOffice
import Testing

@Suite("XLSX: cell values")
struct XLSXCellTests {
    /// Styles: 0 general, 1 built-in date 14, 2 custom "dd/mm/yyyy", 3 custom zero-padded ID,
    /// 4 built-in time 20 (h:mm), 5 built-in datetime 22, 6 custom "[$-42A]d mmmm yyyy", 7 custom number.
    static let styles = """
        <styleSheet xmlns="\(HandWorkbook.main)">
        <numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>
        <numFmt numFmtId="165" formatCode="000000000000"/>
        <numFmt numFmtId="166" formatCode="[$-42A]d\\ mmmm\\ yyyy"/>
        <numFmt numFmtId="167" formatCode="#,##0.00&quot; đ&quot;"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
        <xf numFmtId="20"/><xf numFmtId="22"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>
        </styleSheet>
        """

    static func read(_ sheetData: String, sharedStrings: String? = nil, workbookPr: String = "") throws -> Table {
        let zip = HandWorkbook.make(sheets: [("Thôn 1", sheetData)], sharedStrings: sharedStrings,
                                    styles: styles, workbookPr: workbookPr)
        return try #require(try XLSXReader.read(zip.data).first)
    }

    @Test func numericDatesBecomeDayMonthYear() throws {
        let table = try Self.read("""
            <row r="1"><c r="A1" s="1"><v>38632</v></c><c r="B1" s="2"><v>21234</v></c>\
            <c r="C1" s="6"><v>45658</v></c><c r="D1" s="1"><v>1</v></c><c r="E1" s="1"><v>60</v></c>\
            <c r="F1" s="1"><v>61</v></c><c r="G1" s="1"><v>59</v></c></row>
            """)
        #expect(table.rows[0] == ["07/10/2005", "18/02/1958", "01/01/2025", "01/01/1900", "29/02/1900",
                                  "01/03/1900", "28/02/1900"])
    }

    @Test func the1904DateSystem() throws {
        let table = try Self.read(#"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>37170</v></c></row>"#,
                                  workbookPr: #"<workbookPr date1904="1"/>"#)
        #expect(table.rows[0] == ["01/01/1904", "07/10/2005"])
    }

    @Test func timesAndDateTimes() throws {
        let table = try Self.read(#"<row r="1"><c r="A1" s="4"><v>0.5</v></c><c r="B1" s="5"><v>38632.75</v></c></row>"#)
        #expect(table.rows[0] == ["12:00", "07/10/2005 18:00"])
    }

    @Test func numbersAreShownInFullWithoutTrailingZeroes() throws {
        let table = try Self.read("""
            <row r="1"><c r="A1"><v>31305193630</v></c><c r="B1" t="n"><v>3.1305193630E+10</v></c>\
            <c r="C1"><v>1.0</v></c><c r="D1"><v>0.30000000000000004</v></c><c r="E1"><v>-12.5</v></c>\
            <c r="F1" s="7"><v>1234.5</v></c><c r="G1"><v>123456789012345678</v></c></row>
            """)
        #expect(table.rows[0] == ["31305193630", "31305193630", "1", "0.3", "-12.5", "1234.5", "123456789012345678"])
    }

    @Test func aZeroPaddedFormatRestoresTheLeadingZeroOfAnID() throws {
        let table = try Self.read(#"<row r="1"><c r="A1" s="3"><v>31305193630</v></c><c r="B1" s="3"><v>3.1305193630E+10</v></c></row>"#)
        #expect(table.rows[0] == ["031305193630", "031305193630"])
    }

    @Test func sharedStringsIncludingRichTextRuns() throws {
        let sst = """
            <sst xmlns="\(HandWorkbook.main)" count="4" uniqueCount="4">
            <si><t>Họ và tên</t></si>
            <si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><rPr><i/></rPr><t xml:space="preserve">Văn </t></r><r><t>An</t></r></si>
            <si><t>ruby</t><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>
            <si><t>A &amp; B &lt;C&gt; _x000D_ _x005F_x0041_</t></si>
            <si><t xml:space="preserve">  </t></si>
            </sst>
            """
        let table = try Self.read(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1"><v>1</v></c></row>"#,
                                  sharedStrings: sst)
        #expect(table.rows[0] == ["Họ và tên", "Nguyễn Văn An", "ruby", "A & B <C> \r _x0041_", "  ", "1"])
    }

    @Test func everyCellType() throws {
        let table = try Self.read("""
            <row r="1"><c r="A1" t="inlineStr"><is><r><t>Trần </t></r><r><t>Bình</t></r></is></c>\
            <c r="B1" t="str"><f>A1&amp;"!"</f><v>Trần Bình!</v></c><c r="C1" t="b"><v>1</v></c>\
            <c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="d"><v>2005-10-07T00:00:00</v></c>\
            <c r="G1"><f>1+1</f><v>2</v></c><c r="H1" t="inlineStr"/></row>
            """)
        #expect(table.rows[0] == ["Trần Bình", "Trần Bình!", "TRUE", "FALSE", "#N/A", "07/10/2005", "2"])
    }

    @Test func sparseCellsAndRowsLandInTheirColumnsAndRows() throws {
        let table = try Self.read("""
            <row r="2"><c r="C2" t="inlineStr"><is><t>C2</t></is></c><c r="AA2"><v>27</v></c></row>\
            <row r="5" spans="1:3"><c r="B5" t="inlineStr"><is><t>B5</t></is></c></row>
            """)
        #expect(table.rows.count == 5)
        #expect(table.columnCount == 27)
        #expect(table[1, 2] == "C2")
        #expect(table[1, 26] == "27")
        #expect(table[4, 1] == "B5")
        #expect(table.rows[0].allSatisfy { $0.isEmpty } && table.rows[2].allSatisfy { $0.isEmpty })
    }

    @Test func cellsAndRowsWithoutReferencesFollowOnFromTheLastOne() throws {
        let table = try Self.read("""
            <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>\
            <row><c r="B2"><v>2</v></c><c><v>3</v></c></row><row r="4"><c><v>4</v></c></row><row><c><v>5</v></c></row>
            """)
        #expect(table.rows == [["a", "1", ""], ["", "2", "3"], ["", "", ""], ["4", "", ""], ["5", "", ""]])
    }

    @Test func trailingFormattedButEmptyRowsAndCellsAreDropped() throws {
        let table = try Self.read("""
            <row r="1"><c r="A1"><v>1</v></c><c r="B1" s="2"/><c r="C1" t="inlineStr"><is><t></t></is></c></row>\
            <row r="2"><c r="A2" s="1"/></row><row r="1000"><c r="Z1000" s="1"/></row>
            """)
        #expect(table.rows == [["1"]])
    }

    @Test func prefixedNamespacesAreUnderstood() throws {
        var zip = ZipBuilder()
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>"#)
        zip.add("xl/workbook.xml", #"<x:workbook xmlns:x="\#(HandWorkbook.main)" xmlns:rel="\#(HandWorkbook.rel)"><x:sheets><x:sheet name="Dữ liệu" sheetId="1" rel:id="R9"/></x:sheets></x:workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data%20sheet.xml"/></Relationships>"#)
        zip.add("xl/worksheets/data sheet.xml", #"<x:worksheet xmlns:x="\#(HandWorkbook.main)"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#)
        let tables = try XLSXReader.read(zip.data)
        #expect(tables == [Table(name: "Dữ liệu", rows: [["ok"]])])
    }
}
