// A throw-away PostgreSQL cluster for tests.
//
//     let url = try await PostgresTestServer.shared.freshDatabase(prefix: "store")
//     // url == "postgres://postgres@127.0.0.1:PORT/store_1_3fa9c1d2", an empty database
//
// - If `HOCVUSO_TEST_POSTGRES_URL` is set, that server is used and nothing is started.
// - Otherwise a cluster is created with `initdb` in a temporary directory under /tmp, listening on
//   127.0.0.1 and a free port, with fsync off. It is started once per process (the first caller
//   starts it; concurrent callers wait for the same start) and stopped (`pg_ctl -m immediate stop`)
//   and deleted when the process exits. Clusters left behind by a crashed run are removed the next
//   time a cluster is started.
// - `initdb` refuses to run as root, so as root the PostgreSQL tools run as the `postgres` user
//   through `runuser`.
// - Missing PostgreSQL binaries are an error, never a silent skip: run `scripts/setup.sh`.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum PostgresTestServerError: Error, CustomStringConvertible, Sendable {
    case binariesNotFound(searched: [String])
    case noPostgresUser
    case commandFailed(command: String, status: Int32, output: String)
    case startFailed(message: String, logTail: String)
    case invalidURL(String)
    case system(String)

    public var description: String {
        switch self {
        case .binariesNotFound(let searched):
            return """
                PostgresTestServer: PostgreSQL server binaries (initdb, pg_ctl, psql) were not found \
                (searched: \(searched.joined(separator: ", "))). Run `scripts/setup.sh` \
                (or `apt-get install -y postgresql`), or set HOCVUSO_TEST_POSTGRES_URL to a running server.
                """
        case .noPostgresUser:
            return """
                PostgresTestServer: running as root, but there is no `postgres` user to run initdb/pg_ctl as \
                (initdb refuses root). Install the `postgresql` package (`scripts/setup.sh`), run the tests \
                as a non-root user, or set HOCVUSO_TEST_POSTGRES_URL.
                """
        case .commandFailed(let command, let status, let output):
            return "PostgresTestServer: `\(command)` failed with exit status \(status):\n\(output)"
        case .startFailed(let message, let logTail):
            return "PostgresTestServer: could not start PostgreSQL: \(message)\n--- server log (tail) ---\n\(logTail)"
        case .invalidURL(let url):
            return "PostgresTestServer: invalid PostgreSQL URL in HOCVUSO_TEST_POSTGRES_URL: \(url)"
        case .system(let message):
            return "PostgresTestServer: \(message)"
        }
    }
}

public actor PostgresTestServer {
    public static let shared = PostgresTestServer()

    /// What the started (or external) server looks like.
    struct Server: Sendable {
        var url: String
        /// psql to run CREATE DATABASE with.
        var psql: String
    }

    private var startTask: Task<Server, any Error>?
    private var counter = 0

    public init() {}

    /// The URL of the server's `postgres` database: `postgres://postgres@127.0.0.1:PORT/postgres`,
    /// or `HOCVUSO_TEST_POSTGRES_URL` when set. Starts the cluster on first use.
    public func url() async throws -> String {
        try await server().url
    }

    /// Creates a new, empty database with a unique name that starts with `prefix` and returns its URL.
    public func freshDatabase(prefix: String) async throws -> String {
        let server = try await server()
        counter += 1
        let name = Self.databaseName(prefix: prefix, counter: counter)
        let output = try await Shell.run(
            server.psql,
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", server.url, "-c", "CREATE DATABASE \"\(name)\""])
        guard output.status == 0 else {
            throw PostgresTestServerError.commandFailed(
                command: "psql -c 'CREATE DATABASE \(name)'", status: output.status, output: output.text)
        }
        return try Self.replacingDatabase(in: server.url, with: name)
    }

    private func server() async throws -> Server {
        if let startTask { return try await startTask.value }
        let task = Task<Server, any Error> { try await Self.makeServer() }
        startTask = task  // set before the first suspension, so concurrent callers share the same start
        return try await task.value
    }

    // MARK: - Names and URLs

    static func databaseName(prefix: String, counter: Int) -> String {
        var base = String(prefix.lowercased().unicodeScalars.map { scalar -> Character in
            let ascii = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_")
            return ascii ? Character(scalar) : "_"
        }.prefix(32))
        if base.isEmpty || base.first!.isNumber { base = "t_" + base }
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(base)_\(getpid())_\(counter)_\(random)"
    }

    static func replacingDatabase(in url: String, with database: String) throws -> String {
        guard var components = URLComponents(string: url), components.host != nil else {
            throw PostgresTestServerError.invalidURL(url)
        }
        components.path = "/" + database
        guard let result = components.string else { throw PostgresTestServerError.invalidURL(url) }
        return result
    }

    // MARK: - Starting

    private static func makeServer() async throws -> Server {
        let environment = ProcessInfo.processInfo.environment
        if let external = environment["HOCVUSO_TEST_POSTGRES_URL"], !external.isEmpty {
            guard URLComponents(string: external)?.host != nil else {
                throw PostgresTestServerError.invalidURL(external)
            }
            let psql = findBinDir().map { $0 + "/psql" }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
                ?? Shell.which("psql")
            guard let psql else { throw PostgresTestServerError.binariesNotFound(searched: ["/usr/lib/postgresql/*/bin", "PATH"]) }
            return Server(url: external, psql: psql)
        }
        guard let bin = findBinDir() else {
            throw PostgresTestServerError.binariesNotFound(searched: ["/usr/lib/postgresql/*/bin", "PATH"])
        }
        let runAs: String?
        if getuid() == 0 {
            guard getpwnam("postgres") != nil else { throw PostgresTestServerError.noPostgresUser }
            runAs = "postgres"
        } else {
            runAs = nil
        }
        removeStaleClusters(bin: bin, runAs: runAs)

        let dir = try makeTempDirectory(runAs: runAs)
        let data = dir + "/data"
        let log = dir + "/server.log"
        // Register for clean-up before anything can fail half-way.
        Cleanup.register(dir: dir, data: data, pgCtl: bin + "/pg_ctl", runAs: runAs)
        try? "\(getpid())\n".write(toFile: dir + "/owner.pid", atomically: false, encoding: .utf8)

        // initdb; fall back to the C locale if C.UTF-8 is missing.
        var initdb = try await Shell.run(
            bin + "/initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            runAs: runAs, cwd: dir)
        if initdb.status != 0 {
            try? FileManager.default.removeItem(atPath: data)
            initdb = try await Shell.run(
                bin + "/initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"],
                runAs: runAs, cwd: dir)
        }
        guard initdb.status == 0 else {
            throw PostgresTestServerError.commandFailed(command: "initdb -D \(data)", status: initdb.status, output: initdb.text)
        }

        let quotedDir = dir.replacingOccurrences(of: "'", with: "''")
        let settings = """

            # hocvuso test cluster
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '\(quotedDir)'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 300
            log_min_messages = warning
            log_min_error_statement = panic

            """
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: data + "/postgresql.conf"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(settings.utf8))
            try handle.close()
        } catch {
            throw PostgresTestServerError.system("could not write \(data)/postgresql.conf: \(error)")
        }

        // Start on a free port; retry with another port if someone took it in between.
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = try freePort()
            let start = try await Shell.run(
                bin + "/pg_ctl", ["-D", data, "-l", log, "-o", "-p \(port)", "-w", "-t", "60", "start"],
                runAs: runAs, cwd: dir)
            if start.status == 0 {
                return Server(url: "postgres://postgres@127.0.0.1:\(port)/postgres", psql: bin + "/psql")
            }
            let logTail = tail(ofFile: log, lines: 40)
            lastError = PostgresTestServerError.startFailed(
                message: "`pg_ctl start` exited with status \(start.status): \(start.text)", logTail: logTail)
            guard logTail.contains("could not bind") || logTail.contains("already in use") else { break }
            _ = try? await Shell.run(bin + "/pg_ctl", ["-D", data, "-s", "-m", "immediate", "stop"], runAs: runAs, cwd: dir)
        }
        throw lastError ?? PostgresTestServerError.system("could not start PostgreSQL")
    }

    /// The highest-versioned /usr/lib/postgresql/N/bin with initdb, else the directory of initdb on PATH.
    static func findBinDir() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { name -> (Double, String)? in Double(name).map { ($0, name) } }
            .sorted { $0.0 > $1.0 }
        for (_, name) in versions {
            let bin = "\(root)/\(name)/bin"
            if FileManager.default.isExecutableFile(atPath: bin + "/initdb") && FileManager.default.isExecutableFile(atPath: bin + "/pg_ctl") {
                return bin
            }
        }
        if let initdb = Shell.which("initdb") {
            let bin = (initdb as NSString).deletingLastPathComponent
            if FileManager.default.isExecutableFile(atPath: bin + "/pg_ctl") { return bin }
        }
        return nil
    }

    private static func makeTempDirectory(runAs: String?) throws -> String {
        var base = "/tmp"
        if access(base, W_OK) != 0 { base = NSTemporaryDirectory() }
        if base.hasSuffix("/") { base.removeLast() }
        var template = Array((base + "/hocvuso-pg-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
        guard let dir = made else { throw PostgresTestServerError.system("mkdtemp in \(base) failed: errno \(errno)") }
        if let user = runAs {
            guard let pw = getpwnam(user) else { throw PostgresTestServerError.noPostgresUser }
            guard chown(dir, pw.pointee.pw_uid, pw.pointee.pw_gid) == 0 else {
                throw PostgresTestServerError.system("chown \(dir) to \(user) failed: errno \(errno)")
            }
        }
        return dir
    }

    /// A TCP port on 127.0.0.1 that is free right now (bind to port 0 and ask which one we got).
    static func freePort() throws -> Int {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw PostgresTestServerError.system("socket() failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw PostgresTestServerError.system("bind() failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw PostgresTestServerError.system("getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func tail(ofFile path: String, lines: Int) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "(no log at \(path))" }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// kill(pid, 0) fails with ESRCH when the process does not exist; a zombie counts as gone.
    static func processIsAlive(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        {
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
            if state == "Z" || state == "X" { return false }
        }
        return true
    }

    /// Stops and deletes clusters from earlier runs whose test process is gone (it crashed or was killed,
    /// so its atexit handler never ran).
    private static func removeStaleClusters(bin: String, runAs: String?) {
        let fm = FileManager.default
        for base in Set(["/tmp", NSTemporaryDirectory()].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) {
            guard let names = try? fm.contentsOfDirectory(atPath: base) else { continue }
            for name in names where name.hasPrefix("hocvuso-pg-out-") {
                // Output of a command that was running when its process died: hocvuso-pg-out-PID-UUID.
                let parts = name.split(separator: "-")
                if parts.count > 3, let owner = pid_t(parts[3]), !processIsAlive(owner) {
                    try? fm.removeItem(atPath: base + "/" + name)
                }
            }
            for name in names where name.hasPrefix("hocvuso-pg-") && !name.hasPrefix("hocvuso-pg-out-") {
                let dir = base + "/" + name
                guard let text = try? String(contentsOfFile: dir + "/owner.pid", encoding: .utf8),
                    let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
                else { continue }
                if processIsAlive(owner) { continue }
                Cleanup.stop(dir: dir, data: dir + "/data", pgCtl: bin + "/pg_ctl", runAs: runAs)
            }
        }
    }
}

// MARK: - Running processes

enum Shell {
    struct Output: Sendable {
        var status: Int32
        var text: String
    }

    /// Runs a program to completion off the cooperative thread pool; stdout and stderr are captured
    /// together through a temporary file.
    static func run(_ executable: String, _ arguments: [String], runAs: String? = nil, cwd: String? = nil) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try runSync(executable, arguments, runAs: runAs, cwd: cwd))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Not Foundation's `Process`: on Linux it notices the end of a child through a socket that the child
    /// inherits, and `pg_ctl start` hands that socket on to the postmaster daemon, so the wait would never
    /// end. Here the child gets only stdin, stdout and stderr, and we wait with `waitpid`.
    static func runSync(_ executable: String, _ arguments: [String], runAs: String?, cwd: String?) throws -> Output {
        var program = executable
        var argv = [executable] + arguments
        if let runAs {
            program = runuserPath()
            argv = [program, "-u", runAs, "--"] + argv
        }
        // Connection settings from the environment must not redirect our commands.
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("PG") { environment[key] = nil }
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = "C"

        var base = NSTemporaryDirectory()
        if base.hasSuffix("/") { base.removeLast() }
        let outputPath = base + "/hocvuso-pg-out-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let result = spawnAndWait(
            program, argv, environment: environment.map { "\($0.key)=\($0.value)" }, cwd: cwd, outputPath: outputPath)
        guard result.spawnError == 0 else {
            throw PostgresTestServerError.system("could not run \(program): \(String(cString: strerror(result.spawnError)))")
        }
        let text = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Output(status: result.exitCode, text: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func runuserPath() -> String {
        FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser"
    }

    /// posix_spawn + waitpid. stdin is /dev/null; stdout and stderr go to `outputPath` (or /dev/null);
    /// every other descriptor is closed in the child. Returns the exit code (-1 if killed by a signal).
    /// Safe to call from an atexit handler.
    static func spawnAndWait(
        _ program: String, _ argv: [String], environment: [String]? = nil, cwd: String? = nil, outputPath: String? = nil
    ) -> (spawnError: Int32, exitCode: Int32) {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        SpawnSupport.standardStreams(&actions, outputPath: outputPath, append: false)
        #if canImport(Darwin)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        if let cwd { posix_spawn_file_actions_addchdir_np(&actions, cwd) }
        #else
        // glibc has had these since 2.34 and 2.29, but Swift's Glibc module does not export them.
        if let closeFrom = SpawnSupport.addCloseFrom { _ = closeFrom(&actions, 3) }
        if let cwd, let addChdir = SpawnSupport.addChdir { _ = cwd.withCString { addChdir(&actions, $0) } }
        #endif

        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = (environment ?? []).map { strdup($0) } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned: Int32
        if environment != nil {
            spawned = posix_spawn(&pid, program, &actions, &attributes, &cArguments, &cEnvironment)
        } else {
            spawned = posix_spawn(&pid, program, &actions, &attributes, &cArguments, environ)
        }
        guard spawned == 0 else { return (spawned, -1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return (errno, -1) }
        }
        let exitedNormally = (status & 0x7f) == 0
        return (0, exitedNormally ? (status >> 8) & 0xff : -1)
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}


// MARK: - Clean-up at process exit

/// What the atexit handler needs, in a global protected by a lock (the handler is a C function
/// pointer and cannot capture context).
private final class Cleanup: @unchecked Sendable {
    struct Cluster {
        var dir: String
        var data: String
        var pgCtl: String
        var runAs: String?
    }

    static let shared = Cleanup()
    private let lock = NSLock()
    private var clusters: [Cluster] = []
    private var installed = false

    static func register(dir: String, data: String, pgCtl: String, runAs: String?) {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        shared.clusters.append(Cluster(dir: dir, data: data, pgCtl: pgCtl, runAs: runAs))
        if !shared.installed {
            shared.installed = true
            atexit {
                Cleanup.runAtExit()
            }
        }
    }

    static func runAtExit() {
        shared.lock.lock()
        let clusters = shared.clusters
        shared.clusters = []
        shared.lock.unlock()
        for cluster in clusters {
            stop(dir: cluster.dir, data: cluster.data, pgCtl: cluster.pgCtl, runAs: cluster.runAs)
        }
    }

    /// `pg_ctl -m immediate stop`, then delete the directory. Spawns with posix_spawn and waits with
    /// waitpid: this runs inside atexit, where Foundation's Process should not be relied on.
    static func stop(dir: String, data: String, pgCtl: String, runAs: String?) {
        let pidFile = data + "/postmaster.pid"
        if FileManager.default.fileExists(atPath: pidFile) {
            var argv = [pgCtl, "-D", data, "-s", "-m", "immediate", "-w", "-t", "30", "stop"]
            var program = pgCtl
            if let runAs {
                program = Shell.runuserPath()
                argv = [program, "-u", runAs, "--"] + argv
            }
            let result = Shell.spawnAndWait(program, argv, cwd: dir)
            if result.spawnError != 0 || result.exitCode != 0 {
                // Fall back to what `pg_ctl -m immediate stop` does: SIGQUIT to the postmaster.
                if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
                    let line = text.split(separator: "\n").first,
                    let pid = pid_t(line.trimmingCharacters(in: .whitespaces)), pid > 0
                {
                    kill(pid, SIGQUIT)
                    for _ in 0..<100 where kill(pid, 0) == 0 { usleep(50_000) }
                }
            }
        }
        try? FileManager.default.removeItem(atPath: dir)
    }
}
