import Foundation
import Logging
import SQLKit

/// Restores an SQLite backup: payload into a temporary file beside the target, checked, then renamed over it.
struct SQLiteRestore {
    let backup: String
    let target: String
    let replace: Bool
    let logger: Logger

    private var files: FileManager { .default }

    func run() async throws -> StoreRestore.Report {
        let exists = files.fileExists(atPath: target)
        let holdsData = exists ? try await holdsData() : false
        if holdsData, !replace { throw BackupError.targetNotEmpty(target) }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = target + ".restoring-\(UUID().uuidString)"
        do {
            let manifest = try BackupFile.extract(backup, to: temporary)
            try await check(temporary, manifest)
            try swap(temporary, replacing: exists)
            return StoreRestore.Report(manifest: manifest, replaced: holdsData)
        } catch {
            Self.remove(temporary)
            throw error
        }
    }

    private func holdsData() async throws -> Bool {
        let database = try await Database.open(.sqlite(path: target), readers: 1, logger: logger)
        let result = try? await database.read { try await StoreTables.holdsData($0, engine: .sqlite) }
        await database.close()
        return result ?? true
    }

    private func check(_ path: String, _ manifest: BackupManifest) async throws {
        let database: Database
        do { database = try await Database.open(.sqlite(path: path), readers: 1, logger: logger) } catch {
            throw BackupError.corrupt(path: backup, reason: "\(error)")
        }
        do {
            let integrity = try await database.read { try await $0.raw("PRAGMA integrity_check").first()?.text("integrity_check") }
            var problems = integrity == "ok" ? [] : ["integrity_check: \(integrity ?? "?")"]
            problems += try await StoreRestore.check(database, against: manifest)
            await database.close()
            guard problems.isEmpty else { throw BackupError.verifyFailed(problems) }
        } catch {
            await database.close()
            throw error
        }
        // A clean close folds the WAL back into the file; the file alone is then the whole store.
        guard !files.fileExists(atPath: path + "-wal") else { throw BackupError.verifyFailed(["\(path)-wal left behind"]) }
    }

    /// Moves the old store (file, WAL and shared memory) aside, renames the restored file into place, then deletes
    /// the old one. The old WAL must never meet the new file: SQLite would replay it into the wrong database.
    private func swap(_ restored: String, replacing: Bool) throws {
        let aside = target + ".replaced-\(UUID().uuidString)"
        if replacing {
            for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: target + suffix) {
                try files.moveItem(atPath: target + suffix, toPath: aside + suffix)
            }
        }
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: target + suffix) }
        if rename(restored, target) != 0 {
            let reason = String(cString: strerror(errno))
            if replacing {
                for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: aside + suffix) {
                    try? files.moveItem(atPath: aside + suffix, toPath: target + suffix)
                }
            }
            throw BackupError.toolFailed(tool: "rename", output: reason)
        }
        Self.remove(aside)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
