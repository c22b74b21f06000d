import Foundation
import HocVuSoCore

/// Reads CSV text as Excel writes it: UTF-8 with or without BOM, or UTF-16 with BOM ("Unicode Text");
/// the delimiter (`,` `;` or tab) is taken from an Excel `sep=` line or sniffed from the first line.
/// Any other encoding (Windows-1258, TCVN3, VNI) is refused with the line of the first bad byte.
public enum CSVReader {
    /// Reads a whole file into one table (trailing blank rows and columns dropped, rows padded).
    public static func read(_ data: Data, name: String = "CSV", delimiter: Character? = nil) throws -> Table {
        var rows: [[String]] = []
        try forEachRow(in: data, delimiter: delimiter) { rows.append($0) }
        guard rows.contains(where: { $0.contains { !$0.isEmpty } }) else { throw OfficeError.emptyFile }
        return Table(trimming: rows, name: name)
    }

    /// Calls `body` with each record in order, holding only one record at a time. Rows are not padded.
    public static func forEachRow(in data: Data, delimiter: Character? = nil,
                                  _ body: ([String]) throws -> Void) throws {
        var session = CSVSession(delimiter: try delimiterByte(delimiter))
        try data.withUnsafeBytes { raw in
            try session.feed(raw.bindMemory(to: UInt8.self), emit: body)
        }
        try session.finish(emit: body)
    }

    /// Streams a file from disk in chunks, holding only one record at a time (UTF-16 files are read whole).
    public static func forEachRow(contentsOf url: URL, delimiter: Character? = nil, chunkSize: Int = 1 << 20,
                                  _ body: ([String]) throws -> Void) throws {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw OfficeError.fileNotFound(url.path)
        }
        defer { try? handle.close() }
        var session = CSVSession(delimiter: try delimiterByte(delimiter))
        let size = max(chunkSize, 4096)
        guard var chunk = try handle.read(upToCount: size), !chunk.isEmpty else { throw OfficeError.emptyFile }
        if TextDecoding.sniff(chunk.prefix(512)).encoding != .utf8 {
            // UTF-16 is transcoded in one piece so no surrogate pair is split between chunks.
            while let more = try handle.read(upToCount: 1 << 24), !more.isEmpty { chunk.append(more) }
            try chunk.withUnsafeBytes { try session.feed($0.bindMemory(to: UInt8.self), emit: body) }
        } else {
            repeat {
                try chunk.withUnsafeBytes { try session.feed($0.bindMemory(to: UInt8.self), emit: body) }
                guard let next = try handle.read(upToCount: size), !next.isEmpty else { break }
                chunk = next
            } while true
        }
        try session.finish(emit: body)
    }

    private static func delimiterByte(_ c: Character?) throws -> UInt8? {
        guard let c else { return nil }
        guard let ascii = c.asciiValue else {
            preconditionFailure("CSV delimiter must be an ASCII character")
        }
        return ascii
    }
}

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
