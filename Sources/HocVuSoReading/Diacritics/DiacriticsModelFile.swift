import Foundation
import HocVuSoCore

/// The model's text file: small, diffable and read without any decompression.
///
///     hocvuso-diacritics-model <TAB> 1
///     discounts <TAB> D2 <TAB> D3
///     words <TAB> N                      then N lines "word <TAB> count"; the line order is the id
///     bigrams <TAB> G <TAB> C            then G lines "v <TAB> w:c w:c …"
///     trigrams <TAB> G <TAB> C           then G lines "u v <TAB> w:c w:c …"
///
/// In a group the w are sorted and written as the difference from the previous one; ":c" is left out when the
/// count is the common count C of that order.
public enum DiacriticsModelFile {
    static let magic = "hocvuso-diacritics-model"

    public static func serialize(_ model: DiacriticsModel) -> Data {
        var out = "\(magic)\t1\n"
        out += "discounts\t\(model.bigramDiscount)\t\(model.trigramDiscount)\n"
        out += "words\t\(model.words.count)\n"
        for (id, word) in model.words.enumerated() { out += "\(word)\t\(model.counts[id])\n" }
        writeGroups("bigrams", model.bigrams.map { (($0.key >> 21), $0.key & 0x1F_FFFF, $0.value) }, into: &out) {
            "\($0)"
        }
        writeGroups("trigrams", model.trigrams.map { (($0.key >> 21), $0.key & 0x1F_FFFF, $0.value) }, into: &out) {
            let (u, v) = DiacriticsModel.split2($0)
            return "\(u) \(v)"
        }
        return Data(out.utf8)
    }

    private static func writeGroups(_ name: String, _ entries: [(UInt64, UInt64, UInt32)], into out: inout String,
                                    history: (UInt64) -> String) {
        var frequency: [UInt32: Int] = [:]
        for entry in entries { frequency[entry.2, default: 0] += 1 }
        let common = frequency.max { $0.value < $1.value }?.key ?? 1
        let sorted = entries.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var lines: [String] = []
        var index = 0
        while index < sorted.count {
            let group = sorted[index].0
            var line = history(group) + "\t"
            var previous: UInt64 = 0
            var first = true
            while index < sorted.count, sorted[index].0 == group {
                let (_, w, count) = sorted[index]
                if !first { line += " " }
                line += String(w - previous)
                if count != common { line += ":\(count)" }
                previous = w
                first = false
                index += 1
            }
            lines.append(line)
        }
        out += "\(name)\t\(lines.count)\t\(common)\n"
        for line in lines { out += line + "\n" }
    }

    // MARK: Reading

    public static func deserialize(_ data: Data) throws -> DiacriticsModel {
        var reader = LineReader(bytes: [UInt8](data))
        guard reader.nextLine().map({ String(decoding: $0, as: UTF8.self) }) == "\(magic)\t1" else { throw damaged }
        let discounts = try reader.fields("discounts")
        guard discounts.count == 2, let d2 = Double(discounts[0]), let d3 = Double(discounts[1]) else { throw damaged }
        let wordHeader = try reader.fields("words")
        guard let wordCount = Int(wordHeader[0]), wordCount >= 3, wordCount <= DiacriticsModel.maximumWords else {
            throw damaged
        }
        var words: [String] = []
        var counts: [UInt32] = []
        words.reserveCapacity(wordCount)
        counts.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            guard let line = reader.nextLine(), let tab = line.firstIndex(of: 9) else { throw damaged }
            var scanner = NumberScanner(bytes: line, index: tab + 1)
            guard let count = scanner.next() else { throw damaged }
            words.append(String(decoding: line[line.startIndex..<tab], as: UTF8.self))
            counts.append(UInt32(count))
        }
        let bigrams = try readGroups("bigrams", historyLength: 1, reader: &reader, words: wordCount)
        let trigrams = try readGroups("trigrams", historyLength: 2, reader: &reader, words: wordCount)
        return DiacriticsModel(words: words, counts: counts, bigrams: bigrams, trigrams: trigrams,
                               bigramDiscount: d2, trigramDiscount: d3)
    }

    private static func readGroups(_ name: String, historyLength: Int, reader: inout LineReader,
                                   words: Int) throws -> [UInt64: UInt32] {
        let header = try reader.fields(name)
        guard header.count == 2, let groups = Int(header[0]), let common = UInt32(header[1]) else { throw damaged }
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(groups * 4)
        for _ in 0..<groups {
            guard let line = reader.nextLine() else { throw damaged }
            var scanner = NumberScanner(bytes: line, index: line.startIndex)
            var history: UInt64 = 0
            for _ in 0..<historyLength {
                guard let id = scanner.next(), id < words else { throw damaged }
                history = history << 21 | UInt64(id)
            }
            var w = 0
            while let delta = scanner.next() {
                w += delta
                var count = common
                if scanner.consume(58) {  // ":"
                    guard let explicit = scanner.next() else { throw damaged }
                    count = UInt32(explicit)
                }
                guard w < words else { throw damaged }
                table[history << 21 | UInt64(w)] = count
            }
        }
        return table
    }

    static var damaged: DomainError {
        DomainError(.invalid, code: "diacritics.model-damaged", message: ReadingStrings.Diacritics.modelDamaged)
    }
}

/// Lines of a byte buffer.
private struct LineReader {
    let bytes: [UInt8]
    var index = 0

    mutating func nextLine() -> ArraySlice<UInt8>? {
        guard index < bytes.count else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != 10 { index += 1 }
        let line = bytes[start..<index]
        index += 1
        return line
    }

    /// The tab-separated fields after the expected name on the next line.
    mutating func fields(_ name: String) throws -> [String] {
        guard let line = nextLine() else { throw DiacriticsModelFile.damaged }
        let parts = String(decoding: line, as: UTF8.self).split(separator: "\t").map(String.init)
        guard parts.first == name, parts.count >= 2 else { throw DiacriticsModelFile.damaged }
        return Array(parts.dropFirst())
    }
}

/// Unsigned decimal numbers separated by spaces or tabs.
private struct NumberScanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    mutating func next() -> Int? {
        while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        guard index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
        var value = 0
        while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        return value
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.endIndex, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
