// What clients sent through a TCPProxy: counting and waiting for requests, and cutting the network at the
// exact moment a request passes.
//
//     let before = proxy.requestCount(containing: "POST /api/v1/sessions/batch")
//     ... make the page sync ...
//     try await proxy.waitForRequest(containing: "POST /api/v1/sessions/batch", count: before + 1)
//
//     // The server stores the batch but the browser never hears back:
//     proxy.cut(whenRequestContains: "POST /api/v1/sessions/batch", at: .beforeResponse)
//
// Matching is on the raw bytes each connection sent (request lines, headers and bodies), across read
// boundaries. The records are kept for the proxy's lifetime, across cuts; `clearRequestLog()` forgets them.

import Foundation

extension TCPProxy {
    /// How many times `text` occurs in what clients have sent (all connections since the start or the last
    /// `clearRequestLog()`). A chunk withheld by a `.beforeRequest` trigger is counted too.
    public func requestCount(containing text: String) -> Int {
        let pattern = Array(text.utf8)
        guard !pattern.isEmpty else { return 0 }
        return lock.withLock {
            transcripts.values.reduce(0) { $0 + $1.ranges(of: pattern).count }
        }
    }

    /// Waits until `requestCount(containing: text)` reaches `count`; returns the count then.
    /// Throws `BrowserTestError.timeout` after `timeout`.
    @discardableResult
    public func waitForRequest(containing text: String, count: Int = 1, timeout: Duration = .seconds(10)) async throws -> Int {
        let seen = try await pollUntil(timeout: timeout, interval: .milliseconds(10)) { () -> Int? in
            let current = requestCount(containing: text)
            return current >= count ? current : nil
        }
        guard let seen else {
            let current = requestCount(containing: text)
            throw BrowserTestError.timeout(
                "\(count) request(s) containing \(text.debugDescription) through the proxy within \(timeout.secondsText) (saw \(current))")
        }
        return seen
    }

    /// Arms a one-shot trigger: the next time a client sends `text`, the proxy cuts (as `cut()` does) at
    /// `point`. The trigger fires once; `restore()` afterwards as usual.
    public func cut(whenRequestContains text: String, at point: CutPoint = .beforeRequest) {
        lock.withLock { triggers.append((Array(text.utf8), point)) }
    }

    /// Disarms triggers that have not fired.
    public func removeCutTriggers() {
        lock.withLock { triggers.removeAll() }
    }

    /// Forgets the recorded bytes (the counts start again from 0).
    public func clearRequestLog() {
        lock.withLock {
            for id in transcripts.keys { transcripts[id] = connections[id] == nil ? nil : [] }
        }
    }

    /// Records bytes a client sent and says whether to forward them.
    func clientSent(_ id: Int, _ bytes: ArraySlice<UInt8>) -> Verdict {
        lock.withLock {
            let oldCount = transcripts[id]?.count ?? 0
            transcripts[id, default: []].append(contentsOf: bytes)
            guard !triggers.isEmpty, let transcript = transcripts[id] else { return .forward }
            for (index, trigger) in triggers.enumerated() {
                // Search only where a new occurrence can be: the new bytes and a pattern's length before them.
                let start = max(0, oldCount - trigger.pattern.count + 1)
                guard transcript[start...].firstRange(of: trigger.pattern) != nil else { continue }
                triggers.remove(at: index)
                switch trigger.point {
                case .beforeRequest: return .cut
                case .beforeResponse: dropResponses.insert(id)
                }
                break
            }
            return .forward
        }
    }

    /// Says whether bytes the server sent on a connection may reach the client.
    func serverSent(_ id: Int) -> Verdict {
        lock.withLock { dropResponses.remove(id) != nil ? .cut : .forward }
    }
}
