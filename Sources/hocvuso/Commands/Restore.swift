import ArgumentParser
import Foundation
import HocVuSoStore

/// `hocvuso restore --from FILE`: puts a backup in place of the store, checked before it is swapped in.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup into the store (stop the server first).",
        discussion: """
            The backup is restored beside the target, checked (schema, row counts, rollups) and only then swapped in; \
            on any error the target is left as it was. A target that already holds data is replaced only with --replace.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The backup file written by `hocvuso backup`.") var from: String

    @Flag(help: "Replace a target store that already holds data.") var replace = false

    func run() async throws {
        let location = try store.location()
        let report: StoreRestore.Report
        do {
            report = try await StoreRestore.restore(from: from, to: location, replace: replace, logger: commandLogger())
        } catch let error as BackupError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let manifest = report.manifest
        print("restored \(from) into \(location)\(report.replaced ? " (replaced the previous store)" : ""): schema \(manifest.schemaVersion), \(manifest.tables.count) tables, \(manifest.totalRows) rows")
        print("verified: row counts match the backup, rollups match the raw rows")
    }
}
