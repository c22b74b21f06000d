import Foundation

/// Builds small zip archives by hand (stored, no compression) so tests can shape any XLSX part,
/// including broken ones.
struct ZipBuilder {
    private var entries: [(name: String, data: [UInt8])] = []

    init(_ files: [(String, String)] = []) {
        for (name, text) in files { add(name, text) }
    }

    mutating func add(_ name: String, _ text: String) {
        entries.append((name, Array(text.utf8)))
    }

    mutating func add(_ name: String, bytes: [UInt8]) {
        entries.append((name, bytes))
    }

    var data: Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = out.count
            let name = Array(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
            out += le16(UInt16(name.count)) + le16(0) + name + entry.data
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            central += le32(UInt32(offset)) + name
        }
        let cdOffset = out.count
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(UInt32(cdOffset)) + le16(0)
        return Data(out)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
private func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }

/// A minimal workbook made of hand-written XML parts.
enum HandWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `sheets` are (name, sheetData inner XML); `sharedStrings` and `styles` are whole parts or nil.
    static func make(sheets: [(String, String)], sharedStrings: String? = nil, styles: String? = nil,
                     workbookPr: String = "") -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        var book = #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)">\#(workbookPr)<sheets>"#
        var rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (i, sheet) in sheets.enumerated() {
            book += #"<sheet name="\#(sheet.0)" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
            rels += #"<Relationship Id="rId\#(i + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
            zip.add("xl/worksheets/sheet\(i + 1).xml",
                    #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)" xmlns:r="\#(rel)"><sheetData>\#(sheet.1)</sheetData></worksheet>"#)
        }
        book += "</sheets></workbook>"
        if let sharedStrings {
            rels += #"<Relationship Id="rIdS" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/>"#
            zip.add("xl/sharedStrings.xml", sharedStrings)
        }
        if let styles {
            rels += #"<Relationship Id="rIdT" Type="\#(rel)/styles" Target="styles.xml"/>"#
            zip.add("xl/styles.xml", styles)
        }
        rels += "</Relationships>"
        zip.add("xl/workbook.xml", book)
        zip.add("xl/_rels/workbook.xml.rels", rels)
        return zip
    }
}
