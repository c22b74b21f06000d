// DevTools events (messages without an `id`): the latest ones are kept so that a caller can wait for one
// that may already have arrived, and each page's console output is kept for failure messages.

import Foundation

public struct CDPEvent: Sendable {
    public let method: String
    public let params: CDPValue
    /// The page session the event belongs to; nil for browser-level events.
    public let sessionId: String?
}

final class CDPEvents: @unchecked Sendable {
    typealias Matcher = @Sendable (CDPEvent) -> Bool
    private typealias Waiter = (matches: Matcher, continuation: CheckedContinuation<CDPEvent, any Error>)

    private static let keptEvents = 1000
    private static let keptConsoleLines = 500
    private let lock = NSLock()
    private var buffered: [CDPEvent] = []
    private var waiters: [Int: Waiter] = [:]
    private var nextWaiter = 0
    private var console: [String: [String]] = [:]
    private var endReason: String?
    /// Timeouts and cancellations that came before their waiter was registered.
    private var failedEarly: [Int: any Error] = [:]

    /// Removes and returns the first kept event that matches, or waits for the next one that does.
    func next(matching matches: @escaping Matcher, what: String, timeout: Duration) async throws -> CDPEvent {
        let id = lock.withLock {
            nextWaiter += 1
            return nextWaiter
        }
        let timer = Task {
            do { try await Task.sleep(for: timeout) } catch { return }
            self.fail(id, BrowserTestError.timeout("DevTools event \(what) within \(timeout.secondsText)"))
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<CDPEvent, any Error>) in
                let outcome: Result<CDPEvent, any Error>? = lock.withLock {
                    if let index = buffered.firstIndex(where: matches) { return .success(buffered.remove(at: index)) }
                    if let endReason { return .failure(BrowserTestError.browserClosed(endReason)) }
                    if let error = failedEarly.removeValue(forKey: id) { return .failure(error) }
                    waiters[id] = (matches, continuation)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            self.fail(id, CancellationError())
        }
    }

    /// Forgets the kept events (not the console lines).
    func discardKept() {
        lock.withLock { buffered.removeAll() }
    }

    /// The console messages, uncaught exceptions and browser log entries of a page session, oldest first.
    func consoleLines(sessionId: String) -> [String] {
        lock.withLock { console[sessionId] ?? [] }
    }

    func received(_ event: CDPEvent) {
        let waiter: Waiter? = lock.withLock {
            if let sessionId = event.sessionId, let line = Self.consoleLine(event) {
                console[sessionId, default: []].append(line)
                if console[sessionId]!.count > Self.keptConsoleLines { console[sessionId]!.removeFirst() }
            }
            if let (id, waiter) = waiters.first(where: { $0.value.matches(event) }) {
                waiters[id] = nil
                return waiter
            }
            buffered.append(event)
            if buffered.count > Self.keptEvents { buffered.removeFirst(buffered.count - Self.keptEvents) }
            return nil
        }
        waiter?.continuation.resume(returning: event)
    }

    /// The pipe has ended: every waiter fails.
    func end(_ reason: String) {
        let abandoned: [Waiter] = lock.withLock {
            endReason = reason
            defer { waiters.removeAll() }
            return Array(waiters.values)
        }
        for waiter in abandoned { waiter.continuation.resume(throwing: BrowserTestError.browserClosed(reason)) }
    }

    private func fail(_ id: Int, _ error: any Error) {
        let waiter: Waiter? = lock.withLock {
            guard let waiter = waiters.removeValue(forKey: id) else {
                failedEarly[id] = error
                return nil
            }
            return waiter
        }
        waiter?.continuation.resume(throwing: error)
    }

    /// One line for Runtime.consoleAPICalled, Runtime.exceptionThrown and Log.entryAdded; nil otherwise.
    private static func consoleLine(_ event: CDPEvent) -> String? {
        let params = event.params
        switch event.method {
        case "Runtime.consoleAPICalled":
            let parts = (params["args"]?.arrayValue ?? []).map { argument -> String in
                if let text = argument["value"]?.stringValue { return text }
                return argument["value"]?.description ?? argument["description"]?.stringValue ?? argument["type"]?.stringValue ?? "?"
            }
            return "[console.\(params["type"]?.stringValue ?? "log")] " + parts.joined(separator: " ")
        case "Runtime.exceptionThrown":
            let details = params["exceptionDetails"]
            let text = details?["exception"]?["description"]?.stringValue ?? details?["text"]?.stringValue ?? "?"
            return "[uncaught] \(text)"
        case "Log.entryAdded":
            let entry = params["entry"]
            let url = entry?["url"]?.stringValue.map { " (\($0))" } ?? ""
            return "[\(entry?["source"]?.stringValue ?? "log").\(entry?["level"]?.stringValue ?? "info")] "
                + (entry?["text"]?.stringValue ?? "") + url
        default:
            return nil
        }
    }
}
