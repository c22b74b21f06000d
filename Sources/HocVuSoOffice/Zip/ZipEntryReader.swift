import Foundation
#if canImport(CZlib)
import CZlib   // zlib as packaged by ZIPFoundation on Linux
#else
import zlib    // Apple platforms
#endif

/// Pulls the decompressed bytes of one zip entry on demand (stored or deflate), so a large sheet is never
/// held in memory whole. Every call makes progress or throws: a truncated or corrupt stream, output beyond
/// the declared size or `limit`, or a CRC mismatch all end in a `DomainError`, never in a loop.
final class ZipEntryReader {
    private let data: Data
    private let entry: ZipDirectory.Entry
    private let limit: Int
    private var inputPosition: Int
    private let inputEnd: Int
    private var produced = 0
    private var crc: UInt = 0
    private var finished = false
    private let stream: UnsafeMutablePointer<z_stream>?
    private let inputBuffer: UnsafeMutablePointer<UInt8>
    private static let inputChunk = 1 << 16

    init(directory: ZipDirectory, entry: ZipDirectory.Entry, limit: Int) throws {
        guard !entry.isEncrypted else { throw OfficeError.xlsxUnsupportedCompression(entry.path) }
        guard entry.method == 0 || entry.method == 8 else { throw OfficeError.xlsxUnsupportedCompression(entry.path) }
        guard entry.uncompressedSize <= limit else { throw OfficeError.tooLarge(bytes: limit) }
        let range = try directory.dataRange(of: entry)
        self.data = directory.data
        self.entry = entry
        self.limit = limit
        self.inputPosition = range.lowerBound
        self.inputEnd = range.upperBound
        self.inputBuffer = .allocate(capacity: Self.inputChunk)
        if entry.method == 8 {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                stream.deallocate()
                inputBuffer.deallocate()
                throw OfficeError.xlsxBrokenPart(entry.path)
            }
            self.stream = stream
        } else {
            self.stream = nil
        }
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        inputBuffer.deallocate()
    }

    /// Fills up to `maxLength` bytes; returns 0 at the end of the entry.
    func read(into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) throws -> Int {
        guard !finished, maxLength > 0 else { return 0 }
        let count = try stream.map { try inflateChunk($0, into: buffer, maxLength: maxLength) }
            ?? copyStored(into: buffer, maxLength: maxLength)
        produced += count
        guard produced <= entry.uncompressedSize else { throw OfficeError.xlsxBrokenPart(entry.path) }
        guard produced <= limit else { throw OfficeError.tooLarge(bytes: limit) }
        crc = crc32(crc, buffer, UInt32(count))
        if finished {
            guard produced == entry.uncompressedSize, crc == UInt(entry.crc32) else {
                throw OfficeError.xlsxBrokenPart(entry.path)
            }
        }
        return count
    }

    /// Reads the whole entry (for small parts).
    func readAll() throws -> Data {
        var out = Data(capacity: min(entry.uncompressedSize, 1 << 24))
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        while true {
            let n = try read(into: chunk, maxLength: 1 << 16)
            if n == 0 { return out }
            out.append(chunk, count: n)
        }
    }

    private func copyStored(into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        let n = min(maxLength, inputEnd - inputPosition)
        data.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.advanced(by: inputPosition).assumingMemoryBound(to: UInt8.self), count: n)
        }
        inputPosition += n
        if inputPosition == inputEnd { finished = true }
        return n
    }

    private func inflateChunk(_ z: UnsafeMutablePointer<z_stream>, into buffer: UnsafeMutablePointer<UInt8>,
                         maxLength: Int) throws -> Int {
        let capacity = min(maxLength, Int(UInt32.max))
        z.pointee.next_out = buffer
        z.pointee.avail_out = UInt32(capacity)
        while Int(z.pointee.avail_out) == capacity {
            if z.pointee.avail_in == 0 {
                guard inputPosition < inputEnd else {
                    // The stream wants more input than the entry holds: truncated or corrupt.
                    throw OfficeError.xlsxBrokenPart(entry.path)
                }
                let n = min(Self.inputChunk, inputEnd - inputPosition)
                data.withUnsafeBytes { raw in
                    inputBuffer.update(from: raw.baseAddress!.advanced(by: inputPosition).assumingMemoryBound(to: UInt8.self),
                                       count: n)
                }
                inputPosition += n
                z.pointee.next_in = inputBuffer
                z.pointee.avail_in = UInt32(n)
            }
            let status = inflate(z, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                finished = true
                break
            }
            guard status == Z_OK else { throw OfficeError.xlsxBrokenPart(entry.path) }
        }
        return capacity - Int(z.pointee.avail_out)
    }
}
