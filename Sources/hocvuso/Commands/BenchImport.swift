import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb

/// Imports N generated residents into a fresh SQLite store through the product's import (read, validate, store in
/// one transaction), and `.import`s the same CSV with the sqlite3 CLI into a plain table, in the same run.
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Resident import against sqlite3 .import.")
    @Option(help: "Rows to import.") var rows = 100_000
    @Option(help: "Write the figures as JSON to this file.") var json: String?
    @Option(help: "postgres://… of an empty scratch database to import into (baseline: psql \\copy); default: a temporary SQLite store.")
    var database: String?

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csvURL = folder.appendingPathComponent("residents.csv")
        try Self.writeCSV(rows: rows, to: csvURL)
        let size = (try? FileManager.default.attributesOfItem(atPath: csvURL.path)[.size] as? Int) ?? 0
        print("generated \(rows) rows, \(size / 1_000_000) MB: \(csvURL.path)")

        let location: DatabaseLocation
        if let database {
            do { location = try DatabaseLocation.parse(database) } catch { throw ValidationError("\(error)") }
        } else {
            location = .dataDirectory(folder.appendingPathComponent("store").path)
        }
        let store = try await Store.open(location, logger: commandLogger())
        let village = try await store.units.createVillage(communeCode: "11131", name: "Thôn Đo Lường", type: "Thôn",
                                                          validFrom: CivilDate(year: 2025, month: 7, day: 1)!)
        try await store.reloadDirectory()
        let data = try Data(contentsOf: csvURL)
        let importer = ResidentImport(store: store, clock: SystemWallClock())
        let started = Date()
        let prepared = try ResidentImport.prepare(data: data, filename: "residents.csv")
        let read = Date()
        let validation = try await importer.validate(prepared, unit: village)
        if let error = validation.error { throw error }
        let checked = Date()
        let result = try await importer.commit(validation.drafts ?? [], actor: .commandLine("bench"), unitCode: village.code)
        let importSeconds = Date().timeIntervalSince(started)
        await store.close()
        guard result.residents == rows else { throw ValidationError("imported \(result.residents) of \(rows) rows") }
        print(String(format: "read %.2f s, validate %.2f s, store %.2f s", read.timeIntervalSince(started),
                     checked.timeIntervalSince(read), Date().timeIntervalSince(checked)))

        let baseline = try database.map { try Self.postgresCopy(csv: csvURL, url: $0) }
            ?? Self.sqliteImport(csv: csvURL, database: folder.appendingPathComponent("baseline.sqlite"))
        let indexed = try database.map { try IndexedLoadBaseline.postgres(url: $0, folder: folder) }
            ?? IndexedLoadBaseline.sqlite(store: folder.appendingPathComponent("store/hocvuso.sqlite").path, folder: folder)
        try report([
            BenchFigure(name: "import \(rows) residents", value: importSeconds, unit: "s", baseline: baseline,
                        baselineName: database == nil ? "sqlite3 .import, bare table" : "psql \\copy, bare table"),
            BenchFigure(name: "import \(rows) residents", value: importSeconds, unit: "s", baseline: indexed,
                        baselineName: database == nil ? "sqlite3 .import, same tables and indexes" : "psql \\copy, same tables and indexes"),
            BenchFigure(name: "import rows per second", value: Double(rows) / importSeconds, unit: "rows/s"),
        ], json: json)
    }

    /// A commune list as people keep it: Vietnamese headers, dd/mm/yyyy dates, households by relation.
    static func writeCSV(rows: Int, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Quan hệ với chủ hộ,Có điện thoại thông minh\n"
        let generator = DemoGenerator(seed: 99)
        let today = CivilDate(year: 2026, month: 11, day: 1)!
        var written = 0
        // All rows land in one village here, so two people from different villages with the same name and birthday
        // would be a duplicate to the validator (rightly); keep the first.
        var seen: Set<String> = []
        outer: for commune in DemoCommunes.provinceScale()?.communes ?? [] {
            for village in commune.villages() {
                var full = false
                generator.households(in: village, today: today) { _, residents in
                    guard !full else { return }
                    for r in residents where seen.insert("\(r.fullName)|\(r.birthDate)").inserted {
                        written += 1
                        let date = "\(r.birthDate.day)/\(r.birthDate.month)/\(r.birthDate.year)"
                        let phone = r.smartphone == .yes ? "Có" : "Không"
                        buffer += "\(written),\(r.fullName),\(date),\(r.gender == .male ? "Nam" : "Nữ"),\(r.cccd ?? ""),\(r.phone ?? ""),\(r.relationToHead ?? ""),\(phone)\n"
                    }
                    if written >= rows { full = true }
                }
                if buffer.utf8.count > 1 << 20 {
                    handle.write(Data(buffer.utf8))
                    buffer = ""
                }
                if full { break outer }
            }
        }
        handle.write(Data(buffer.utf8))
        if written > rows {
            // Households are written whole; trim the file to exactly `rows` data rows.
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            try (lines.prefix(rows + 1).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Seconds `psql` takes to `\copy` the CSV into a table of text columns (no validation, no indexes).
    static func postgresCopy(csv: URL, url: String) throws -> Double {
        let header = try String(contentsOf: csv, encoding: .utf8).prefix { $0 != "\n" }
        let columns = header.split(separator: ",").indices.map { "c\($0) text" }.joined(separator: ", ")
        let table = "bench_copy_\(UUID().uuidString.prefix(8).lowercased())"
        let setup = Process()
        setup.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        setup.arguments = ["psql", url, "-q", "-c", "CREATE TABLE \(table) (\(columns))"]
        try setup.run()
        setup.waitUntilExit()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-c", "\\copy \(table) FROM '\(csv.path)' WITH (FORMAT csv, HEADER true)"]
        let started = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let drop = Process()
        drop.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        drop.arguments = ["psql", url, "-q", "-c", "DROP TABLE \(table)"]
        try drop.run()
        drop.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("psql \\copy failed (is psql installed?)") }
        return seconds
    }

    /// Seconds the sqlite3 CLI takes to `.import` the CSV into a table of text columns (no validation, no indexes).
    static func sqliteImport(csv: URL, database: URL) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path]
        let input = Pipe()
        process.standardInput = input
        let started = Date()
        try process.run()
        input.fileHandleForWriting.write(Data(".mode csv\n.import \(csv.path) residents\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("sqlite3 .import failed (is sqlite3 installed?)") }
        return Date().timeIntervalSince(started)
    }
}
