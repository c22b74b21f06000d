import ArgumentParser
import HocVuSoStore
import Logging

/// `--data DIR | --database URL`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding the SQLite file (default ./hocvuso-data).")
    var data: String?

    @Option(name: .long, help: "postgres://user:password@host:port/db to use PostgreSQL instead of SQLite.")
    var database: String?

    func location() throws -> DatabaseLocation {
        if data != nil, database != nil {
            throw ValidationError("Give either --data or --database, not both.")
        }
        if let database {
            do { return try DatabaseLocation.parse(database) } catch { throw ValidationError("\(error)") }
        }
        return .dataDirectory(data ?? "./hocvuso-data")
    }

    func open(_ logger: Logger) async throws -> Store {
        try await Store.open(try location(), logger: logger)
    }
}

func commandLogger(_ label: String = "hocvuso") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = .info
    return logger
}
