import Foundation

/// pg_dump, pg_restore and psql run as child processes. The password goes in PGPASSWORD, never on the command line.
struct PostgresTools: Sendable {
    let url: PostgresURL

    /// The client tools of the newest installed PostgreSQL, else the ones on PATH.
    static func path(_ tool: String) -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted(by: >)
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/\(tool)") {
            return "\(root)/\(version)/bin/\(tool)"
        }
        return "/usr/bin/\(tool)"
    }

    /// A libpq connection URI for `database` (default: the URL's own), without the password.
    func uri(_ database: String? = nil) -> String {
        var components = URLComponents()
        components.scheme = "postgresql"
        components.user = url.username
        components.host = url.host
        components.port = url.port
        components.path = "/" + (database ?? url.database)
        return components.string ?? ""
    }

    /// Runs `tool` to completion; throws `BackupError.toolFailed` with its output when it exits non-zero.
    func run(_ tool: String, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.path(tool))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if let password = url.password { environment["PGPASSWORD"] = password }
        process.environment = environment
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-\(tool)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: BackupError.toolFailed(tool: tool, output: "\(error)"))
            }
        }
        try? log.close()
        guard status == 0 else {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw BackupError.toolFailed(tool: tool, output: String(text.suffix(2000)).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
