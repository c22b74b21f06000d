// A child process started with posix_spawn in a process group of its own, so that it and everything it
// starts (Chromium's renderer and zygote processes) can be killed together. Not Foundation's `Process`:
// we need to hand the child extra descriptors (Chromium's DevTools pipe on fds 3 and 4) and to reap it
// with waitpid.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let executable: String
    private let lock = NSLock()
    private var waitStatus: Int32?

    private init(pid: pid_t, executable: String) {
        self.pid = pid
        self.executable = executable
    }

    /// Starts `executable`. stdin is /dev/null; stdout and stderr are appended to `outputPath` (or go to
    /// /dev/null); `descriptors` maps child descriptor numbers to descriptors of ours (e.g. [3: a, 4: b]);
    /// every other descriptor is closed in the child. `environment` nil inherits ours.
    static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        outputPath: String? = nil, descriptors: [Int32: Int32] = [:]
    ) throws -> ChildProcess {
        // Move the sources out of the way first, so that a source that happens to be 3 or 4 is not
        // overwritten by an earlier dup2.
        var moved: [(child: Int32, ours: Int32)] = []
        defer { for entry in moved { close(entry.ours) } }
        for (child, ours) in descriptors.sorted(by: { $0.key < $1.key }) {
            let copy = fcntl(ours, F_DUPFD_CLOEXEC, 100)
            guard copy >= 0 else { throw BrowserTestError.system("fcntl(F_DUPFD_CLOEXEC): \(Posix.errorText())") }
            moved.append((child, copy))
        }
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
        SpawnSupport.standardStreams(&actions, outputPath: outputPath, append: true)
        for entry in moved { posix_spawn_file_actions_adddup2(&actions, entry.ours, entry.child) }
        // A new process group, default SIGPIPE handling (ignored signals would be inherited), no blocked signals.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        var flags = Int32(POSIX_SPAWN_SETPGROUP) | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
        let closeFrom = max(3, (descriptors.keys.max() ?? 2) + 1)
        if let addCloseFrom = SpawnSupport.addCloseFrom { _ = addCloseFrom(&actions, closeFrom) }
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var environmentValues = ProcessInfo.processInfo.environment
        if let environment { environmentValues = environment }
        var cArguments: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] =
            environmentValues.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, &cArguments, &cEnvironment)
        guard status == 0 else { throw BrowserTestError.system("posix_spawn \(executable): \(Posix.errorText(status))") }
        ChildProcessRegistry.add(pid)
        return ChildProcess(pid: pid, executable: executable)
    }

    /// Whether the process has ended (reaps it if so).
    var hasExited: Bool {
        lock.withLock { reapLocked(blocking: false) }
    }

    /// "exit status N" or "killed by signal N", once the process has ended.
    var exitDescription: String? {
        lock.withLock {
            guard reapLocked(blocking: false), let status = waitStatus else { return nil }
            let signal = status & 0x7f
            return signal == 0 ? "exit status \((status >> 8) & 0xff)" : "killed by signal \(signal)"
        }
    }

    /// Waits up to `timeout` for the process to end; true if it did.
    func waitForExit(timeout: Duration) async -> Bool {
        let ended = try? await pollUntil(timeout: timeout, interval: .milliseconds(20)) { hasExited ? true : nil }
        return ended == true
    }

    /// Sends a signal to the process (not its group).
    func signal(_ number: Int32) {
        lock.withLock {
            if !reapLocked(blocking: false) { _ = posixKill(pid, number) }
        }
    }

    /// SIGKILL to the whole process group, then reaps the process.
    func kill() {
        lock.withLock {
            guard !reapLocked(blocking: false) else { return }
            _ = posixKill(-pid, SIGKILL)
            _ = posixKill(pid, SIGKILL)
            _ = reapLocked(blocking: true)
        }
    }

    /// SIGKILL to whatever is left of the process group (e.g. children that outlived the main process).
    func killGroup() {
        _ = posixKill(-pid, SIGKILL)
    }

    private func reapLocked(blocking: Bool) -> Bool {
        if waitStatus != nil { return true }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid {
                waitStatus = status
                ChildProcessRegistry.remove(pid)
                return true
            }
            if result < 0 && errno == EINTR { continue }
            if result < 0 && errno == ECHILD {  // reaped elsewhere; treat as ended
                waitStatus = 0
                ChildProcessRegistry.remove(pid)
                return true
            }
            return false
        }
    }
}

/// libc's kill(2), under a name that does not collide with the `kill()` methods here.
private func posixKill(_ pid: pid_t, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}

