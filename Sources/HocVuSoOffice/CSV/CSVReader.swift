import Foundation

/// Reads CSV text as Excel writes it: UTF-8 with or without BOM, or UTF-16 with BOM ("Unicode Text");
/// the delimiter (`,` `;` or tab) is taken from an Excel `sep=` line or sniffed from the first line.
/// Any other encoding (Windows-1258, TCVN3, VNI) is refused with the line of the first bad byte.
public enum CSVReader {
    /// The most cells a table read whole may hold, counted as the padded rectangle (rows × widest row), as for XLSX.
    public static let maxCells = XLSXReader.Limits().maxCells

    /// Reads a whole file into one table (trailing blank rows and columns dropped, rows padded).
    /// Throws `file.tooManyCells` when padding would exceed `maxCells`: one line of 100,000 delimiters over a
    /// million short lines is a 2 MB file but 10^11 cells.
    public static func read(_ data: Data, name: String = "CSV", delimiter: Character? = nil,
                            maxCells: Int = maxCells) throws -> Table {
        var rows: [[String]] = []
        var width = 0
        try forEachRow(in: data, delimiter: delimiter) { row in
            if let last = row.lastIndex(where: { !$0.isEmpty }) {
                width = max(width, last + 1)
                let area = (rows.count + 1).multipliedReportingOverflow(by: width)
                guard !area.overflow, area.partialValue <= maxCells else {
                    throw OfficeError.tooManyCells(limit: maxCells)
                }
            }
            rows.append(row)
        }
        guard rows.contains(where: { $0.contains { !$0.isEmpty } }) else { throw OfficeError.emptyFile }
        return Table(trimming: rows, name: name)
    }

    /// Calls `body` with each record in order, holding only one record at a time. Rows are not padded.
    public static func forEachRow(in data: Data, delimiter: Character? = nil,
                                  _ body: ([String]) throws -> Void) throws {
        var session = CSVSession(delimiter: delimiterByte(delimiter))
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
        var session = CSVSession(delimiter: delimiterByte(delimiter))
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

    private static func delimiterByte(_ c: Character?) -> UInt8? {
        guard let c else { return nil }
        guard let ascii = c.asciiValue else { preconditionFailure("a CSV delimiter must be an ASCII character") }
        return ascii
    }
}
