import ArgumentParser
import Foundation
import HocVuSoStore

/// `hocvuso migrate-store --from sqlite:PATH --to postgres://…`: a commune that started on SQLite joins the province.
struct MigrateStore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-store",
        abstract: "Copy a commune's SQLite store into a PostgreSQL store, then verify counts and rollups.",
        discussion: """
            Safe to re-run: rows the target already has are skipped, never overwritten. Stops before writing \
            anything when a unit code, username, CCCD or other key means something else on the target.
            """)

    @Option(name: .long, help: "sqlite:PATH, where PATH is the data directory or the .sqlite file.")
    var from: String

    @Option(name: .long, help: "postgres://user:password@host:port/db")
    var to: String

    @Option(name: .long, help: "Rows per INSERT statement.")
    var batch: Int = 500

    func run() async throws {
        let sourceLocation: DatabaseLocation, targetLocation: DatabaseLocation
        do {
            sourceLocation = try DatabaseLocation.existingSQLiteStore(from)
            targetLocation = try DatabaseLocation.parse(to)
        } catch {
            throw ValidationError("\(error)")
        }
        guard case .postgres = targetLocation else { throw ValidationError("--to must be a postgres:// URL") }
        let logger = commandLogger()
        let source = try await Store.open(sourceLocation, logger: logger)
        let target: Store
        do { target = try await Store.open(targetLocation, logger: logger) } catch {
            await source.close()
            throw error
        }
        let report: CopyReport
        do {
            report = try await StoreCopier(source: source, target: target, batchSize: batch,
                                           progress: MigrateProgress().report).run()
        } catch let error as StoreCopyError {
            await source.close()
            await target.close()
            migrateError("\(error)")
            throw ExitCode(2)
        } catch {
            await source.close()
            await target.close()
            throw error
        }
        await source.close()
        await target.close()
        print(Self.table(report))
        guard report.isVerified else {
            for problem in report.problems { migrateError(problem) }
            migrateError("migration incomplete: \(report.problems.count) problem(s)")
            throw ExitCode(1)
        }
        print("rollups verified: \(report.countersRebuilt) counters rebuilt, all match the raw rows")
        let rate = report.copySeconds > 0 ? Double(report.rowsRead) / report.copySeconds : 0
        print(String(format: "%d rows read, %d copied in %.1f s (%.0f rows/s); verified in %.1f s total",
                     report.rowsRead, report.rowsCopied, report.copySeconds, rate, report.totalSeconds))
    }

    static func table(_ report: CopyReport) -> String {
        let width = max(5, report.tables.map(\.name.count).max() ?? 0)
        func pad(_ text: String, _ n: Int) -> String { text.padding(toLength: n, withPad: " ", startingAt: 0) }
        func right(_ value: Int) -> String { String(repeating: " ", count: max(0, 12 - String(value).count)) + String(value) }
        var lines = [pad("table", width) + "  " + ["source rows", "copied", "already"].map { pad("", 12 - $0.count) + $0 }.joined()]
        for table in report.tables {
            var line = pad(table.name, width) + "  " + right(table.sourceRows) + right(table.copied) + right(table.alreadyPresent)
            if table.remappedIDs > 0 { line += "  (\(table.remappedIDs) matched by name)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// Progress of big tables on standard error, about every 5% (rows the copy has read so far).
private struct MigrateProgress: Sendable {
    static let bigTable = 5_000

    var report: @Sendable (CopyProgress) -> Void {
        { progress in
            guard progress.total >= Self.bigTable else { return }
            let step = max(1, progress.total / 20)
            guard progress.done / step != (progress.done - progress.rows) / step || progress.done == progress.total else { return }
            migrateError("  \(progress.table): \(progress.done)/\(progress.total)")
        }
    }
}

private func migrateError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
