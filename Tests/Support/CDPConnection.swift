// The Chrome DevTools Protocol over `--remote-debugging-pipe`: NUL-terminated JSON messages, commands
// written to the browser's fd 3, answers and events read from its fd 4 on a thread of their own.
// Answers are matched to waiting callers by `id`; events go to CDPEvents.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class CDPConnection: @unchecked Sendable {
    private struct Command: Encodable {
        var id: Int
        var method: String
        var params: CDPValue?
        var sessionId: String?
    }

    private struct Incoming: Decodable {
        struct Failure: Decodable { var message: String }
        var id: Int?
        var result: CDPValue?
        var error: Failure?
        var method: String?
        var params: CDPValue?
        var sessionId: String?
    }

    private typealias Waiter = (method: String, continuation: CheckedContinuation<CDPValue, any Error>, timer: Task<Void, Never>?)

    let events = CDPEvents()
    private let writeFD: Int32
    private let readFD: Int32
    private let lock = NSLock()
    private var nextID = 0
    private var waiters: [Int: Waiter] = [:]
    private var endReason: String?  // set once the pipe has ended; no new commands then
    private var stopRequested = false
    private var writeClosed = false
    private let writeLock = NSLock()

    /// Takes ownership of both descriptors and starts reading.
    init(writeFD: Int32, readFD: Int32) {
        self.writeFD = writeFD
        self.readFD = readFD
        BlockingWork.startThread(named: "hocvuso-cdp-reader") { self.readLoop() }
    }

    /// Sends a command and returns its `result`. Throws the browser's error, `browserClosed`, or `timeout`.
    func send(_ method: String, _ params: CDPValue? = nil, sessionId: String? = nil, timeout: Duration) async throws -> CDPValue {
        let id = lock.withLock {
            nextID += 1
            return nextID
        }
        var message = try JSONEncoder().encode(Command(id: id, method: method, params: params, sessionId: sessionId))
        message.append(0)
        let bytes = message
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<CDPValue, any Error>) in
                let ended: String? = lock.withLock {
                    if let endReason { return endReason }
                    waiters[id] = (method, continuation, nil)
                    return nil
                }
                if let ended { return continuation.resume(throwing: BrowserTestError.browserClosed(ended)) }
                if Task.isCancelled { return finish(id, .failure(CancellationError())) }
                let timer = Task {
                    do { try await Task.sleep(for: timeout) } catch { return }
                    self.finish(id, .failure(BrowserTestError.timeout("no answer to DevTools \(method) within \(timeout.secondsText)")))
                }
                let waiting = lock.withLock {
                    waiters[id]?.timer = timer
                    return waiters[id] != nil
                }
                if !waiting { timer.cancel() }
                if !writeMessage(bytes) { finish(id, .failure(BrowserTestError.browserClosed("cannot write to the DevTools pipe"))) }
            }
        } onCancel: {
            self.finish(id, .failure(CancellationError()))
        }
    }

    /// Stops reading and closes both descriptors (the reader closes its own within ~200 ms). Pending and
    /// later commands fail with `browserClosed`.
    func stop() {
        lock.withLock { stopRequested = true }
        writeLock.withLock {
            if !writeClosed {
                writeClosed = true
                close(writeFD)
            }
        }
    }

    private func finish(_ id: Int, _ result: Result<CDPValue, any Error>) {
        guard let waiter = lock.withLock({ waiters.removeValue(forKey: id) }) else { return }
        waiter.timer?.cancel()
        waiter.continuation.resume(with: result)
    }

    private func writeMessage(_ bytes: Data) -> Bool {
        writeLock.withLock {
            guard !writeClosed else { return false }
            return bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeFD, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += written
                }
                return true
            }
        }
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var reason = "the DevTools pipe was closed"
        while !lock.withLock({ stopRequested }) {
            var entry = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, 200)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let count = read(readFD, &buffer, buffer.count)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if count <= 0 {
                reason = count == 0 ? "the browser closed the DevTools pipe" : "read: \(Posix.errorText())"
                break
            }
            pending.append(contentsOf: buffer[0..<count])
            var start = 0
            while let end = pending[start...].firstIndex(of: 0) {
                handle(pending[start..<end])
                start = end + 1
            }
            pending.removeFirst(start)
        }
        close(readFD)
        let abandoned: [Waiter] = lock.withLock {
            endReason = reason
            defer { waiters.removeAll() }
            return Array(waiters.values)
        }
        for waiter in abandoned {
            waiter.timer?.cancel()
            waiter.continuation.resume(throwing: BrowserTestError.browserClosed("\(reason) (while waiting for \(waiter.method))"))
        }
        events.end(reason)
    }

    private func handle(_ bytes: ArraySlice<UInt8>) {
        guard let message = try? JSONDecoder().decode(Incoming.self, from: Data(bytes)) else { return }
        if let id = message.id {
            let method = lock.withLock { waiters[id]?.method } ?? "?"
            if let error = message.error {
                finish(id, .failure(BrowserTestError.protocolError(method: method, message: error.message)))
            } else {
                finish(id, .success(message.result ?? .null))
            }
        } else if let method = message.method {
            events.received(CDPEvent(method: method, params: message.params ?? .null, sessionId: message.sessionId))
        }
    }
}
