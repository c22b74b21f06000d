// A TCP port on 127.0.0.1 that nothing listens on right now.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum FreePort {
    /// Binds to 127.0.0.1:0, reads back the port the kernel chose and closes the socket.
    /// The port is free at that moment; another process could take it before the caller binds it.
    public static func pick() -> Int {
        guard let fd = try? Posix.listenOnLoopback(port: 0, backlog: 1) else {
            preconditionFailure("FreePort: could not bind a socket on 127.0.0.1")
        }
        defer { close(fd) }
        return Posix.boundPort(fd)
    }
}
