import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

/// Property-based fuzzing of the XLSX reader: broken zips (from our writer and from real Excel/LibreOffice files),
/// hostile XML parts, and zip bombs. Every input is read or refused with a Vietnamese `DomainError` in time.
@Suite("Fuzz: XLSX reader")
struct XLSXFuzzTests {
    static func fixtures() throws -> [Data] {
        try ["danh-sach-nhan-khau-thon-3", "libreoffice-luu-lai", "libreoffice-ngay-sinh-so-cccd"].map { name in
            let url = try #require(Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures"))
            return try Data(contentsOf: url)
        }
    }

    /// A workbook written by `XLSXWriter` (deflated parts) with one to three zip-level mutations.
    @Test func brokenWriterWorkbooksAreReadOrRefused() async throws {
        let report = await Fuzz.run("broken XLSXWriter zip", count: 2_500, make: { g, _ in
            let sheets = (0..<g.int(1...2)).map { _ in
                XLSXSheet(name: g.cellText(), header: (0..<g.int(0...4)).map { _ in g.cellText() },
                          rows: (0..<g.int(0...6)).map { _ in
                              (0..<g.int(1...5)).map { _ -> CellValue in
                                  g.chance(0.3) ? .integer(g.int(-99_999...99_999)) : g.chance(0.1)
                                      ? .date(CivilDate(year: g.int(1900...2030), month: g.int(1...12), day: g.int(1...28))!)
                                      : .text(g.cellText())
                              }
                          })
            }
            var bytes = [UInt8]((try? XLSXWriter.write(sheets)) ?? Data())
            for _ in 0..<g.int(1...3) { ZipMutator.mutate(&bytes, &g) }
            return bytes
        }, read: { bytes in
            _ = try TabularFile.read(Data(bytes), filename: "danh-sach.xlsx")
        }, describe: { Fuzz.hex($0) })
        #expect(report.inputs == 2_500)
    }

    /// Real files saved by Excel and LibreOffice (shared strings, styles, dates), broken at the zip level.
    @Test func brokenRealWorkbooksAreReadOrRefused() async throws {
        let fixtures = try Self.fixtures().map { [UInt8]($0) }
        let report = await Fuzz.run("broken real xlsx", count: 2_500, make: { g, _ in
            var bytes = g.pick(fixtures)
            for _ in 0..<g.int(1...3) { ZipMutator.mutate(&bytes, &g) }
            return bytes
        }, read: { bytes in
            _ = try XLSXReader.read(Data(bytes))
        }, describe: { Fuzz.hex($0) })
        #expect(report.inputs == 2_500)
    }

    /// Generated workbooks with hostile XML: bad references, shared strings out of range, deep nesting, DTDs,
    /// entities, huge text and attributes, invalid UTF-8, lying encodings; sometimes broken at the zip level too.
    @Test func hostileXMLIsReadOrRefused() async {
        let report = await Fuzz.run("hostile XML", count: 2_000, make: { g, _ in
            var bytes = [UInt8](FuzzWorkbook.zip(FuzzWorkbook.parts(&g)))
            if g.chance(0.15) { ZipMutator.mutate(&bytes, &g) }
            return bytes
        }, read: { bytes in
            let tables = try XLSXReader.read(Data(bytes))
            for table in tables {
                #expect(table.rows.allSatisfy { $0.count == table.columnCount })
                #expect(table.rows.allSatisfy { $0.allSatisfy { $0.utf8.count <= 200_000 } })
            }
        }, describe: { String(decoding: $0.prefix(4_000), as: UTF8.self) })
        #expect(report.inputs == 2_000)
    }

    /// Zip bombs: a sheet that inflates far beyond what its entry declares, or declares more than the limit.
    @Test func zipBombsStopAtTheLimit() async {
        let mb = 1 << 20
        let bombs: [(runs: Int, declared: UInt32, limit: Int)] = [
            (40_000, 10_000_000, mb),        // declared over the limit: refused before inflating
            (40_000, 100, 512 * mb),         // declares 100 bytes, inflates to 10 MB: stopped after 100
            (40_000, 600_000, mb),           // declares under the limit, inflates past it
            (400, 0xFFFF_FFFF, 512 * mb),    // declares 4 GB
            (40_000, 10_320_000 + 90, 2 * mb),
        ]
        let report = await Fuzz.run("zip bombs", count: bombs.count, make: { _, i in bombs[i] }, read: { bomb in
            let data = FuzzWorkbook.bomb(runs: bomb.runs, declaredSize: bomb.declared)
            #expect(data.count < 200_000)
            _ = try XLSXReader.read(data, limits: XLSXReader.Limits(maxPartBytes: bomb.limit))
            Issue.record("a zip bomb was read whole")
        }, describe: { "\($0)" })
        #expect(report.rejected == bombs.count)
        #expect(Set(report.codes.keys).isSubset(of: ["file.tooLarge", "xlsx.zip"]))
    }

    /// Found by the fuzzer: a lone UTF-8 lead byte in an attribute value made Foundation's XMLParser trap,
    /// ending the whole server process. Such a part is now refused before parsing.
    @Test func invalidUTF8InAnAttributeIsRefusedNotACrash() {
        var zip = ZipBuilder()
        let book = Array(#"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets><sheet name="T"#.utf8)
            + [0xC3] + Array(#"" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)
        zip.add("xl/workbook.xml", bytes: book)
        let error = expectDomainError("xlsx.xml") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("xl/workbook.xml") == true)
    }

    /// Small files that expand when read: one cell at the last row and column, a zero-padding format wider
    /// than any ID, and many sheet entries naming one part.
    @Test func amplificationIsBounded() throws {
        let corner = HandWorkbook.make(sheets: [("S", #"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#)])
        expectDomainError("file.tooManyCells") { _ = try XLSXReader.read(corner.data) }

        let zeros = String(repeating: "0", count: 1_000_000)
        let styles = #"<styleSheet xmlns="\#(HandWorkbook.main)"><numFmts><numFmt numFmtId="164" formatCode="\#(zeros)"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"#
        let padded = HandWorkbook.make(sheets: [("S", #"<row r="1"><c r="A1" s="1"><v>7</v></c></row>"#)], styles: styles)
        #expect(try XLSXReader.read(padded.data).first?.rows == [["7"]])

        let row = "<row>" + String(repeating: "<c><v>1</v></c>", count: 100) + "</row>"
        let entries = (1...500).map { #"<sheet name="S\#($0)" sheetId="\#($0)" r:id="rId1"/>"# }.joined()
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets>\#(entries)</sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
        zip.add("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData>\#(String(repeating: row, count: 10))</sheetData></worksheet>"#)
        expectDomainError("file.tooManyCells") { _ = try XLSXReader.read(zip.data, limits: XLSXReader.Limits(maxCells: 100_000)) }
    }
}
