// Headless Chromium driven over the DevTools pipe (`--remote-debugging-pipe`: fd 3 in, fd 4 out):
//
//     let browser = try await ChromiumBrowser.launch(userDataDirectory: profile)
//     let page = try await browser.newPage()
//     try await page.navigate("http://127.0.0.1:\(port)/")
//     ...
//     await browser.close()      // graceful: the profile (IndexedDB, service workers, caches) is on disk
//
// Relaunching with the same `userDataDirectory` gets the same profile back. Origins include the port,
// so a page's storage is found again only at the same http://127.0.0.1:PORT.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public final class ChromiumBrowser: Sendable {
    public let userDataDirectory: URL
    /// Chromium's stdout and stderr (default: chromium.log in the user data directory, appended to).
    public let logFile: URL
    public let windowSize: (width: Int, height: Int)
    let connection: CDPConnection
    private let process: ChildProcess

    public var processID: Int32 { process.pid }

    /// The Chromium binary: `HOCVUSO_TEST_CHROMIUM` if set, else Debian's /usr/lib/chromium/chromium (what
    /// the /usr/bin/chromium wrapper script runs, without the flags and extensions the script adds), else
    /// /usr/bin/chromium or chromium-browser / google-chrome in /usr/bin.
    public static var defaultExecutable: String? {
        if let path = ProcessInfo.processInfo.environment["HOCVUSO_TEST_CHROMIUM"], !path.isEmpty { return path }
        let candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private init(userDataDirectory: URL, logFile: URL, windowSize: (width: Int, height: Int), connection: CDPConnection, process: ChildProcess) {
        self.userDataDirectory = userDataDirectory
        self.logFile = logFile
        self.windowSize = windowSize
        self.connection = connection
        self.process = process
    }

    /// Starts Chromium with the profile in `userDataDirectory` (created if missing) and waits until it
    /// answers. `extraArguments` are added to the command line.
    public static func launch(
        userDataDirectory: URL, windowSize: (width: Int, height: Int) = (1280, 900), extraArguments: [String] = [],
        executable: String? = nil, logFile: URL? = nil, timeout: Duration = .seconds(30)
    ) async throws -> ChromiumBrowser {
        guard let executable = executable ?? defaultExecutable else {
            throw BrowserTestError.launchFailed("no Chromium found (apt-get install chromium, or set HOCVUSO_TEST_CHROMIUM)")
        }
        try FileManager.default.createDirectory(at: userDataDirectory, withIntermediateDirectories: true)
        let log = logFile ?? userDataDirectory.appendingPathComponent("chromium.log")
        let arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--remote-debugging-pipe", "--user-data-dir=\(userDataDirectory.path)",
            "--window-size=\(windowSize.width),\(windowSize.height)",
            // No traffic of its own, no prompts, and timers in background pages run at full speed.
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--disable-breakpad", "--disable-crash-reporter",
            "--disable-features=Translate,MediaRouter,OptimizationHints,InterestFeedContentSuggestions",
            "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            "--disable-renderer-backgrounding", "--disable-hang-monitor", "--disable-ipc-flooding-protection",
            "--password-store=basic", "--use-mock-keychain", "--mute-audio",
        ] + extraArguments + ["about:blank"]

        let (process, connection) = try spawnWithPipe(executable, arguments, log: log)
        let browser = ChromiumBrowser(
            userDataDirectory: userDataDirectory, logFile: log, windowSize: windowSize,
            connection: connection, process: process)
        do {
            _ = try await browser.send("Browser.getVersion", timeout: timeout)
        } catch {
            browser.kill()
            throw BrowserTestError.launchFailed("\(error)\n--- \(log.path) ---\n\(browser.logTail())")
        }
        return browser
    }

    /// Opens a new tab (a DevTools target) and attaches to it.
    public func newPage(url: String = "about:blank", timeout: Duration = .seconds(30)) async throws -> ChromiumPage {
        let created = try await send("Target.createTarget", ["url": .string(url)], timeout: timeout)
        guard let targetId = created["targetId"]?.stringValue else {
            throw BrowserTestError.protocolError(method: "Target.createTarget", message: "no targetId in \(created)")
        }
        let attached = try await send("Target.attachToTarget", ["targetId": .string(targetId), "flatten": true], timeout: timeout)
        guard let sessionId = attached["sessionId"]?.stringValue else {
            throw BrowserTestError.protocolError(method: "Target.attachToTarget", message: "no sessionId in \(attached)")
        }
        let page = ChromiumPage(browser: self, targetId: targetId, sessionId: sessionId)
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            _ = try await page.send(domain, timeout: timeout)
        }
        return page
    }

    /// Sends a browser-level DevTools command (`sessionId` nil) or one for a page session.
    public func send(_ method: String, _ params: CDPValue? = nil, sessionId: String? = nil, timeout: Duration = .seconds(30)) async throws -> CDPValue {
        try await connection.send(method, params, sessionId: sessionId, timeout: timeout)
    }

    /// Waits for a DevTools event (`sessionId` nil: from any session), taking the oldest kept one that matches.
    public func waitForEvent(
        _ method: String, sessionId: String? = nil, timeout: Duration = .seconds(30),
        where condition: @escaping @Sendable (CDPEvent) -> Bool = { _ in true }
    ) async throws -> CDPEvent {
        try await connection.events.next(matching: { event in
            event.method == method && (sessionId == nil || event.sessionId == sessionId) && condition(event)
        }, what: method, timeout: timeout)
    }

    /// Forgets the events kept so far, so that `waitForEvent` only sees later ones.
    public func discardEvents() {
        connection.events.discardKept()
    }

    /// Whether the browser process has ended.
    public var hasExited: Bool { process.hasExited }

    /// Graceful shutdown: `Browser.close`, then waits up to `timeout` for the process to exit (Chromium
    /// writes the profile to disk on the way out); SIGKILL if it does not. Safe to call twice.
    public func close(timeout: Duration = .seconds(20)) async {
        if !process.hasExited {
            _ = try? await connection.send("Browser.close", timeout: .seconds(5))
            if await !process.waitForExit(timeout: timeout) { process.kill() }
        }
        process.killGroup()  // helpers that outlived the browser, if any
        connection.stop()
    }

    /// SIGKILL to the browser and all its processes: a crash, nothing is flushed.
    public func kill() {
        process.kill()
        connection.stop()
    }

    /// The end of Chromium's log, for failure messages.
    public func logTail(bytes: Int = 4000) -> String {
        guard let data = FileManager.default.contents(atPath: logFile.path) else { return "" }
        return String(decoding: data.suffix(bytes), as: UTF8.self)
    }
}

/// Starts the browser with a pipe it reads commands from on fd 3 and one it writes to on fd 4.
private func spawnWithPipe(_ executable: String, _ arguments: [String], log: URL) throws -> (ChildProcess, CDPConnection) {
    Posix.ignoreSIGPIPE()
    let toBrowser = try Posix.makePipe()
    let fromBrowser: (read: Int32, write: Int32)
    do { fromBrowser = try Posix.makePipe() } catch {
        close(toBrowser.read)
        close(toBrowser.write)
        throw error
    }
    let process: ChildProcess
    do {
        process = try ChildProcess.spawn(executable, arguments, outputPath: log.path,
                                         descriptors: [3: toBrowser.read, 4: fromBrowser.write])
    } catch {
        for fd in [toBrowser.read, toBrowser.write, fromBrowser.read, fromBrowser.write] { close(fd) }
        throw BrowserTestError.launchFailed("\(error)")
    }
    // Without our copies of the browser's ends, reading gives end-of-file once the browser has exited.
    close(toBrowser.read)
    close(fromBrowser.write)
    return (process, CDPConnection(writeFD: toBrowser.write, readFD: fromBrowser.read))
}
