// The few libc calls the browser-test helpers share, with the Linux/Darwin differences in one place:
// loopback TCP sockets, close-on-exec pipes, and sending without SIGPIPE.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

enum Posix {
    /// `strerror` text for an errno value.
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    static func setCloseOnExec(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    }

    /// Makes writing to a pipe whose reader is gone fail with EPIPE instead of killing the test process
    /// (the DevTools pipe of a browser that just died). Children get the default back (ChildProcess).
    static func ignoreSIGPIPE() {
        _ = signal(SIGPIPE, SIG_IGN)
    }

    /// A pipe whose two ends are close-on-exec (children get them only through explicit dup2).
    static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw BrowserTestError.system("pipe: \(errorText())") }
        setCloseOnExec(fds[0])
        setCloseOnExec(fds[1])
        return (fds[0], fds[1])
    }

    /// A close-on-exec IPv4 TCP socket.
    static func makeTCPSocket() throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw BrowserTestError.system("socket: \(errorText())") }
        setCloseOnExec(fd)
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return fd
    }

    /// `flags` for send(2) so a closed peer gives EPIPE instead of killing the process.
    static var noSignal: Int32 {
        #if canImport(Darwin)
        return 0  // SO_NOSIGPIPE is set on every socket instead
        #else
        return Int32(MSG_NOSIGNAL)
        #endif
    }

    /// 127.0.0.1:port as a sockaddr, passed to `body`.
    static func withLoopbackAddress<T>(port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7f00_0001).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    /// A socket listening on 127.0.0.1:port (0 = any free port), with SO_REUSEADDR so the same port can be
    /// listened on again right after the previous listener was closed.
    static func listenOnLoopback(port: Int, backlog: Int32 = 128) throws -> Int32 {
        let fd = try makeTCPSocket()
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withLoopbackAddress(port: port) { bind(fd, $0, $1) }
        guard bound == 0, listen(fd, backlog) == 0 else {
            let message = errorText()
            close(fd)
            throw BrowserTestError.system("listen on 127.0.0.1:\(port): \(message)")
        }
        return fd
    }

    /// The local port a socket is bound to.
    static func boundPort(_ fd: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return status == 0 ? Int(UInt16(bigEndian: address.sin_port)) : 0
    }

    /// A blocking socket connected to 127.0.0.1:port.
    static func connectToLoopback(port: Int) throws -> Int32 {
        let fd = try makeTCPSocket()
        var status: Int32 = -1
        repeat {
            status = withLoopbackAddress(port: port) { connect(fd, $0, $1) }
        } while status != 0 && errno == EINTR
        guard status == 0 else {
            let code = errno
            close(fd)
            throw BrowserTestError.connectionFailed(port: port, reason: errorText(code))
        }
        return fd
    }

    /// Receive and send timeouts on a socket (blocking calls then fail with EAGAIN).
    static func setTimeouts(_ fd: Int32, _ timeout: Duration) {
        let (seconds, attoseconds) = timeout.components
        var value = timeval()
        value.tv_sec = .init(seconds)
        value.tv_usec = .init(attoseconds / 1_000_000_000_000)
        let size = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, size)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, size)
    }

    /// Writes all of `bytes` to a socket; false when the peer is gone or the send timed out.
    static func sendAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = send(fd, bytes.baseAddress! + offset, bytes.count - offset, noSignal)
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Makes the next close(2) reset the connection (RST) instead of closing it politely (FIN).
    static func setResetOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }
}
