import ArgumentParser
import Foundation
import HocVuSoStore

/// `hocvuso backup --out FILE`: a consistent copy of the store, taken while the server keeps running.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take a consistent online backup of the store (the server may keep running).",
        discussion: "SQLite: VACUUM INTO in one read transaction. PostgreSQL: pg_dump --format=custom of one snapshot.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The backup file to write (must not exist).") var out: String

    func run() async throws {
        let location = try store.location()
        let started = Date()
        let manifest: BackupManifest
        do {
            manifest = try await StoreBackup.backup(location, to: out, logger: commandLogger())
        } catch let error as BackupError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print("backup of \(location) written to \(out): \(manifest.engine), schema \(manifest.schemaVersion), "
              + "\(manifest.tables.count) tables, \(manifest.totalRows) rows, \(manifest.payloadBytes) bytes in \(seconds) s")
    }
}
