import Foundation
import HocVuSoCore

/// A command-line reader hocvuso calls as a child process (pdftotext, pdfinfo, pdftoppm, tesseract): the Debian
/// package that provides it, and a bounded run that returns its standard output.
struct ExternalTool: Sendable {
    let name: String
    let package: String
    /// Longest run before the process is killed.
    let timeout: Duration

    static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils", timeout: .seconds(60))
    static let pdfinfo = ExternalTool(name: "pdfinfo", package: "poppler-utils", timeout: .seconds(30))
    static let pdftoppm = ExternalTool(name: "pdftoppm", package: "poppler-utils", timeout: .seconds(120))
    static let tesseract = ExternalTool(name: "tesseract", package: "tesseract-ocr", timeout: .seconds(180))

    /// The executable on PATH (or /usr/bin), nil when it is not installed.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/bin"]
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the tool; its standard output. Throws a Vietnamese `DomainError` when the tool is missing, fails or
    /// runs past the timeout.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) async throws -> Data {
        guard let path else {
            throw DomainError(.invalid, code: "reading.tool-missing", message: Strings.ReceivedFile.toolMissing(name, package: package))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let errors = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: output)
        let errHandle = try FileHandle(forWritingTo: errors)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let watchdog = TimeoutFlag()
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: DomainError(.invalid, code: "reading.tool-failed", message: Strings.ReceivedFile.toolFailed(name)))
                return
            }
            let pid = process.processIdentifier
            Task.detached { [timeout] in
                try? await Task.sleep(for: timeout)
                if watchdog.fire() { kill(pid, SIGKILL) }
            }
        }
        watchdog.disarm()
        try? outHandle.close()
        try? errHandle.close()
        if watchdog.fired {
            throw DomainError(.invalid, code: "reading.tool-timeout",
                              message: Strings.ReceivedFile.toolTimedOut(name, seconds: Int(timeout.components.seconds)))
        }
        guard status == 0 else {
            throw DomainError(.invalid, code: "reading.tool-failed", message: Strings.ReceivedFile.toolFailed(name))
        }
        return try Data(contentsOf: output)
    }
}

/// Set once by whichever comes first: the process ending (disarm) or the timeout (fire).
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private(set) var fired = false

    func fire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return false }
        done = true
        fired = true
        return true
    }

    func disarm() {
        lock.lock()
        done = true
        lock.unlock()
    }
}
