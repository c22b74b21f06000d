import Crypto
import Foundation

/// The backup file: a magic line, the manifest as one line of JSON, then the engine's payload (an SQLite database
/// file, or a `pg_dump --format=custom` archive) byte for byte.
///
///     HOCVUSO-BACKUP\n
///     {"format":1,"engine":"sqlite",…}\n
///     <payload>
enum BackupFile {
    static let magic = Data("HOCVUSO-BACKUP\n".utf8)
    static let chunk = 1 << 20

    /// Writes `payload` behind the header into `path` (through a temporary name, so a failed backup leaves no file).
    static func write(_ manifest: BackupManifest, payload: String, to path: String) throws {
        let partial = path + ".partial"
        _ = FileManager.default.createFile(atPath: partial, contents: nil)
        do {
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            defer { try? output.close() }
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = .sortedKeys
            try output.write(contentsOf: magic + encoder.encode(manifest) + Data("\n".utf8))
            let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: payload))
            defer { try? input.close() }
            while let data = try input.read(upToCount: chunk), !data.isEmpty {
                try output.write(contentsOf: data)
            }
            try output.synchronize()
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Reads the manifest only.
    static func manifest(_ path: String) throws -> (BackupManifest, payloadOffset: UInt64) {
        guard let input = FileHandle(forReadingAtPath: path) else { throw BackupError.notABackup(path) }
        defer { try? input.close() }
        let head = (try? input.read(upToCount: 1 << 20)) ?? Data()
        guard head.starts(with: magic) else { throw BackupError.notABackup(path) }
        let rest = head.dropFirst(magic.count)
        guard let end = rest.firstIndex(of: UInt8(ascii: "\n")) else {
            throw BackupError.corrupt(path: path, reason: "manifest")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(BackupManifest.self, from: Data(rest[rest.startIndex..<end])) else {
            throw BackupError.corrupt(path: path, reason: "manifest")
        }
        guard manifest.format <= BackupManifest.currentFormat else { throw BackupError.newerFormat(manifest.format) }
        return (manifest, UInt64(end - head.startIndex + 1))
    }

    /// Copies the payload out to `destination`, checking its size and SHA-256 against the manifest.
    static func extract(_ path: String, to destination: String) throws -> BackupManifest {
        let (manifest, offset) = try manifest(path)
        guard let input = FileHandle(forReadingAtPath: path) else { throw BackupError.notABackup(path) }
        defer { try? input.close() }
        try input.seek(toOffset: offset)
        _ = FileManager.default.createFile(atPath: destination, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: destination))
        defer { try? output.close() }
        var hash = SHA256(), bytes: Int64 = 0
        while let data = try input.read(upToCount: chunk), !data.isEmpty {
            hash.update(data: data)
            bytes += Int64(data.count)
            try output.write(contentsOf: data)
        }
        try output.synchronize()
        guard bytes == manifest.payloadBytes else {
            throw BackupError.corrupt(path: path, reason: "\(bytes) / \(manifest.payloadBytes) bytes")
        }
        guard hex(hash.finalize()) == manifest.payloadSHA256 else { throw BackupError.corrupt(path: path, reason: "SHA-256") }
        return manifest
    }

    /// Size and SHA-256 of a payload file.
    static func digest(_ path: String) throws -> (bytes: Int64, sha256: String) {
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? input.close() }
        var hash = SHA256(), bytes: Int64 = 0
        while let data = try input.read(upToCount: chunk), !data.isEmpty {
            hash.update(data: data)
            bytes += Int64(data.count)
        }
        return (bytes, hex(hash.finalize()))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
