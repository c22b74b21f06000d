import Foundation

/// Where the store lives: an embedded SQLite file for a commune, PostgreSQL for a province or more.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// The SQLite file inside a data directory.
    public static func dataDirectory(_ directory: String) -> DatabaseLocation {
        .sqlite(path: URL(fileURLWithPath: directory).appendingPathComponent("hocvuso.sqlite").path)
    }

    /// Parses `sqlite:PATH`, `postgres://…` or `postgresql://…`.
    public static func parse(_ text: String) throws -> DatabaseLocation {
        if text.hasPrefix("sqlite:") {
            return .sqlite(path: String(text.dropFirst("sqlite:".count)))
        }
        return .postgres(try PostgresURL(text))
    }

    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url): return url.redacted
        }
    }
}

/// The parts of a `postgres://user:password@host:port/database` URL.
public struct PostgresURL: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String

    public init(host: String, port: Int, username: String, password: String?, database: String) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    public init(_ text: String) throws {
        guard let components = URLComponents(string: text),
              components.scheme == "postgres" || components.scheme == "postgresql",
              let host = components.host, !host.isEmpty else {
            throw StoreError.badDatabaseURL(text)
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = components.user ?? "postgres"
        self.password = components.password
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        self.database = path.isEmpty ? self.username : path
    }

    /// The URL without its password, for logs.
    public var redacted: String {
        "postgres://\(username)@\(host):\(port)/\(database)"
    }
}

extension DatabaseLocation {
    /// The SQLite file, for tools that open it directly (nil for PostgreSQL).
    public var sqlitePath: String? {
        if case .sqlite(let path) = self { return path }
        return nil
    }
}
