import Foundation
import HocVuSoCore

/// Generates workbook parts that are hostile at the XML level: bad cell references and row numbers,
/// shared-string indices out of range, odd styles and number formats, deep nesting, entities, DTDs,
/// huge text, invalid UTF-8 and lying encoding declarations.
enum XMLFuzz {
    static let references = ["A1", "B2", "ZZZZZZ99999999", "XFD1048576", "XFE1", "A0", "A1048577", "$A$1", "1A", "", "a1",
                             "AAAA1", "A-1", "A 1", "Ａ１", "A99999999999999999999", "$", "XFD", "IV65536", "A1:B2"]
    static let rowNumbers = ["1", "2", "0", "-1", "1048576", "1048577", "99999999999999999999", "abc", "", "1.5", " 3"]
    static let types = ["s", "inlineStr", "str", "b", "e", "n", "d", "", "x", "S"]
    static let values = ["0", "1", "2", "-1", "999999999", "99999999999999999999", " 3 ", "", "1e999", "-0", "NaN", "inf",
                         "45000.5", "2958466", "-45000", "3.1305193630E+10", "0.30000000000000004", "TRUE", "#N/A",
                         "2005-10-07T00:00:00", "20051007", "Nguyễn"]
    static let styles = ["0", "1", "2", "3", "99999", "-1", "abc", "9223372036854775807", ""]
    static let formatCodes = ["dd/mm/yyyy", "000000000000", "[h]:mm:ss", "\"", "[", "\\", "yyyy;;;", "[Red]0.00",
                              "mm:ss.0", "@", "", String(repeating: "0", count: 5_000), "[$-42A]d mmmm yyyy", "*", "_"]

    /// The inner XML of `<sheetData>`.
    static func sheetData(_ g: inout SeededGenerator) -> String {
        var xml = ""
        for _ in 0..<g.int(0...12) {
            let row = g.chance(0.8) ? String(g.int(1...40)) : g.pick(rowNumbers)
            xml += g.chance(0.8) ? #"<row r="\#(row)">"# : "<row>"
            for _ in 0..<g.int(0...8) {
                var cell = "<c"
                let reference = g.chance(0.85) ? "\(g.pick(["A", "B", "C", "AA", "XFD"]))\(row)" : g.pick(references)
                if g.chance(0.8) { cell += #" r="\#(reference)""# }
                if g.chance(0.7) { cell += #" t="\#(g.pick(types))""# }
                if g.chance(0.3) { cell += #" s="\#(g.pick(styles))""# }
                cell += ">"
                if g.chance(0.2) {
                    cell += "<is><t>\(escaped(g.cellText()))</t>" + (g.chance(0.2) ? "<rPh><t>x</t></rPh>" : "") + "</is>"
                } else {
                    cell += "<v>\(escaped(g.chance(0.7) ? g.pick(values) : g.cellText()))</v>"
                }
                xml += cell + (g.chance(0.97) ? "</c>" : "")
            }
            xml += g.chance(0.97) ? "</row>" : ""
        }
        return xml
    }

    static func sharedStrings(_ g: inout SeededGenerator) -> String {
        var xml = #"<sst xmlns="\#(HandWorkbook.main)">"#
        for _ in 0..<g.int(0...6) {
            xml += g.chance(0.8) ? "<si><t>\(escaped(g.cellText()))</t></si>" : "<si><r><t>a</t></r><rPh><t>b</t></rPh></si>"
        }
        return xml + (g.chance(0.95) ? "</sst>" : "")
    }

    static func stylesPart(_ g: inout SeededGenerator) -> String {
        var xml = #"<styleSheet xmlns="\#(HandWorkbook.main)"><numFmts>"#
        for id in [164, 165, g.int(0...200)] {
            xml += #"<numFmt numFmtId="\#(id)" formatCode="\#(escaped(g.pick(formatCodes)))"/>"#
        }
        xml += "</numFmts><cellXfs>"
        for _ in 0..<g.int(0...5) { xml += #"<xf numFmtId="\#(g.pick(["0", "14", "164", "165", "22", "49", "-3", "x"]))"/>"# }
        return xml + "</cellXfs></styleSheet>"
    }

    /// Damage applied to a whole part's text.
    static func damage(_ xml: String, _ g: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(xml.utf8)
        switch g.int(0...11) {
        case 0:
            let depth = g.pick([100, 300, 1_000, 5_000])
            bytes = Array((String(repeating: "<a>", count: depth) + xml + String(repeating: "</a>", count: depth)).utf8)
        case 1:
            let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>"#
            bytes = Array(laughs.utf8) + Array(xml.replacingOccurrences(of: "<v>", with: "<v>&lol3;").utf8)
        case 2: bytes = Array(xml.replacingOccurrences(of: "<v>", with: g.pick(["<v>&undefined;", "<v>&#0;", "<v>&#xFFFFFFFF;", "<v>&#55296;"])).utf8)
        case 3: bytes.insert(contentsOf: g.pick([[0xFF], [0xC3], [0x80, 0x80], [0]]), at: g.int(0...bytes.count))
        case 4: bytes = Array(#"<?xml version="1.0" encoding="\#(g.pick(["UTF-16", "ISO-8859-1", "windows-1258", "EBCDIC", "x"]))"?>"#.utf8) + bytes
        case 5: bytes = Array(bytes.prefix(g.int(0...bytes.count)))
        case 6: bytes = Array(xml.replacingOccurrences(of: "<v>", with: "<v>" + String(repeating: "9", count: g.pick([1_000, 100_000]))).utf8)
        case 7: bytes = Array(xml.replacingOccurrences(of: "<c ", with: #"<c \#(String(repeating: "x", count: 50_000))="1" "#).utf8)
        case 8: bytes = Array(xml.replacingOccurrences(of: "<v>", with: "<v><![CDATA[").replacingOccurrences(of: "</v>", with: "]]></v>").utf8)
        case 9: bytes = Array(xml.replacingOccurrences(of: "<", with: "<x:").replacingOccurrences(of: "<x:/", with: "</x:").utf8)
        case 10: if !bytes.isEmpty { bytes[g.int(0...(bytes.count - 1))] = g.pick(Array("<>&\"'/=".utf8)) }
        default: break
        }
        return bytes
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
