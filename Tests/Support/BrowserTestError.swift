// The errors of the browser-test helpers (ChromiumBrowser, ChromiumPage, TCPProxy, ServerProcess, LoopbackHTTP).

public enum BrowserTestError: Error, CustomStringConvertible, Sendable {
    /// Something did not happen in time; the text says what was awaited.
    case timeout(String)
    /// The browser could not be started or did not answer its first command.
    case launchFailed(String)
    /// The browser is gone (closed, killed or crashed) or its pipe ended.
    case browserClosed(String)
    /// The browser answered a DevTools command with an error.
    case protocolError(method: String, message: String)
    /// A script run by `evaluate` threw; the text is the exception as the page reports it.
    case javaScript(String)
    /// A navigation failed before a document was committed (e.g. `net::ERR_CONNECTION_REFUSED`).
    case navigationFailed(url: String, reason: String)
    /// A TCP connection to 127.0.0.1:port failed.
    case connectionFailed(port: Int, reason: String)
    /// An HTTP response could not be read or parsed.
    case badHTTPResponse(String)
    /// The server process could not be started, exited early, or never answered `/health`.
    case serverFailed(String)
    /// A system call failed.
    case system(String)

    public var description: String {
        switch self {
        case .timeout(let text): return "timed out: \(text)"
        case .launchFailed(let text): return "Chromium did not start: \(text)"
        case .browserClosed(let text): return "the browser is gone: \(text)"
        case .protocolError(let method, let message): return "DevTools \(method) failed: \(message)"
        case .javaScript(let text): return "the script threw: \(text)"
        case .navigationFailed(let url, let reason): return "navigation to \(url) failed: \(reason)"
        case .connectionFailed(let port, let reason): return "connect to 127.0.0.1:\(port) failed: \(reason)"
        case .badHTTPResponse(let text): return "bad HTTP response: \(text)"
        case .serverFailed(let text): return "server process: \(text)"
        case .system(let text): return "system call failed: \(text)"
        }
    }
}
