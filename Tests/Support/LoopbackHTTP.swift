// A minimal HTTP/1.1 client for 127.0.0.1 over a raw socket (one request per connection,
// `Connection: close`), for tests that talk to a server process they started:
//
//     let login = try await LoopbackHTTP.post(port: port, path: "/api/v1/auth/login",
//                                             json: #"{"username":"admin","password":"..."}"#)
//     let token = try login.decode(Token.self).token
//     let me = try await LoopbackHTTP.get(port: port, path: "/api/v1/me", bearer: token)

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum LoopbackHTTP {
    /// Sends one request and reads the whole response. `headers` are sent as given (Host, Connection and
    /// Content-Length are added). Throws `connectionFailed` when nothing listens on the port.
    public static func request(
        _ method: String, port: Int, path: String, headers: [String: String] = [:], body: Data? = nil,
        timeout: Duration = .seconds(30)
    ) async throws -> LoopbackHTTPResponse {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if body != nil || ["POST", "PUT", "PATCH"].contains(method) { head += "Content-Length: \(body?.count ?? 0)\r\n" }
        var message = Data((head + "\r\n").utf8)
        if let body { message.append(body) }
        let request = message
        return try await BlockingWork.run {
            try exchange(request, port: port, timeout: timeout)
        }
    }

    public static func get(
        port: Int, path: String, bearer: String? = nil, headers: [String: String] = [:], timeout: Duration = .seconds(30)
    ) async throws -> LoopbackHTTPResponse {
        try await request("GET", port: port, path: path, headers: adding(bearer, to: headers), timeout: timeout)
    }

    public static func post(
        port: Int, path: String, body: Data, contentType: String, bearer: String? = nil,
        headers: [String: String] = [:], timeout: Duration = .seconds(30)
    ) async throws -> LoopbackHTTPResponse {
        var all = adding(bearer, to: headers)
        all["Content-Type"] = contentType
        return try await request("POST", port: port, path: path, headers: all, body: body, timeout: timeout)
    }

    /// POST with a JSON body given as text.
    public static func post(
        port: Int, path: String, json: String, bearer: String? = nil, headers: [String: String] = [:],
        timeout: Duration = .seconds(30)
    ) async throws -> LoopbackHTTPResponse {
        try await post(port: port, path: path, body: Data(json.utf8), contentType: "application/json",
                       bearer: bearer, headers: headers, timeout: timeout)
    }

    /// POST with a JSON body encoded from a value.
    public static func post(
        port: Int, path: String, encoding value: some Encodable, bearer: String? = nil,
        headers: [String: String] = [:], timeout: Duration = .seconds(30)
    ) async throws -> LoopbackHTTPResponse {
        try await post(port: port, path: path, body: try JSONEncoder().encode(value), contentType: "application/json",
                       bearer: bearer, headers: headers, timeout: timeout)
    }

    private static func adding(_ bearer: String?, to headers: [String: String]) -> [String: String] {
        var all = headers
        if let bearer { all["Authorization"] = "Bearer \(bearer)" }
        return all
    }

    /// Connects, writes the request and reads until the response is complete or the server closes.
    private static func exchange(_ request: Data, port: Int, timeout: Duration) throws -> LoopbackHTTPResponse {
        let fd = try Posix.connectToLoopback(port: port)
        defer { close(fd) }
        Posix.setTimeouts(fd, timeout)
        let deadline = ContinuousClock.now + timeout
        let sent = request.withUnsafeBytes { Posix.sendAll(fd, $0) }
        guard sent else { throw BrowserTestError.connectionFailed(port: port, reason: "send: \(Posix.errorText())") }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        // The server closes after the response; parsing early only spares waiting for that. Big bodies are
        // parsed less and less often so that reading them stays linear.
        var nextParse = 0
        while true {
            if received.count >= nextParse {
                if let response = try LoopbackHTTPResponse.parse(received, complete: false) { return response }
                nextParse = received.count < 1 << 20 ? received.count + 1 : received.count * 2
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                guard let response = try LoopbackHTTPResponse.parse(received, complete: true) else {
                    throw BrowserTestError.badHTTPResponse("connection closed after \(received.count) bytes")
                }
                return response
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK || ContinuousClock.now >= deadline {
                throw BrowserTestError.timeout("HTTP response from 127.0.0.1:\(port) within \(timeout.secondsText)")
            } else {
                throw BrowserTestError.connectionFailed(port: port, reason: "recv: \(Posix.errorText())")
            }
        }
    }
}
