import Foundation
import HocVuSoCore
import HocVuSoOffice

/// Generates valid CSV files and breaks them the ways real uploads are broken.
enum CSVMutator {
    static let filenames: [String?] = [nil, "danh-sach.csv", "a.txt", "b.tsv", "c.xls", "d.xlsx", "e.pdf", "", "noext"]

    /// A valid CSV as Excel or our writer makes it.
    static func valid(_ g: inout SeededGenerator) -> [UInt8] {
        let columns = g.int(1...12)
        let rows = (0..<g.int(0...30)).map { _ in (0..<columns).map { _ in g.cellText() } }
        var bytes = [UInt8](CSVWriter.write(rows, byteOrderMark: g.chance(0.5)))
        if g.chance(0.2) {
            // Excel's "CSV (semicolon)" with its sep= line.
            bytes = Array("sep=;\r\n".utf8) + bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ";") : $0 }
        }
        return bytes
    }

    /// `valid` with one to five mutations.
    static func mutated(_ g: inout SeededGenerator) -> [UInt8] {
        var bytes = valid(&g)
        for _ in 0..<g.int(1...5) { mutate(&bytes, &g) }
        return bytes
    }

    static func mutate(_ bytes: inout [UInt8], _ g: inout SeededGenerator) {
        let at = bytes.isEmpty ? 0 : g.int(0...bytes.count)
        switch g.int(0...13) {
        case 0: bytes.insert(UInt8(ascii: "\""), at: at)
        case 1: bytes.insert(contentsOf: Array(g.pick(["\r", "\n", "\r\n", "\n\r", "\r\r\n"]).utf8), at: at)
        case 2: bytes.insert(contentsOf: g.pick([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]), at: 0)
        case 3:
            // Invalid UTF-8: lone continuation, truncated sequence, surrogate, overlong, beyond U+10FFFF.
            let bad: [[UInt8]] = [[0x80], [0xC3], [0xE1, 0xBA], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]]
            bytes.insert(contentsOf: g.pick(bad), at: at)
        case 4: bytes = windows125x(bytes)
        case 5: bytes.insert(contentsOf: [UInt8](repeating: 0, count: g.int(1...4)), at: at)
        case 6: if !bytes.isEmpty { bytes.removeSubrange(at..<min(bytes.count, at + g.length(200))) }
        case 7: bytes = Array(bytes.prefix(at))
        case 8: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + g.length(300))], at: at)
        case 9: if !bytes.isEmpty { bytes[g.int(0...(bytes.count - 1))] = UInt8.random(in: 0...255, using: &g) }
        case 10: bytes = utf16(bytes, bigEndian: g.chance(0.5), bom: g.chance(0.7))
        case 11: bytes.insert(contentsOf: Array(g.pick(["sep=\t\n", "SEP=,", "sep=|\n", "sep=\n"]).utf8), at: 0)
        case 12: bytes.insert(contentsOf: Array(repeating: g.pick([UInt8(ascii: ","), UInt8(ascii: ";"), 9]), count: g.length(2_000)), at: at)
        default: bytes.insert(contentsOf: g.bytes(g.length(64)), at: at)
        }
    }

    /// Vietnamese text saved as Windows-1258/1252: every multi-byte UTF-8 character becomes one high byte.
    static func windows125x(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            out.append(length == 1 ? b : 0x80 | (b &+ bytes[min(i + length - 1, bytes.count - 1)]) & 0x7F)
            i += length
        }
        return out
    }

    /// The same text as UTF-16 ("Unicode Text"), possibly with an odd trailing byte from an earlier mutation.
    static func utf16(_ bytes: [UInt8], bigEndian: Bool, bom: Bool) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            out += bigEndian ? pair : pair.reversed()
        }
        return out
    }
}
