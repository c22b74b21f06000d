import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

@Suite("XLSX: broken files give specific errors")
struct XLSXErrorTests {
    static let goodSheet = #"<row r="1"><c r="A1"><v>1</v></c></row>"#

    @Test func notAZipAtAll() {
        let error = expectDomainError("xlsx.zip") { _ = try XLSXReader.read(Data("PK\u{3}\u{4} nothing else".utf8)) }
        #expect(error?.kind == .badRequest)
        #expect(error?.message.contains("bị hỏng") == true)
    }

    @Test func aTruncatedUploadLosesItsCentralDirectory() throws {
        let whole = try XLSXFixtureTests.sample()
        expectDomainError("xlsx.zip") { _ = try XLSXReader.read(whole.prefix(whole.count / 2)) }
    }

    @Test func corruptCompressedDataIsReportedNotCrashedOn() throws {
        var bytes = [UInt8](try XLSXFixtureTests.sample())
        // Flip bytes inside the first entry's deflate data ([Content_Types].xml is read last, so hit the sheet).
        let marker = Array("xl/worksheets/sheet1.xml".utf8)
        let at = try #require(firstIndex(of: marker, in: bytes))
        for i in (at + marker.count + 40)..<(at + marker.count + 80) { bytes[i] ^= 0x5A }
        let error = expectDomainError("xlsx.zip") { _ = try XLSXReader.read(Data(bytes)) }
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true)
    }

    @Test func aDeflateStreamRunningPastTheEndEndsInAnErrorNotAHang() throws {
        // A stored deflate block claiming 65,535 bytes in a 120-byte file: ZIPFoundation's extract spins forever.
        let deflate: [UInt8] = [0x01, 0xFF, 0xFF, 0x00, 0x00] + Array("<workbook>".utf8)
        let data = rawZip(name: "xl/workbook.xml", method: 8, payload: deflate, uncompressedSize: 100)
        expectDomainError("xlsx.zip") { _ = try XLSXReader.read(data) }
    }

    @Test func aZipBombIsStoppedAtTheLimit() throws {
        let rows = String(repeating: #"<row><c t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c></row>"#, count: 2_000)
        let zip = HandWorkbook.make(sheets: [("S", rows)])
        let limits = XLSXReader.Limits(maxPartBytes: 50_000)
        let error = expectDomainError("file.tooLarge") { _ = try XLSXReader.read(zip.data, limits: limits) }
        #expect(error?.kind == .tooLarge)
        expectDomainError("file.tooManyCells") {
            _ = try XLSXReader.read(zip.data, limits: XLSXReader.Limits(maxCells: 1_000))
        }
    }

    @Test func aWordDocumentIsNamedAsSuch() {
        let zip = ZipBuilder([("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>")])
        let error = expectDomainError("file.type") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("Word") == true)
    }

    @Test func missingWorkbookPart() {
        let zip = ZipBuilder([("[Content_Types].xml", "<Types/>")])
        let error = expectDomainError("xlsx.missingPart") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("xl/workbook.xml") == true)
    }

    @Test func missingSheetPart() {
        var zip = HandWorkbook.make(sheets: [("Thôn 5", Self.goodSheet)])
        zip = ZipBuilder()
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets><sheet name="Thôn 5" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
        let error = expectDomainError("xlsx.missingPart") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("Thôn 5") == true)
    }

    @Test func noWorksheets() {
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)"><sheets/></workbook>"#)
        expectDomainError("xlsx.noSheets") { _ = try XLSXReader.read(zip.data) }
    }

    @Test func brokenSheetXMLNamesTheSheetAndLine() {
        let zip = HandWorkbook.make(sheets: [("Thôn 2", "<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>")])
        let error = expectDomainError("xlsx.xml") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("Thôn 2") == true)
        #expect(error?.message.contains("dòng 2") == true)
    }

    @Test func truncatedWorkbookXML() {
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(HandWorkbook.main)"><sheets><sheet name="A" "#)
        let error = expectDomainError("xlsx.xml") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("xl/workbook.xml") == true)
    }

    @Test func garbageInsteadOfXML() {
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", bytes: [0xFF, 0xFE, 0x00, 0x01, 0x02, 0x03])
        expectDomainError("xlsx.xml") { _ = try XLSXReader.read(zip.data) }
    }

    @Test func entityDeclarationsAreRefused() {
        let bomb = #"<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
            + #"<workbook xmlns="\#(HandWorkbook.main)"><sheets><sheet name="&b;" sheetId="1"/></sheets></workbook>"#
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", bomb)
        expectDomainError("xlsx.xml") { _ = try XLSXReader.read(zip.data) }
    }

    @Test func aSharedStringIndexOutOfRangeNamesTheCell() {
        let zip = HandWorkbook.make(sheets: [("Thôn 4", #"<row r="7"><c r="C7" t="s"><v>5</v></c></row>"#)],
                                    sharedStrings: #"<sst xmlns="\#(HandWorkbook.main)"><si><t>a</t></si></sst>"#)
        let error = expectDomainError("xlsx.sharedString") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("C7") == true)
        #expect(error?.message.contains("Thôn 4") == true)
    }

    @Test func aBadCellReference() {
        let zip = HandWorkbook.make(sheets: [("S", #"<row r="1"><c r="1A"><v>1</v></c></row>"#)])
        let error = expectDomainError("xlsx.cellReference") { _ = try XLSXReader.read(zip.data) }
        #expect(error?.message.contains("1A") == true)
        let tooFar = HandWorkbook.make(sheets: [("S", #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)])
        expectDomainError("xlsx.cellReference") { _ = try XLSXReader.read(tooFar.data) }
    }

    @Test func anEncryptedEntry() {
        var data = [UInt8](ZipBuilder([("xl/workbook.xml", "<workbook/>")]).data)
        data[6] |= 1            // local header flags
        let cd = firstIndex(of: [0x50, 0x4B, 0x01, 0x02], in: data)!
        data[cd + 8] |= 1       // central directory flags
        expectDomainError("xlsx.compression") { _ = try XLSXReader.read(Data(data)) }
    }
}

func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
        if Array(haystack[i..<(i + needle.count)]) == needle { return i }
    }
    return nil
}

/// One entry with raw (already compressed) payload bytes and a declared size.
func rawZip(name: String, method: UInt16, payload: [UInt8], uncompressedSize: UInt32) -> Data {
    func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
    let n = Array(name.utf8)
    let local = le32(0x0403_4B50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0) + le32(0)
        + le32(UInt32(payload.count)) + le32(uncompressedSize) + le16(UInt16(n.count)) + le16(0) + n
    let central = le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0) + le32(0)
        + le32(UInt32(payload.count)) + le32(uncompressedSize) + le16(UInt16(n.count)) + le16(0) + le16(0) + le16(0)
        + le16(0) + le32(0) + le32(0) + n
    let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count))
        + le32(UInt32(local.count + payload.count)) + le16(0)
    return Data(local + payload + central + end)
}
