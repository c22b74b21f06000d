import Foundation
import HocVuSoTestSupport
import Testing

/// The volunteer page in a real Chromium, against the real `hocvuso` binary, with a TCP proxy between them that
/// can cut the network. Sessions recorded offline must reach the server exactly once, whatever happens on the way.
@Suite("Offline recording in a real browser", .serialized)
struct OfflineBrowserTests {
    static let password = "matkhau-ngoai-tuyen-2026"
    static let username = "thanhvien.test"

    /// A server on a fresh data folder with one team-member account, behind a proxy on a fixed port.
    final class Rig: Sendable {
        let folder: URL
        let server: ServerProcess
        let proxy: TCPProxy
        let binary: URL

        init() async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-offline-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            binary = try #require(ServerProcess.builtBinary(), "build the hocvuso binary first (swift build)")
            let data = folder.appendingPathComponent("data").path
            try Self.run(binary, ["user", "add", "--data", data, "--username", OfflineBrowserTests.username,
                                  "--password", OfflineBrowserTests.password, "--role", "team-member", "--unit", "11131"])
            let port = FreePort.pick()
            server = ServerProcess(binary: binary, arguments: ["serve", "--data", data, "--port", "\(port)"], port: port,
                                   logFile: folder.appendingPathComponent("server.log"))
            try await server.start()
            proxy = TCPProxy(targetPort: port)
            try proxy.start()
        }

        var origin: String { "http://127.0.0.1:\(proxy.port)" }

        static func run(_ binary: URL, _ arguments: [String]) throws {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "hocvuso \(arguments.first ?? "") failed")
        }

        func launchBrowser() async throws -> ChromiumBrowser {
            try await ChromiumBrowser.launch(userDataDirectory: folder.appendingPathComponent("profile"), windowSize: (390, 844))
        }

        /// Logs in through the login form and waits until the record page is ready and controlled by its service worker.
        func openRecordPage(_ browser: ChromiumBrowser) async throws -> ChromiumPage {
            let page = try await browser.newPage()
            try await page.navigate("\(origin)/login?next=%2Fghi-nhan")
            try await page.evaluate("""
                document.querySelector('input[name=username]').value = '\(OfflineBrowserTests.username)';
                document.querySelector('input[name=password]').value = '\(OfflineBrowserTests.password)';
                document.querySelector('form[action="/login"]').submit();
                """)
            try await page.waitUntil("location.pathname === '/ghi-nhan' && document.body.dataset.ready === '1'", timeout: .seconds(20))
            try await page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            try await page.reload()
            try await page.waitUntil("document.body.dataset.ready === '1' && !!navigator.serviceWorker.controller", timeout: .seconds(20))
            try await page.waitUntil("caches.match('/ghi-nhan').then(r => !!r)", timeout: .seconds(20))
            return page
        }

        /// The ids of the sessions the server holds for the commune.
        func storedIDs() async throws -> [String] {
            let login = try await LoopbackHTTP.post(port: server.port, path: "/api/v1/auth/login",
                                                    json: #"{"username":"\#(OfflineBrowserTests.username)","password":"\#(OfflineBrowserTests.password)"}"#)
            struct Token: Decodable { var token: String }
            struct Page: Decodable {
                struct Item: Decodable { var id: String }
                var total: Int
                var items: [Item]
            }
            let token = try login.decode(Token.self).token
            let page = try await LoopbackHTTP.get(port: server.port, path: "/api/v1/units/11131/sessions?per=200", bearer: token)
                .decode(Page.self)
            #expect(page.total == page.items.count)
            return page.items.map(\.id)
        }

        func finish() async {
            proxy.stop()
            await server.terminate()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Fills the form as a volunteer would (a person not on the list, aged 36–60) and taps "Lưu".
    static func record(_ page: ChromiumPage, category: String, doubleTap: Bool = false) async throws {
        let before = try await page.evaluate("Number(document.querySelector('#queue-waiting').textContent)").intValue ?? -1
        try await page.evaluate("""
            (() => {
              document.querySelector('input[name=category][value="\(category)"]').click();
              const box = document.querySelector('#unregistered');
              if (!box.checked) box.click();
              const age = document.querySelector('#age-band'); age.value = '36-60'; age.dispatchEvent(new Event('change', {bubbles: true}));
              const gender = document.querySelector('#gender'); gender.value = 'female'; gender.dispatchEvent(new Event('change', {bubbles: true}));
              document.querySelector('#record-submit').click();
              \(doubleTap ? "document.querySelector('#record-submit').click();" : "")
              return true;
            })()
            """)
        try await page.waitUntil("Number(document.querySelector('#queue-waiting').textContent) === \(before + 1)", timeout: .seconds(10))
    }

    static func queuedIDs(_ page: ChromiumPage) async throws -> [String] {
        let value = try await page.evaluate("JSON.stringify([...document.querySelectorAll('#queue-items li[data-id]')].map(li => li.dataset.id))")
        return try JSONDecoder().decode([String].self, from: Data((value.stringValue ?? "[]").utf8))
    }

    @Test("sessions recorded with the network cut survive closing the browser and reach the server exactly once")
    func offlineThenOnline() async throws {
        let rig = try await Rig()
        do {
            let browser = try await rig.launchBrowser()
            let page = try await rig.openRecordPage(browser)
            rig.proxy.cut()
            let categories = ["vneid", "payment", "public-services", "anti-fraud"]
            for (index, category) in categories.enumerated() {
                try await Self.record(page, category: category, doubleTap: index == 0)
            }
            // A double tap stored one session, not two.
            try await page.waitUntil("Number(document.querySelector('#queue-waiting').textContent) === 4")
            let queued = try await Self.queuedIDs(page)
            #expect(Set(queued).count == 4)
            await browser.close()

            // Reopen the browser while still offline: the page comes from the service worker, the queue from IndexedDB.
            let reopened = try await rig.launchBrowser()
            let again = try await reopened.newPage()
            try await again.navigate("\(rig.origin)/ghi-nhan")
            try await again.waitUntil("document.body.dataset.ready === '1'", timeout: .seconds(20))
            try await again.waitUntil("Number(document.querySelector('#queue-waiting').textContent) === 4")
            #expect(Set(try await Self.queuedIDs(again)) == Set(queued))
            #expect(try await rig.storedIDs().count == 0)

            // The network comes back: the queue drains and the server holds each session once.
            try rig.proxy.restore()
            try await again.evaluate("document.querySelector('#sync-now').click(); true")
            try await again.waitUntil("Number(document.querySelector('#queue-waiting').textContent) === 0", timeout: .seconds(30))
            let stored = try await rig.storedIDs()
            #expect(stored.count == 4)
            #expect(Set(stored.map { $0.lowercased() }) == Set(queued.map { $0.lowercased() }))
            await reopened.close()
            await rig.finish()
        } catch {
            await rig.finish()
            throw error
        }
    }

    @Test("the server killed in the middle of a sync, after writing a batch the phone never heard about: nothing lost, nothing twice")
    func serverKilledMidSync() async throws {
        let rig = try await Rig()
        do {
            let browser = try await rig.launchBrowser()
            let page = try await rig.openRecordPage(browser)
            rig.proxy.cut()
            let count = 60
            let categories = ["vneid", "payment", "app-install", "e-commerce", "account-recovery", "other"]
            for index in 0..<count {
                try await Self.record(page, category: categories[index % categories.count])
            }
            let queued = try await Self.queuedIDs(page)
            #expect(Set(queued).count == count)
            // The first batch (50 sessions) reaches the server and is written, but the answer never reaches the phone:
            // the link drops as the server starts to answer, and the server is killed right then. The phone still
            // holds all 60; when both come back it sends them again and the server must keep each exactly once.
            try rig.proxy.restore()
            rig.proxy.clearRequestLog()
            rig.proxy.cut(whenRequestContains: "POST /api/v1/sessions/batch", at: .beforeResponse)
            try await page.evaluate("document.querySelector('#sync-now').click(); true")
            try await rig.proxy.waitForRequest(containing: "POST /api/v1/sessions/batch", timeout: .seconds(30))
            for _ in 0..<100 where !rig.proxy.isCut { try await Task.sleep(for: .milliseconds(50)) }
            #expect(rig.proxy.isCut)
            rig.server.kill()
            rig.proxy.removeCutTriggers()
            try await page.waitUntil("document.body.dataset.syncing !== '1'", timeout: .seconds(20))
            let stranded = try await page.evaluate("Number(document.querySelector('#queue-waiting').textContent)").intValue ?? 0
            #expect(stranded == count, "the phone never heard back, so it still holds every session")
            try await rig.server.start()
            #expect(try await rig.storedIDs().count == 50, "the first batch was written before the server died")
            try rig.proxy.restore()
            try await page.evaluate("document.querySelector('#sync-now').click(); true")
            try await page.waitUntil("Number(document.querySelector('#queue-waiting').textContent) === 0", timeout: .seconds(60))
            #expect(try await page.evaluate("Number(document.querySelector('#queue-errors').textContent)").intValue == 0)
            let stored = try await rig.storedIDs()
            #expect(stored.count == count)
            #expect(Set(stored.map { $0.lowercased() }) == Set(queued.map { $0.lowercased() }))
            await browser.close()
            await rig.server.terminate()
            // The live counters still match the rows after the crash.
            try Rig.run(rig.binary, ["rollups", "verify", "--data", rig.folder.appendingPathComponent("data").path])
            await rig.finish()
        } catch {
            await rig.finish()
            throw error
        }
    }
}
