// A loopback TCP forwarder between a browser and a server, so that a test can cut "the network":
//
//     let proxy = TCPProxy(targetPort: serverPort)
//     try proxy.start()                  // the browser opens http://127.0.0.1:\(proxy.port)/
//     proxy.cut()                        // open connections are reset, new ones are refused
//     try proxy.restore()                // listening again on the same port
//
// One thread accepts; each connection gets a thread that forwards both directions. What clients send is
// recorded so tests can wait for a request (TCPProxyRequests.swift).

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public final class TCPProxy: @unchecked Sendable {
    /// Where a cut trigger (`cut(whenRequestContains:at:)`) strikes.
    public enum CutPoint: Sendable {
        /// The chunk holding the text is not forwarded: the server never sees the request.
        case beforeRequest
        /// The request is forwarded; the cut happens when the server starts answering on that connection,
        /// so the server has done the work but the client never gets the response.
        case beforeResponse
    }

    enum State { case idle, listening, cut, stopped }

    /// One listening socket and its accept thread.
    final class Listener: @unchecked Sendable {
        let fd: Int32
        let done = DispatchSemaphore(value: 0)
        var stopped = false  // guarded by the proxy's lock
        init(fd: Int32) { self.fd = fd }
    }

    public let targetPort: Int
    let lock = NSLock()
    var state = State.idle
    var listenPort: Int
    var listener: Listener?
    var connections: [Int: ProxyConnection] = [:]
    var nextConnectionID = 0
    var accepted = 0
    // Recorded client→server bytes per connection, cut triggers, connections whose responses are dropped.
    var transcripts: [Int: [UInt8]] = [:]
    var triggers: [(pattern: [UInt8], point: CutPoint)] = []
    var dropResponses: Set<Int> = []

    /// `listenPort` nil picks a free port when started.
    public init(listenPort: Int? = nil, targetPort: Int) {
        self.listenPort = listenPort ?? 0
        self.targetPort = targetPort
    }

    /// The port clients connect to (0 before `start()` when no port was given).
    public var port: Int { lock.withLock { listenPort } }

    public var isCut: Bool { lock.withLock { state == .cut } }

    /// Connections accepted since start.
    public var acceptedConnections: Int { lock.withLock { accepted } }

    /// Connections being forwarded now.
    public var openConnections: Int { lock.withLock { connections.count } }

    public func start() throws {
        try lock.withLock {
            guard state == .idle else { throw BrowserTestError.system("TCPProxy.start: already started") }
            try openListenerLocked()
        }
    }

    /// Resets every open connection and closes the listening socket, so new connections are refused at
    /// once. Returns when all forwarding threads have finished.
    public func cut() {
        cut(excludingConnection: nil)
    }

    /// Listens again on the same port after `cut()`.
    public func restore() throws {
        try lock.withLock {
            guard state == .cut else { return }
            try openListenerLocked()
        }
    }

    /// Like `cut()`, for good.
    public func stop() {
        cut()
        lock.withLock { state = .stopped }
    }

    private func openListenerLocked() throws {
        let fd = try Posix.listenOnLoopback(port: listenPort)
        listenPort = Posix.boundPort(fd)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        let listener = Listener(fd: fd)
        self.listener = listener
        state = .listening
        BlockingWork.startThread(named: "hocvuso-proxy-accept-\(listenPort)") { self.acceptLoop(listener) }
    }

    func cut(excludingConnection excluded: Int?) {
        let (listener, waitFor): (Listener?, [ProxyConnection]) = lock.withLock {
            guard state == .listening else { return (nil, []) }
            state = .cut
            let listener = self.listener
            self.listener = nil
            listener?.stopped = true
            // Shut down under the lock: a connection closes its descriptors under the lock too, so these
            // are still its own.
            if let listener { shutdown(listener.fd, Int32(SHUT_RDWR)) }
            var others: [ProxyConnection] = []
            for connection in connections.values where connection.id != excluded {
                connection.reset = true
                shutdown(connection.client, Int32(SHUT_RDWR))
                shutdown(connection.server, Int32(SHUT_RDWR))
                others.append(connection)
            }
            return (listener, others)
        }
        _ = listener?.done.wait(timeout: .now() + 2)
        for connection in waitFor { _ = connection.done.wait(timeout: .now() + 2) }
    }

    private func acceptLoop(_ listener: Listener) {
        defer {
            close(listener.fd)
            listener.done.signal()
        }
        while !lock.withLock({ listener.stopped }) {
            var entry = pollfd(fd: listener.fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, 100)
            guard ready > 0 else { continue }
            let client = accept(listener.fd, nil, nil)
            guard client >= 0 else { continue }  // EAGAIN, ECONNABORTED, or shut down (the loop test ends it)
            Posix.setCloseOnExec(client)
            _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) & ~O_NONBLOCK)
            let id: Int = lock.withLock {
                nextConnectionID += 1
                accepted += 1
                return nextConnectionID
            }
            BlockingWork.startThread(named: "hocvuso-proxy-conn-\(id)") { self.serve(client: client, id: id) }
        }
    }
}
