import Foundation

/// The central directory of a zip archive held in memory: entry names, sizes, checksums and where each
/// entry's data starts. Supports ZIP64 and the stored and deflate methods, which is all Office writers use.
///
/// Reading goes through our own bounded inflater (`ZipEntryReader`) rather than ZIPFoundation's `extract`,
/// whose Linux inflate loop never ends on a deflate stream that runs past the end of the archive
/// (a 120-byte crafted file pins a core forever). ZIPFoundation remains the writer and provides zlib.
struct ZipDirectory: Sendable {
    struct Entry: Sendable, Equatable {
        var path: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int

        var isEncrypted: Bool { flags & 1 != 0 }
    }

    let data: Data
    let entries: [Entry]
    private let index: [String: Int]

    /// Throws `xlsx.zip` when the bytes are not a readable zip archive.
    init(data: Data) throws {
        let bytes = data.count == 0 || data.startIndex == 0 ? data : Data(data)
        self.data = bytes
        let entries = try bytes.withUnsafeBytes { try Self.readEntries(ByteReader($0)) }
        self.entries = entries
        var index: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where index[entry.path] == nil {
            index[entry.path] = i
        }
        self.index = index
    }

    /// The entry at `path` (no leading slash); falls back to a case-insensitive match.
    func entry(_ path: String) -> Entry? {
        if let i = index[path] { return entries[i] }
        let lowered = path.lowercased()
        return entries.first { $0.path.lowercased() == lowered }
    }

    /// The byte range of an entry's (compressed) data, checked against the archive bounds.
    func dataRange(of entry: Entry) throws -> Range<Int> {
        try data.withUnsafeBytes { raw in
            let r = ByteReader(raw)
            let at = entry.localHeaderOffset
            guard r.u32(at) == 0x0403_4B50 else { throw OfficeError.xlsxBrokenPart(entry.path) }
            let start = at + 30 + Int(r.u16(at + 26)) + Int(r.u16(at + 28))
            guard start <= raw.count, entry.compressedSize <= raw.count - start else {
                throw OfficeError.xlsxBrokenPart(entry.path)
            }
            return start..<(start + entry.compressedSize)
        }
    }

    private static func readEntries(_ r: ByteReader) throws -> [Entry] {
        let n = r.count
        guard n >= 22 else { throw OfficeError.xlsxBrokenZip }
        // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
        var eocd = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if r.u32(i) == 0x0605_4B50 {
                eocd = i
                break
            }
            i -= 1
        }
        guard eocd >= 0 else { throw OfficeError.xlsxBrokenZip }
        var count = Int(r.u16(eocd + 10))
        var cdSize = Int(r.u32(eocd + 12))
        var cdOffset = Int(r.u32(eocd + 16))
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            let locator = eocd - 20
            guard locator >= 0, r.u32(locator) == 0x0706_4B50 else { throw OfficeError.xlsxBrokenZip }
            let record = try r.int(r.u64(locator + 8))
            guard record >= 0, record + 56 <= n, r.u32(record) == 0x0606_4B50 else { throw OfficeError.xlsxBrokenZip }
            count = try r.int(r.u64(record + 32))
            cdSize = try r.int(r.u64(record + 40))
            cdOffset = try r.int(r.u64(record + 48))
        }
        guard cdOffset <= n, cdSize <= n - cdOffset, count <= cdSize / 46 + 1 else { throw OfficeError.xlsxBrokenZip }

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var p = cdOffset
        for _ in 0..<count {
            guard p + 46 <= n, r.u32(p) == 0x0201_4B50 else { throw OfficeError.xlsxBrokenZip }
            let flags = r.u16(p + 8)
            let method = r.u16(p + 10)
            let crc = r.u32(p + 16)
            var compressed = UInt64(r.u32(p + 20))
            var uncompressed = UInt64(r.u32(p + 24))
            let nameLength = Int(r.u16(p + 28))
            let extraLength = Int(r.u16(p + 30))
            let commentLength = Int(r.u16(p + 32))
            var offset = UInt64(r.u32(p + 42))
            let nameStart = p + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= n else { throw OfficeError.xlsxBrokenZip }
            if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
                // ZIP64 extended information: only the fields that overflowed are present, in this order.
                var e = extraStart
                while e + 4 <= extraStart + extraLength {
                    let id = r.u16(e)
                    let size = Int(r.u16(e + 2))
                    if id == 0x0001 {
                        var f = e + 4
                        if uncompressed == 0xFFFF_FFFF, f + 8 <= e + 4 + size { uncompressed = r.u64(f); f += 8 }
                        if compressed == 0xFFFF_FFFF, f + 8 <= e + 4 + size { compressed = r.u64(f); f += 8 }
                        if offset == 0xFFFF_FFFF, f + 8 <= e + 4 + size { offset = r.u64(f) }
                        break
                    }
                    e += 4 + size
                }
            }
            let name = r.string(nameStart, nameLength).replacingOccurrences(of: "\\", with: "/")
            entries.append(Entry(path: name.hasPrefix("/") ? String(name.dropFirst()) : name,
                                 method: method, flags: flags, crc32: crc,
                                 compressedSize: try r.int(compressed), uncompressedSize: try r.int(uncompressed),
                                 localHeaderOffset: try r.int(offset)))
            p = next
        }
        return entries
    }
}

/// Bounds-checked little-endian reads; out-of-range reads return zero, which the callers reject.
struct ByteReader {
    let raw: UnsafeRawBufferPointer

    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    var count: Int { raw.count }

    func u16(_ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= raw.count else { return 0 }
        return UInt16(raw[at]) | UInt16(raw[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= raw.count else { return 0 }
        return UInt32(u16(at)) | UInt32(u16(at + 2)) << 16
    }

    func u64(_ at: Int) -> UInt64 {
        guard at >= 0, at + 8 <= raw.count else { return 0 }
        return UInt64(u32(at)) | UInt64(u32(at + 4)) << 32
    }

    func string(_ at: Int, _ length: Int) -> String {
        guard at >= 0, length >= 0, at + length <= raw.count else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + length)]), as: UTF8.self)
    }

    func int(_ value: UInt64) throws -> Int {
        guard value <= UInt64(Int.max / 2) else { throw OfficeError.xlsxBrokenZip }
        return Int(value)
    }
}
