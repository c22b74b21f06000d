import Foundation
import ZIPFoundation

/// Zips the parts of an Office package (DOCX, XLSX) in memory, deflated, with a fixed time so the same document
/// always gives the same bytes.
enum PackageArchive {
    private static let entryDate = Date(timeIntervalSince1970: 1_735_689_600)   // 2025-01-01

    static func write(_ parts: [(path: String, bytes: [UInt8])]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: entryDate, compressionMethod: .deflate,
                                 bufferSize: 1 << 16) { position, size in
                let start = Int(position)
                return Data(bytes[start..<min(start + size, bytes.count)])
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
