import ArgumentParser
import Foundation

/// The fair floor for an import: the database's own bulk loader putting the very rows the product stored into an
/// empty copy of the same tables, with the same indexes, in one transaction (`sqlite3 .import` through a staging
/// table, or psql `\copy`). Only the load is timed, not the export that prepares its files.
enum IndexedLoadBaseline {
    static let tables = ["households", "residents"]

    static func sqlite(store: String, folder: URL) throws -> Double {
        let target = folder.appendingPathComponent("indexed-baseline.sqlite").path
        var script = "PRAGMA journal_mode=WAL;\nPRAGMA cache_size=-65536;\n"
        var load = ".mode csv\n"
        var insert = "BEGIN;\n"
        for table in tables {
            let file = folder.appendingPathComponent("\(table).csv").path
            try run("/usr/bin/env", ["sqlite3", "-csv", store, "SELECT * FROM \(table)"], output: file)
            let schema = try capture("/usr/bin/env", ["sqlite3", store,
                "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = '\(table)' AND sql IS NOT NULL ORDER BY type DESC"])
            script += schema + "\n"
            // name|notnull for each column, in table order.
            let columns = try capture("/usr/bin/env", ["sqlite3", store, "SELECT name || '|' || \"notnull\" FROM pragma_table_info('\(table)')"])
                .split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
            let staging = "staging_\(table)"
            script += "CREATE TABLE \(staging) (\(columns.map { "\"\($0[0])\"" }.joined(separator: ", ")));\n"
            load += ".import \(file) \(staging)\n"
            let select = columns.map { $0[1] == "1" ? "\"\($0[0])\"" : "NULLIF(\"\($0[0])\", '')" }.joined(separator: ", ")
            insert += "INSERT INTO \(table) SELECT \(select) FROM \(staging);\n"
        }
        try run("/usr/bin/env", ["sqlite3", target], input: script)
        let started = Date()
        try run("/usr/bin/env", ["sqlite3", target], input: load + insert + "COMMIT;\n")
        return Date().timeIntervalSince(started)
    }

    static func postgres(url: String, folder: URL) throws -> Double {
        var setup = ""
        var load = "BEGIN;\n"
        var cleanup = ""
        for table in tables {
            let file = folder.appendingPathComponent("\(table).csv").path
            setup += "\\copy (SELECT * FROM \(table)) TO '\(file)' WITH (FORMAT csv)\n"
            setup += "CREATE TABLE bench_\(table) (LIKE \(table) INCLUDING ALL);\n"
            load += "\\copy bench_\(table) FROM '\(file)' WITH (FORMAT csv)\n"
            cleanup += "DROP TABLE bench_\(table);\n"
        }
        try run("/usr/bin/env", ["psql", url, "-q", "-v", "ON_ERROR_STOP=1"], input: setup)
        defer { try? run("/usr/bin/env", ["psql", url, "-q"], input: cleanup) }
        let started = Date()
        try run("/usr/bin/env", ["psql", url, "-q", "-v", "ON_ERROR_STOP=1"], input: load + "COMMIT;\n")
        return Date().timeIntervalSince(started)
    }

    private static func run(_ tool: String, _ arguments: [String], input: String? = nil, output: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        if input != nil { process.standardInput = pipe }
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        }
        try process.run()
        if let input {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(arguments.first ?? tool) failed while measuring the indexed load baseline")
        }
    }

    private static func capture(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(arguments.first ?? tool) failed") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
