import Foundation
import Logging
import PostgresNIO
import SQLKit

/// Restores a PostgreSQL backup: `pg_restore --single-transaction` into a new database on the same server, checked
/// there, then swapped in with two renames in one transaction (the old database is dropped afterwards).
/// Needs the CREATEDB right and no other connection to the target (stop the server first).
struct PostgresRestore {
    let backup: String
    let url: PostgresURL
    let replace: Bool
    let logger: Logger

    func run() async throws -> StoreRestore.Report {
        var maintenanceURL = url
        maintenanceURL.database = url.database == "postgres" ? "template1" : "postgres"
        let maintenance = try await Database.open(.postgres(maintenanceURL), logger: logger)
        do {
            let report = try await run(on: maintenance)
            await maintenance.close()
            return report
        } catch {
            await maintenance.close()
            throw error
        }
    }

    private func run(on maintenance: Database) async throws -> StoreRestore.Report {
        let suffix = String(UUID().uuidString.prefix(8)).lowercased()
        let temporary = String(url.database.prefix(40)) + "_restoring_" + suffix
        let exists = try await maintenance.read { sql in
            try await sql.raw("SELECT 1 AS one FROM pg_database WHERE datname = \(bind: url.database)").first() != nil
        }
        let holdsData = exists ? try await holdsData() : false
        if holdsData, !replace { throw BackupError.targetNotEmpty(url.redacted) }
        let payload = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-restore-\(suffix).dump").path
        defer { try? FileManager.default.removeItem(atPath: payload) }
        try await maintenance.read { try await $0.raw("CREATE DATABASE \(ident: temporary)").run() }
        do {
            let manifest = try BackupFile.extract(backup, to: payload)
            try await PostgresTools(url: url).run("pg_restore", ["--single-transaction", "--exit-on-error", "--no-owner",
                                                                 "--no-privileges", "--dbname=\(PostgresTools(url: url).uri(temporary))", payload])
            try await check(temporary, manifest)
            try await swap(temporary, replacing: exists, on: maintenance, suffix: suffix)
            return StoreRestore.Report(manifest: manifest, replaced: holdsData)
        } catch {
            try? await retryingWhileBusy(on: maintenance) { try await $0.raw("DROP DATABASE IF EXISTS \(ident: temporary)").run() }
            throw error
        }
    }

    private func holdsData() async throws -> Bool {
        let database = try await Database.open(.postgres(url), logger: logger)
        let result = try? await database.read { try await StoreTables.holdsData($0, engine: .postgres) }
        await database.close()
        return result ?? true
    }

    private func check(_ name: String, _ manifest: BackupManifest) async throws {
        var restored = url
        restored.database = name
        let database = try await Database.open(.postgres(restored), logger: logger)
        do {
            let problems = try await StoreRestore.check(database, against: manifest)
            await database.close()
            guard problems.isEmpty else { throw BackupError.verifyFailed(problems) }
        } catch {
            await database.close()
            throw error
        }
    }

    private func swap(_ temporary: String, replacing: Bool, on maintenance: Database, suffix: String) async throws {
        let aside = String(url.database.prefix(40)) + "_replaced_" + suffix
        let target = url.database
        try await retryingWhileBusy(on: maintenance) { sql in
            try await sql.raw("BEGIN").run()
            do {
                if replacing { try await sql.raw("ALTER DATABASE \(ident: target) RENAME TO \(ident: aside)").run() }
                try await sql.raw("ALTER DATABASE \(ident: temporary) RENAME TO \(ident: target)").run()
                try await sql.raw("COMMIT").run()
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
        if replacing {
            try? await retryingWhileBusy(on: maintenance) { try await $0.raw("DROP DATABASE IF EXISTS \(ident: aside)").run() }
        }
    }

    /// Renaming or dropping a database fails while anyone is connected to it; our own connections close in the
    /// background, so try again for a few seconds before telling the operator to stop the server.
    private func retryingWhileBusy(on maintenance: Database,
                                   _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        for attempt in 0..<50 {
            do {
                try await maintenance.read(body)
                return
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55006" {
                if attempt == 49 { throw BackupError.targetBusy(url.redacted) }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }
}
