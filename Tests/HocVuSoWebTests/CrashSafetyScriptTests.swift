import Foundation
import HocVuSoTestSupport
import Testing

/// Runs scripts/crash-test.sh in its short mode (2 kills in 8 s of load) on both engines: every acknowledged write is
/// stored exactly once after SIGKILLs, the rollups verify, and SIGTERM drains an in-flight request. The full run
/// (`scripts/crash-test.sh sqlite|postgres`, 4 kills in 30 s) is for CI jobs and releases.
@Suite("crash safety: SIGKILL under write load loses and duplicates nothing; SIGTERM drains", .serialized)
struct CrashSafetyScriptTests {
    @Test("scripts/crash-test.sh (short mode)", arguments: ["sqlite", "postgres"])
    func crashScript(engine: String) async throws {
        let binary = try #require(ServerProcess.builtBinary(named: "hocvuso"), "build hocvuso first (swift build)")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-crash-\(engine)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("scripts/crash-test.sh").path, engine]
        var environment = ProcessInfo.processInfo.environment
        environment["HOCVUSO_BIN"] = binary.path
        environment["CRASH_KILLS"] = "2"
        environment["CRASH_SECONDS"] = "8"
        environment["CRASH_WRITERS"] = "4"
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(status == 0, "\(output)")
        #expect(output.contains("duplicates = 0, missing = 0, still unacknowledged = 0"), "\(output)")
        #expect(output.contains("SIGTERM drain: in-flight request -> 'HTTP/1.1 200 OK'"), "\(output)")
        #expect(output.contains("CRASH TEST PASSED"), "\(output)")
    }
}
