import HocVuSoCore

/// The per-file state: encoding, delimiter, validation and parsing, with byte offsets for errors.
struct CSVSession {
    private let fixedDelimiter: UInt8?
    private var parser: CSVParser?
    private var validator = UTF8Validator()
    /// Bytes of UTF-8 input before the current chunk (after the BOM).
    private var offset = 0
    private var sawInput = false

    init(delimiter: UInt8?) {
        fixedDelimiter = delimiter
    }

    /// Feeds the next chunk. A UTF-16 file must arrive as one chunk.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, emit: ([String]) throws -> Void) throws {
        guard !chunk.isEmpty else { return }
        var bytes = chunk
        if !sawInput {
            sawInput = true
            let (encoding, bomLength) = TextDecoding.sniff(chunk.prefix(512))
            bytes = UnsafeBufferPointer(rebasing: chunk[bomLength...])
            if encoding != .utf8 {
                let utf8 = try TextDecoding.utf8(fromUTF16: UnsafeRawBufferPointer(bytes), bigEndian: encoding == .utf16BE)
                try utf8.withUnsafeBufferPointer { try process($0, emit: emit) }
                return
            }
        }
        try process(bytes, emit: emit)
    }

    mutating func finish(emit: ([String]) throws -> Void) throws {
        guard var parser else { throw OfficeError.emptyFile }
        if !validator.isComplete {
            throw OfficeError.csvNotUTF8(line: parser.line, byteOffset: offset - validator.pendingCount, excerpt: "")
        }
        try parser.finish(emit: emit)
        self.parser = parser
    }

    private mutating func process(_ input: UnsafeBufferPointer<UInt8>, emit: ([String]) throws -> Void) throws {
        var bytes = input
        if parser == nil {
            guard !bytes.isEmpty else { return }
            let (delimiter, skip) = fixedDelimiter.map { ($0, 0) } ?? DelimiterSniffer.sniff(bytes)
            parser = CSVParser(delimiter: delimiter, firstLine: skip > 0 ? 2 : 1)
            offset += skip
            bytes = UnsafeBufferPointer(rebasing: bytes[skip...])
        }
        if let bad = validator.validate(bytes) {
            throw notUTF8(at: bad, in: bytes)
        }
        try parser!.consume(bytes, emit: emit)
        offset += bytes.count
    }

    private func notUTF8(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DomainError {
        let parser = self.parser!
        guard index > 0 else {
            return OfficeError.csvNotUTF8(line: parser.line, byteOffset: offset + index, excerpt: "")
        }
        var line = parser.line
        var previous = parser.previous
        var lineStart = 0
        for i in 0..<index {
            let b = bytes[i]
            if b == CSVParser.cr || (b == CSVParser.lf && previous != CSVParser.cr) { line += 1 }
            if b == CSVParser.cr || b == CSVParser.lf { lineStart = i + 1 }
            previous = b
        }
        let from = max(lineStart, index - 40)
        var to = index
        while to < min(bytes.count, index + 40), bytes[to] != CSVParser.cr, bytes[to] != CSVParser.lf { to += 1 }
        let excerpt = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        return OfficeError.csvNotUTF8(line: line, byteOffset: offset + index, excerpt: excerpt)
    }
}
