// Running blocking system calls without tying up Swift's cooperative thread pool (two threads on a
// two-core machine): each piece of work gets a thread of its own.

import Foundation

enum BlockingWork {
    /// Runs `body` on a new thread and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.name = "hocvuso-test-blocking"
            thread.start()
        }
    }

    /// Starts a long-lived background thread (reader and pump loops).
    static func startThread(named name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.start()
    }
}

extension Duration {
    /// The duration in seconds, for messages.
    var secondsText: String {
        let (seconds, attoseconds) = components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        return String(format: "%.1f s", value)
    }
}

/// Polls `check` every `interval` until it returns a value or `timeout` passes (then nil).
/// Cancellation ends the wait early with CancellationError.
func pollUntil<T: Sendable>(
    timeout: Duration, interval: Duration = .milliseconds(100), _ check: () async throws -> T?
) async throws -> T? {
    let deadline = ContinuousClock.now + timeout
    while true {
        if let value = try await check() { return value }
        if ContinuousClock.now >= deadline { return nil }
        try await Task.sleep(for: interval)
    }
}
