import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoTestSupport
import Logging
import Testing

@Suite("backup and restore: an online backup taken under write load restores to one consistent snapshot")
struct BackupRestoreTests {
    static let commune = "11131"
    static let batch = 5

    /// Records support sessions in batches of five (one transaction each) until cancelled; returns how many.
    static func writeSessions(_ store: Store) async throws -> Int {
        var written = 0
        while !Task.isCancelled {
            let sessions = (0..<batch).map { i in
                SupportSession(id: UUID(), provinceCode: "31", communeCode: commune, unitCode: commune,
                               category: i % 2 == 0 ? "vneid" : "payment",
                               at: Date(timeIntervalSince1970: 1_770_000_000 + Double(written * 3_600)),
                               place: .home, outcome: .done)
            }
            _ = try await store.sessions.recorder.record(sessions)
            written += batch
            await Task.yield()
        }
        return written
    }

    static func sessionCount(_ database: Database) async throws -> Int {
        try await database.read { try await StoreTables.counts($0, engine: database.engine)["support_sessions"] ?? 0 }
    }

    static func rows(_ database: Database, _ table: String) async throws -> [String] {
        try await database.read { try await StoreTables.rowTexts(table, $0, engine: database.engine) }.sorted()
    }

    static var logger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }

    /// A fresh, empty place to restore into on `engine`.
    static func freshTarget(_ engine: Engine) async throws -> DatabaseLocation {
        switch engine {
        case .sqlite:
            return .dataDirectory(FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-restore-\(UUID().uuidString)").path)
        case .postgres:
            return try DatabaseLocation.parse(try await PostgresTestServer.shared.freshDatabase(prefix: "restore"))
        }
    }

    @Test("backup under write load, restore into a fresh store, compare", arguments: Engine.allCases)
    func backupUnderLoad(engine: Engine) async throws {
        let source = try await engine.openStore()
        let location = source.database.location
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-\(UUID().uuidString).backup").path
        defer { try? FileManager.default.removeItem(atPath: file) }

        let writer = Task { try await Self.writeSessions(source) }
        while try await Self.sessionCount(source.database) < 100 { try await Task.sleep(for: .milliseconds(20)) }
        let before = try await Self.sessionCount(source.database)
        let manifest = try await StoreBackup.backup(location, to: file, logger: Self.logger)
        let duringBackup = try await Self.sessionCount(source.database)
        try await Task.sleep(for: .milliseconds(200))
        writer.cancel()
        let written = try await writer.value
        let after = try await Self.sessionCount(source.database)
        #expect(after == written)

        // The backup is one snapshot taken while the writer ran: between the counts before and after it, and made
        // of whole transactions (five sessions each), never half of one.
        let inBackup = try #require(manifest.tables["support_sessions"])
        #expect(inBackup >= before && inBackup <= duringBackup, "before \(before), backup \(inBackup), after \(duringBackup)")
        #expect(inBackup % Self.batch == 0)
        #expect(manifest.engine == engine.rawValue)
        #expect(manifest.migrations == Migrator.all.map(\.name))

        let target = try await Self.freshTarget(engine)
        let report = try await StoreRestore.restore(from: file, to: target, replace: false, logger: Self.logger)
        #expect(!report.replaced)
        let restored = try await Database.open(target, logger: Self.logger)
        let counts = try await restored.read { try await StoreTables.counts($0, engine: engine == .sqlite ? .sqlite : .postgres) }
        #expect(counts == manifest.tables)
        for table in manifest.tables.keys.sorted() where !["support_sessions", "rollups"].contains(table) {
            #expect(try await Self.rows(restored, table) == Self.rows(source.database, table), "table \(table)")
        }
        let restoredSessions = Set(try await Self.rows(restored, "support_sessions"))
        let sourceSessions = Set(try await Self.rows(source.database, "support_sessions"))
        #expect(restoredSessions.count == inBackup)
        #expect(restoredSessions.isSubset(of: sourceSessions))
        #expect(try await RollupStore(restored).verify().isEmpty)
        await restored.close()

        // The target now holds data: a second restore needs --replace, and then works.
        await #expect(throws: BackupError.self) {
            try await StoreRestore.restore(from: file, to: target, replace: false, logger: Self.logger)
        }
        let again = try await StoreRestore.restore(from: file, to: target, replace: true, logger: Self.logger)
        #expect(again.replaced)
        let reopened = try await Store.open(target, logger: Self.logger)
        #expect(try await reopened.rollups.verify().isEmpty)
        #expect(try await Self.sessionCount(reopened.database) == inBackup)
        await reopened.close()
        await source.close()
    }

    @Test("a corrupt or foreign file is refused and the target is left as it was", arguments: Engine.allCases)
    func corruptFile(engine: Engine) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-\(UUID().uuidString).backup").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await engine.withStore { store in
            _ = try await store.sessions.recorder.record([SupportSession(
                id: UUID(), provinceCode: "31", communeCode: Self.commune, unitCode: Self.commune, category: "vneid",
                at: Date(timeIntervalSince1970: 1_770_000_000), place: .home, outcome: .done)])
            _ = try await StoreBackup.backup(store.database.location, to: file, logger: Self.logger)
        }
        let target = try await Self.freshTarget(engine)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[bytes.count - 100] ^= 0xFF
        let corrupt = file + ".corrupt"
        try bytes.write(to: URL(fileURLWithPath: corrupt))
        defer { try? FileManager.default.removeItem(atPath: corrupt) }
        await #expect { try await StoreRestore.restore(from: corrupt, to: target, replace: false, logger: Self.logger) } throws: {
            guard case BackupError.corrupt = $0 else { return false }
            return true
        }
        let truncated = file + ".truncated"
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        defer { try? FileManager.default.removeItem(atPath: truncated) }
        await #expect { try await StoreRestore.restore(from: truncated, to: target, replace: false, logger: Self.logger) } throws: {
            guard case BackupError.corrupt = $0 else { return false }
            return true
        }
        let foreign = file + ".foreign"
        try Data("SQLite format 3\0 not a hocvuso backup".utf8).write(to: URL(fileURLWithPath: foreign))
        defer { try? FileManager.default.removeItem(atPath: foreign) }
        await #expect { try await StoreRestore.restore(from: foreign, to: target, replace: false, logger: Self.logger) } throws: {
            guard case BackupError.notABackup = $0 else { return false }
            return true
        }
        if case .sqlite(let path) = target {
            #expect(!FileManager.default.fileExists(atPath: path))
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
        let wrongEngine: DatabaseLocation = engine == .sqlite
            ? try DatabaseLocation.parse(try await PostgresTestServer.shared.freshDatabase(prefix: "restore"))
            : .dataDirectory(FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-\(UUID().uuidString)").path)
        await #expect { try await StoreRestore.restore(from: file, to: wrongEngine, replace: false, logger: Self.logger) } throws: {
            guard case BackupError.wrongEngine = $0 else { return false }
            return true
        }
    }
}
