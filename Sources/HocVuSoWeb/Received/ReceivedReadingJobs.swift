import Foundation
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore

/// Reads received reports in the background (OCR of a scan takes seconds a page): the page shows the progress the
/// store keeps, and the result waits for the department's confirmation.
public actor ReceivedReadingJobs {
    let store: Store
    private var running: [UUID: Task<Void, Never>] = [:]
    private var restorerCache: DiacriticsRestorer?

    init(store: Store) {
        self.store = store
    }

    /// Starts reading a stored received report.
    func start(_ received: ReceivedReport, unitCode: String?) {
        let store = self.store
        let id = received.id
        running[id] = Task.detached {
            await Self.read(received, unitCode: unitCode, store: store)
            await self.finished(id)
        }
    }

    /// Waits until the reading of `id` (if running) has finished.
    public func wait(_ id: UUID) async {
        await running[id]?.value
    }

    private func finished(_ id: UUID) {
        running[id] = nil
    }

    /// The diacritics restorer, loaded once (its model takes a moment to load); nil when the dictionary is missing.
    func restorer() -> DiacriticsRestorer? {
        if let restorerCache { return restorerCache }
        restorerCache = try? DiacriticsRestorer()
        return restorerCache
    }

    private static func read(_ received: ReceivedReport, unitCode: String?, store: Store) async {
        do {
            let original = try await store.received.original(received.id)
            let intake = ReportIntake(directory: store.directory)
            let result = try await intake.read(original.bytes, name: original.name, provinceCode: received.provinceCode,
                                               unitCode: unitCode) { done, total in
                try? await store.received.progress(received.id, done: done, total: total)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let reading = String(decoding: try encoder.encode(result.reading), as: UTF8.self)
            try await store.received.finishReading(
                received.id, text: result.reading.text, method: result.acquired.method.rawValue, pages: result.acquired.pages,
                ocrPages: result.acquired.ocrPages, ocrMillis: Int(result.acquired.ocrSeconds * 1000), reading: reading,
                communeCode: result.reading.unitCode)
        } catch let error as DomainError {
            try? await store.received.fail(received.id, message: error.message)
        } catch {
            try? await store.received.fail(received.id, message: Strings.receivedUnexpected)
        }
    }
}
