// Children that are still running when the test process exits (a test that threw before closing its
// browser or server) are killed, with their process groups, by an atexit handler.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class ChildProcessRegistry: @unchecked Sendable {
    private static let shared = ChildProcessRegistry()
    private let lock = NSLock()
    private var pids: Set<pid_t> = []
    private var installed = false

    static func add(_ pid: pid_t) {
        shared.lock.withLock {
            shared.pids.insert(pid)
            if !shared.installed {
                shared.installed = true
                atexit {
                    ChildProcessRegistry.killAll()
                }
            }
        }
    }

    static func remove(_ pid: pid_t) {
        _ = shared.lock.withLock { shared.pids.remove(pid) }
    }

    private static func killAll() {
        let pids = shared.lock.withLock { shared.pids }
        for pid in pids {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
    }
}
