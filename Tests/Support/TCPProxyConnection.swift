// One forwarded connection of a TCPProxy: a thread that polls both sockets and copies bytes across,
// passing half-closes on, until both directions have ended or the proxy cuts it.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class ProxyConnection: @unchecked Sendable {
    let id: Int
    let client: Int32
    let server: Int32
    let done = DispatchSemaphore(value: 0)
    /// Close with RST instead of FIN (set when the proxy cuts). Guarded by the proxy's lock.
    var reset = false

    init(id: Int, client: Int32, server: Int32) {
        self.id = id
        self.client = client
        self.server = server
    }
}

extension TCPProxy {
    enum Verdict { case forward, cut }

    /// Runs on the connection's own thread.
    func serve(client: Int32, id: Int) {
        guard let server = try? Posix.connectToLoopback(port: targetPort) else {
            // The server is down: the client sees its connection reset.
            Posix.setResetOnClose(client)
            close(client)
            return
        }
        let connection = ProxyConnection(id: id, client: client, server: server)
        let registered: Bool = lock.withLock {
            guard state == .listening else { return false }
            connections[id] = connection
            transcripts[id] = []
            return true
        }
        if registered { pump(connection) }
        lock.withLock {
            connections[id] = nil
            if connection.reset || !registered {
                Posix.setResetOnClose(client)
                Posix.setResetOnClose(server)
            }
            close(client)
            close(server)
        }
        connection.done.signal()
    }

    private func pump(_ connection: ProxyConnection) {
        var fds = [
            pollfd(fd: connection.client, events: Int16(POLLIN), revents: 0),
            pollfd(fd: connection.server, events: Int16(POLLIN), revents: 0),
        ]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while fds[0].fd >= 0 || fds[1].fd >= 0 {
            let ready = poll(&fds, 2, 1000)
            if ready < 0 && errno != EINTR { return }
            guard ready > 0 else { continue }
            for side in 0..<2 where fds[side].fd >= 0 && fds[side].revents != 0 {
                let from = side == 0 ? connection.client : connection.server
                let to = side == 0 ? connection.server : connection.client
                let count = recv(from, &buffer, buffer.count, 0)
                if count > 0 {
                    let verdict = side == 0
                        ? clientSent(connection.id, buffer[0..<count])
                        : serverSent(connection.id)
                    if verdict == .cut {
                        lock.withLock { connection.reset = true }
                        cut(excludingConnection: connection.id)
                        return
                    }
                    let sent = buffer.withUnsafeBytes { Posix.sendAll(to, UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                    if !sent { return }
                } else if count == 0 {
                    // This direction has ended: pass the half-close on and stop reading it.
                    shutdown(to, Int32(SHUT_WR))
                    fds[side].fd = -1
                } else if errno != EINTR && errno != EAGAIN {
                    return
                }
            }
        }
    }
}
