/// Byte-order marks and UTF-16 for CSV text. Everything is turned into UTF-8 bytes before parsing.
enum TextDecoding {
    enum Encoding: Equatable {
        case utf8
        case utf16LE
        case utf16BE
    }

    /// The encoding announced by a byte-order mark, or guessed for BOM-less UTF-16 (ASCII text with every
    /// other byte zero), and the length of the mark to skip.
    static func sniff(_ head: some Collection<UInt8>) -> (encoding: Encoding, bomLength: Int) {
        let b = Array(head.prefix(512))
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if b.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if b.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        let pairs = b.count / 2
        guard pairs >= 2 else { return (.utf8, 0) }
        var zeroEven = 0
        var zeroOdd = 0
        for i in 0..<(pairs * 2) where b[i] == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        if zeroEven == 0 && zeroOdd * 10 >= pairs * 3 { return (.utf16LE, 0) }
        if zeroOdd == 0 && zeroEven * 10 >= pairs * 3 { return (.utf16BE, 0) }
        return (.utf8, 0)
    }

    /// True for content with NUL bytes that is not UTF-16 text: no spreadsheet exports that.
    static func looksBinary(_ head: [UInt8]) -> Bool {
        guard head.contains(0) else { return false }
        return sniff(head).encoding == .utf8
    }

    /// Transcodes UTF-16 (without its BOM) to UTF-8, or throws `file.encoding` for broken UTF-16.
    static func utf8(fromUTF16 bytes: UnsafeRawBufferPointer, bigEndian: Bool) throws -> [UInt8] {
        guard bytes.count % 2 == 0 else { throw OfficeError.csvBadUTF16 }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i < bytes.count {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var out = [UInt8]()
        out.reserveCapacity(units.count + units.count / 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
            out.append($0)
        }
        if failed { throw OfficeError.csvBadUTF16 }
        return out
    }
}
