// One tab of a ChromiumBrowser, attached with a flat DevTools session:
//
//     try await page.navigate("http://127.0.0.1:\(port)/login")
//     _ = try await page.evaluate("document.querySelector('#username').value = 'admin'")
//     try await page.waitUntil("document.querySelector('.saved') !== null", timeout: .seconds(5))
//     let rows = try await page.evaluate("document.querySelectorAll('tbody tr').length").intValue

import Foundation

public final class ChromiumPage: Sendable {
    public let browser: ChromiumBrowser
    public let targetId: String
    public let sessionId: String

    /// Set on the window before a navigation; the new document does not have it.
    private static let oldDocumentMarker = "__hocvusoTestOldDocument"

    init(browser: ChromiumBrowser, targetId: String, sessionId: String) {
        self.browser = browser
        self.targetId = targetId
        self.sessionId = sessionId
    }

    /// Sends a DevTools command to this page's session.
    public func send(_ method: String, _ params: CDPValue? = nil, timeout: Duration = .seconds(30)) async throws -> CDPValue {
        try await browser.send(method, params, sessionId: sessionId, timeout: timeout)
    }

    /// Goes to `url` and waits until the new document's `readyState` is "complete". Throws
    /// `navigationFailed` when nothing could be loaded (e.g. the network is cut and no service worker answers).
    public func navigate(_ url: String, timeout: Duration = .seconds(30)) async throws {
        try await load(url, timeout: timeout) {
            try await self.send("Page.navigate", ["url": .string(url)], timeout: timeout)
        }
    }

    /// Reloads the page and waits as `navigate` does.
    public func reload(timeout: Duration = .seconds(30)) async throws {
        let url = (try? await evaluate("location.href", timeout: .seconds(5)))?.stringValue ?? "(reload)"
        try await load(url, timeout: timeout) {
            try await self.send("Page.reload", timeout: timeout)
        }
    }

    private func load(_ url: String, timeout: Duration, start: () async throws -> CDPValue) async throws {
        let marker = Self.oldDocumentMarker
        _ = try? await evaluate("window.\(marker) = true", timeout: .seconds(5))
        let started = try await start()
        if let reason = started["errorText"]?.stringValue, !reason.isEmpty {
            throw BrowserTestError.navigationFailed(url: url, reason: reason)
        }
        // Page.navigate without a loaderId was a same-document navigation (only the fragment changed).
        let sameDocument = started.objectValue != nil && started["frameId"] != nil && started["loaderId"] == nil
        let ready = sameDocument
            ? "document.readyState === 'complete'"
            : "document.readyState === 'complete' && !window.\(marker)"
        let loaded = try await pollUntil(timeout: timeout, interval: .milliseconds(50)) { () -> String? in
            let state = try? await evaluate("(\(ready)) ? location.href : null", timeout: .seconds(5))
            return state?.stringValue
        }
        guard let loaded else {
            throw BrowserTestError.timeout("loading \(url) within \(timeout.secondsText)\n\(await describeState())")
        }
        if loaded.hasPrefix("chrome-error:") {
            throw BrowserTestError.navigationFailed(url: url, reason: "the browser shows its error page")
        }
    }

    /// Runs a JavaScript expression in the page (awaiting it if it is a promise) and returns its value as
    /// JSON (`undefined` and values JSON cannot hold become `.null`). Throws `javaScript(text)` if it throws.
    @discardableResult
    public func evaluate(_ expression: String, timeout: Duration = .seconds(30)) async throws -> CDPValue {
        let response = try await send("Runtime.evaluate", [
            "expression": .string(expression), "awaitPromise": true, "returnByValue": true, "userGesture": true,
        ], timeout: timeout)
        if let details = response["exceptionDetails"] {
            let exception = details["exception"]
            let text = exception?["description"]?.stringValue ?? exception?["value"]?.description
                ?? details["text"]?.stringValue ?? "\(details)"
            throw BrowserTestError.javaScript(text)
        }
        let result = response["result"]
        if let value = result?["value"] { return value }
        if let special = result?["unserializableValue"]?.stringValue {  // NaN, Infinity, -0, 12n
            return Double(special).map(CDPValue.number) ?? .string(special)
        }
        return .null
    }

    /// Polls `condition` (a JavaScript expression; a promise is awaited) every 100 ms until it is truthy.
    /// A condition that throws counts as false. On timeout the error names the condition, the last
    /// exception, and the page's URL, text and console output.
    public func waitUntil(_ condition: String, timeout: Duration = .seconds(10)) async throws {
        let expression = "(async () => !!(await (\n\(condition)\n)))()"
        var lastError: (any Error)?
        let met = try await pollUntil(timeout: timeout) { () -> Bool? in
            do {
                if try await evaluate(expression, timeout: min(timeout, .seconds(5))).boolValue == true { return true }
                lastError = nil
            } catch let error as BrowserTestError {
                if case .browserClosed = error { throw error }
                lastError = error
            }
            return nil
        }
        guard met == nil else { return }
        let thrown = lastError.map { "\nlast attempt: \($0)" } ?? ""
        throw BrowserTestError.timeout("waiting \(timeout.secondsText) for \(condition)\(thrown)\n\(await describeState())")
    }

    /// The page's URL, the start of its text and its latest console lines, for failure messages.
    public func describeState(textLimit: Int = 1500) async -> String {
        let url = (try? await evaluate("location.href", timeout: .seconds(3)))?.stringValue ?? "(unknown)"
        let text = (try? await evaluate(
            "document.body ? document.body.innerText.slice(0, \(textLimit)) : '(no body)'", timeout: .seconds(3)
        ))?.stringValue ?? "(unreadable)"
        let console = consoleLines().suffix(20).joined(separator: "\n")
        return "page: \(url)\n--- page text ---\n\(text)\n--- console ---\n\(console.isEmpty ? "(nothing)" : console)"
    }

    /// Console messages, uncaught exceptions and browser log entries (failed loads, CSP violations) of
    /// this page, oldest first.
    public func consoleLines() -> [String] {
        browser.connection.events.consoleLines(sessionId: sessionId)
    }

    /// Writes a PNG of the visible part of the page.
    public func screenshot(to file: URL) async throws {
        let shot = try await send("Page.captureScreenshot", ["format": "png"])
        guard let base64 = shot["data"]?.stringValue, let data = Data(base64Encoded: base64) else {
            throw BrowserTestError.protocolError(method: "Page.captureScreenshot", message: "no image data")
        }
        try data.write(to: file)
    }

    /// Closes the tab.
    public func close() async throws {
        _ = try await browser.send("Target.closeTarget", ["targetId": .string(targetId)])
    }
}
