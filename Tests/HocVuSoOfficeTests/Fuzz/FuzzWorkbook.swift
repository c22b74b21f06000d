import Foundation
import HocVuSoCore

/// Hand-made workbooks for the fuzz tests: generated parts, one of them damaged at the XML level, in a stored zip
/// (so the XML parser sees the damage as written); and zip bombs with a deflated sheet.
enum FuzzWorkbook {
    struct Part {
        var path: String
        var bytes: [UInt8]
        var method: UInt16 = 0
        var crc: UInt32? = nil
        var declaredSize: UInt32? = nil
    }

    static func parts(_ g: inout SeededGenerator) -> [Part] {
        let rel = HandWorkbook.rel
        let relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"
        let sheetCount = g.int(1...3)
        var book = #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(rel)">"#
        if g.chance(0.2) { book += #"<workbookPr date1904="\#(g.pick(["1", "true", "0", "x"]))"/>"# }
        book += "<sheets>"
        // Sometimes many sheet entries name the same part: reading must not multiply it without bound.
        let entries = g.chance(0.05) ? g.pick([50, 500]) : sheetCount
        for i in 0..<entries {
            let id = g.chance(0.05) ? "rIdX" : "rId\(i % sheetCount + 1)"
            let state = g.chance(0.1) ? #" state="\#(g.pick(["hidden", "veryHidden", "x"]))""# : ""
            book += #"<sheet name="\#(XMLFuzz.escaped(g.cellText()))" sheetId="\#(i + 1)" r:id="\#(id)"\#(state)/>"#
        }
        book += "</sheets></workbook>"
        var rels = #"<Relationships xmlns="\#(relsNS)">"#
        var parts: [Part] = []
        for i in 1...sheetCount {
            let target = g.chance(0.03) ? g.pick(["../../../etc/passwd", "/xl/worksheets/sheet1.xml", "sheet%20x.xml", ""]) : "worksheets/sheet\(i).xml"
            rels += #"<Relationship Id="rId\#(i)" Type="\#(rel)/\#(g.chance(0.95) ? "worksheet" : "chartsheet")" Target="\#(target)"/>"#
            let sheet = #"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData>\#(XMLFuzz.sheetData(&g))</sheetData></worksheet>"#
            parts.append(Part(path: "xl/worksheets/sheet\(i).xml", bytes: Array(sheet.utf8)))
        }
        if g.chance(0.8) {
            rels += #"<Relationship Id="rIdS" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/>"#
            parts.append(Part(path: "xl/sharedStrings.xml", bytes: Array(XMLFuzz.sharedStrings(&g).utf8)))
        }
        if g.chance(0.6) {
            rels += #"<Relationship Id="rIdT" Type="\#(rel)/styles" Target="styles.xml"/>"#
            parts.append(Part(path: "xl/styles.xml", bytes: Array(XMLFuzz.stylesPart(&g).utf8)))
        }
        rels += "</Relationships>"
        parts.append(Part(path: "xl/workbook.xml", bytes: Array(book.utf8)))
        parts.append(Part(path: "xl/_rels/workbook.xml.rels", bytes: Array(rels.utf8)))
        parts.append(Part(path: "_rels/.rels", bytes: Array(#"<Relationships xmlns="\#(relsNS)"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)))
        if g.chance(0.7) {
            let k = g.int(0...(parts.count - 1))
            parts[k].bytes = XMLFuzz.damage(String(decoding: parts[k].bytes, as: UTF8.self), &g)
        }
        return parts
    }

    /// A workbook whose sheet inflates to `runs` × 258 bytes of blanks from a few kilobytes, declaring `declaredSize`.
    static func bomb(runs: Int, declaredSize: UInt32) -> Data {
        let book = #"<workbook xmlns="\#(HandWorkbook.main)" xmlns:r="\#(HandWorkbook.rel)"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(HandWorkbook.rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
        let prefix = Array(#"<worksheet xmlns="\#(HandWorkbook.main)"><sheetData> "#.utf8)
        let deflated = DeflateBomb.stream(prefix: prefix, runs: runs, suffix: Array("</sheetData></worksheet>".utf8))
        return zip([Part(path: "xl/workbook.xml", bytes: Array(book.utf8)),
                    Part(path: "xl/_rels/workbook.xml.rels", bytes: Array(rels.utf8)),
                    Part(path: "xl/worksheets/sheet1.xml", bytes: deflated, method: 8, crc: 0, declaredSize: declaredSize)])
    }

    /// A zip of `parts`, stored unless a part says otherwise.
    static func zip(_ parts: [Part]) -> Data {
        func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for part in parts {
            let name = Array(part.path.utf8)
            let crc = part.crc ?? ZipBuilder.crc32(part.bytes)
            let size = UInt32(part.bytes.count)
            let declared = part.declaredSize ?? size
            let common = le16(20) + le16(0) + le16(part.method) + le16(0) + le16(0x21) + le32(crc) + le32(size) + le32(declared)
                + le16(UInt16(name.count)) + le16(0)
            central += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(out.count)) + name
            out += le32(0x0403_4B50) + common + name + part.bytes
        }
        let offset = out.count
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(parts.count)) + le16(UInt16(parts.count))
            + le32(UInt32(central.count)) + le32(UInt32(offset)) + le16(0)
        return Data(out)
    }
}
