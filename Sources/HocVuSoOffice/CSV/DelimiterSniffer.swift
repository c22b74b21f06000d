/// Picks the delimiter from the first line: an Excel `sep=X` line wins (and is skipped); otherwise the most
/// frequent of `,` `;` tab outside quotes, comma on a tie or when none occurs.
enum DelimiterSniffer {
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> (delimiter: UInt8, skip: Int) {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        if bytes.count >= 5, bytes[0] | 0x20 == UInt8(ascii: "s"), bytes[1] | 0x20 == UInt8(ascii: "e"),
           bytes[2] | 0x20 == UInt8(ascii: "p"), bytes[3] == UInt8(ascii: "="), candidates.contains(bytes[4]) {
            var end = 5
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            if end == bytes.count || bytes[end] == CSVParser.cr || bytes[end] == CSVParser.lf {
                if end < bytes.count, bytes[end] == CSVParser.cr { end += 1 }
                if end < bytes.count, bytes[end] == CSVParser.lf { end += 1 }
                return (bytes[4], end)
            }
        }
        var counts = [0, 0, 0]
        var inQuotes = false
        for b in bytes.prefix(1 << 16) {
            if b == CSVParser.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == CSVParser.cr || b == CSVParser.lf { break }
                if let k = candidates.firstIndex(of: b) { counts[k] += 1 }
            }
        }
        var best = 0
        for k in 1..<3 where counts[k] > counts[best] { best = k }
        return (candidates[best], 0)
    }
}
