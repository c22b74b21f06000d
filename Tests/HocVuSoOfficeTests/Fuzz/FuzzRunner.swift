import Foundation
import HocVuSoCore
import Synchronization
import Testing

/// Runs generated inputs through a reader on a worker thread, one at a time, each under a time budget.
///
/// Input `i` of a run named `name` is generated from `SeededGenerator(seed: Fuzz.seed).derived("name#i")`, so a
/// failure reproduces from the printed seed and index alone (`HOCVUSO_FUZZ_SEED=<seed> swift test --filter …`).
/// Every input must either be read or throw a `DomainError` whose message is non-empty Vietnamese text; any other
/// error, or an input running longer than the budget, is recorded as an issue. A hang does not hang the test:
/// the watchdog gives up on the worker and reports the input.
enum Fuzz {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["HOCVUSO_FUZZ_SEED"].flatMap { UInt64($0) }
        ?? 20_250_801
    // Generous: the whole suite runs in parallel on two cores; a real hang still trips it (and the watchdog at 5×).
    static let budget: Duration = .seconds(10)

    struct Report: Sendable {
        var name: String
        var inputs = 0
        var accepted = 0
        var rejected = 0
        var codes: [String: Int] = [:]
        var failures: [String] = []
        var finished = false
        var current = 0
        var startedAt = ContinuousClock.now

        var summary: String {
            let top = codes.sorted { $0.value > $1.value }.prefix(6).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return "fuzz \(name): \(inputs) inputs, seed \(Fuzz.seed): \(accepted) read, \(rejected) refused [\(top)]"
        }
    }

    /// Runs `count` inputs and records an issue per failure; returns the report (also printed).
    @discardableResult
    static func run<Input>(_ name: String, count: Int, budget: Duration = Fuzz.budget,
                           make: @escaping @Sendable (inout SeededGenerator, Int) -> Input,
                           read: @escaping @Sendable (Input) throws -> Void,
                           describe: @escaping @Sendable (Input) -> String = { _ in "" }) async -> Report {
        let state = Mutex(Report(name: name))
        let thread = Thread {
            for i in 0..<count {
                var generator = SeededGenerator(seed: seed).derived("\(name)#\(i)")
                let input = make(&generator, i)
                state.withLock {
                    $0.current = i
                    $0.startedAt = .now
                }
                let started = ContinuousClock.now
                var failure: String?
                var code: String?
                do {
                    try read(input)
                } catch let error as DomainError {
                    code = error.code
                    if !isVietnamese(error.message) { failure = "unclear message \(error.code): \"\(error.message)\"" }
                } catch {
                    failure = "not a DomainError: \(String(reflecting: error))"
                }
                let elapsed = ContinuousClock.now - started
                if elapsed > budget { failure = (failure.map { $0 + "; " } ?? "") + "took \(elapsed)" }
                state.withLock { report in
                    report.inputs += 1
                    if let code {
                        report.rejected += 1
                        report.codes[code, default: 0] += 1
                    } else {
                        report.accepted += 1
                    }
                    if let failure, report.failures.count < 20 {
                        report.failures.append("input #\(i): \(failure) — \(describe(input))")
                    }
                }
            }
            state.withLock { $0.finished = true }
        }
        thread.stackSize = 8 << 20
        thread.start()

        while true {
            try? await Task.sleep(for: .milliseconds(20))
            let (finished, current, startedAt) = state.withLock { ($0.finished, $0.current, $0.startedAt) }
            if finished { break }
            if ContinuousClock.now - startedAt > budget * 5 {
                state.withLock { $0.failures.append("input #\(current): still running after \(budget * 5) (hang)") }
                break
            }
        }
        let report = state.withLock { $0 }
        print(report.summary)
        for failure in report.failures {
            Issue.record("fuzz \(name), seed \(seed), \(failure)")
        }
        return report
    }

    /// A message for a person: not empty, and Vietnamese (it has at least one letter with a diacritic).
    static func isVietnamese(_ message: String) -> Bool {
        !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && message.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic }
    }

    /// The first bytes of an input in hex, for a failure message.
    static func hex(_ bytes: some Collection<UInt8>, limit: Int = 48) -> String {
        bytes.prefix(limit).map { String(format: "%02x", $0) }.joined() + (bytes.count > limit ? "… (\(bytes.count) bytes)" : "")
    }
}
