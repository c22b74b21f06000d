// The project's built server binary as a child process that a test can start, kill and restart:
//
//     let binary = try #require(ServerProcess.builtBinary(named: "hocvuso"))
//     let port = FreePort.pick()
//     let server = ServerProcess(binary: binary, arguments: ["serve", "--port", "\(port)", "--data", dir],
//                                environment: nil, port: port)
//     try await server.start()          // returns once GET /health answers 200
//     ...
//     server.kill()                     // SIGKILL: a crash, nothing flushed
//     await server.terminate()          // SIGTERM: a clean shutdown

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public final class ServerProcess: @unchecked Sendable {
    public let binary: URL
    public let arguments: [String]
    public let environment: [String: String]?
    public let port: Int
    /// Where the server's stdout and stderr go (appended across restarts).
    public let logFile: URL
    private let lock = NSLock()
    private var child: ChildProcess?

    /// `environment` entries are added to (and override) this process's environment; nil passes it on as is.
    /// `logFile` nil means a new file in the temporary directory.
    public init(binary: URL, arguments: [String], environment: [String: String]? = nil, port: Int, logFile: URL? = nil) {
        self.binary = binary
        self.arguments = arguments
        self.environment = environment
        self.port = port
        self.logFile = logFile ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("hocvuso-server-\(getpid())-\(UUID().uuidString.prefix(8)).log")
    }

    public var processID: Int32? { lock.withLock { child?.pid } }

    public var isRunning: Bool { lock.withLock { child.map { !$0.hasExited } ?? false } }

    /// The last `bytes` of the log, for failure messages.
    public func logTail(bytes: Int = 4000) -> String {
        guard let data = FileManager.default.contents(atPath: logFile.path) else { return "" }
        return String(decoding: data.suffix(bytes), as: UTF8.self)
    }

    /// Starts the binary and waits until `GET /health` on `port` answers 200. Throws (after killing the
    /// process) if it exits first or does not become healthy within `timeout`.
    public func start(timeout: Duration = .seconds(60)) async throws {
        guard !isRunning else { throw BrowserTestError.serverFailed("already running (pid \(processID ?? 0))") }
        var values = ProcessInfo.processInfo.environment
        for (key, value) in environment ?? [:] { values[key] = value }
        let child = try ChildProcess.spawn(binary.path, arguments, environment: values, outputPath: logFile.path)
        lock.withLock { self.child = child }
        let started = ContinuousClock.now
        let healthy = try await pollUntil(timeout: timeout, interval: .milliseconds(100)) { () -> Bool? in
            if let ended = child.exitDescription {
                throw BrowserTestError.serverFailed("\(binary.lastPathComponent) exited (\(ended)) before answering /health\n\(logTail())")
            }
            let response = try? await LoopbackHTTP.get(port: port, path: "/health", timeout: .seconds(2))
            return response?.status == 200 ? true : nil
        }
        guard healthy == true else {
            child.kill()
            let waited = (ContinuousClock.now - started).secondsText
            throw BrowserTestError.serverFailed("GET /health on port \(port) did not answer 200 within \(waited)\n\(logTail())")
        }
    }

    /// SIGKILL (and reap). Does nothing if the server is not running.
    public func kill() {
        lock.withLock { child }?.kill()
    }

    /// SIGTERM, then SIGKILL if the server has not exited after `grace`.
    public func terminate(grace: Duration = .seconds(10)) async {
        guard let child = lock.withLock({ child }), !child.hasExited else { return }
        child.signal(SIGTERM)
        if await !child.waitForExit(timeout: grace) { child.kill() }
    }

    /// How the last run ended ("exit status 0", "killed by signal 9"), nil while running or never started.
    public var exitDescription: String? { lock.withLock { child }?.exitDescription }

    /// `<package root>/.build/debug/<name>` or `<package root>/.build/<triple>/debug/<name>`, whichever exists
    /// (the newest if both do). The package root is found from this source file's path: Tests/Support/ is two
    /// levels below it. Pass `packageRoot` to look elsewhere.
    public static func builtBinary(named name: String = "hocvuso", packageRoot: URL? = nil, filePath: String = #filePath) -> URL? {
        let root = packageRoot ?? URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let build = root.appendingPathComponent(".build")
        var candidates = [build.appendingPathComponent("debug/\(name)")]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
        for entry in entries.sorted() where entry.contains("-") {
            candidates.append(build.appendingPathComponent("\(entry)/debug/\(name)"))
        }
        let existing = candidates.filter { FileManager.default.isExecutableFile(atPath: $0.path) }
        func modified(_ url: URL) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return existing.max { modified($0) < modified($1) }
    }
}
