import Foundation
import HocVuSoCore
import Synchronization
import Testing

/// Runs generated inputs through the import validators on a worker thread, each under a time budget.
///
/// Input `i` of a run named `name` comes from `SeededGenerator(seed: seed).derived("name#i")`; set
/// `HOCVUSO_FUZZ_SEED` to explore other inputs. `check` returns nil when the outcome is acceptable (drafts, or
/// problems each with a Vietnamese reason), else what is wrong. A crash fails the run; a hang is reported.
enum ValidatorFuzz {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["HOCVUSO_FUZZ_SEED"].flatMap { UInt64($0) }
        ?? 20_250_801
    static let budget: Duration = .seconds(2)

    struct Report: Sendable {
        var inputs = 0
        var valid = 0
        var failures: [String] = []
        var finished = false
        var current = 0
        var startedAt = ContinuousClock.now
    }

    enum Outcome {
        case valid
        case problems
        case wrong(String)
    }

    @discardableResult
    static func run<Input>(_ name: String, count: Int, make: @escaping @Sendable (inout SeededGenerator) -> Input,
                           check: @escaping @Sendable (Input) -> Outcome) async -> Report {
        let state = Mutex(Report())
        let thread = Thread {
            for i in 0..<count {
                var generator = SeededGenerator(seed: seed).derived("\(name)#\(i)")
                let input = make(&generator)
                state.withLock {
                    $0.current = i
                    $0.startedAt = .now
                }
                let started = ContinuousClock.now
                let outcome = check(input)
                let elapsed = ContinuousClock.now - started
                state.withLock { report in
                    report.inputs += 1
                    if case .valid = outcome { report.valid += 1 }
                    var failure: String?
                    if case .wrong(let why) = outcome { failure = why }
                    if elapsed > budget { failure = "took \(elapsed)" }
                    if let failure, report.failures.count < 20 { report.failures.append("input #\(i): \(failure)") }
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
        print("fuzz \(name): \(report.inputs) inputs, seed \(seed): \(report.valid) valid, \(report.inputs - report.valid) with problems")
        for failure in report.failures { Issue.record("fuzz \(name), seed \(seed), \(failure)") }
        return report
    }

    /// Not empty, and Vietnamese (at least one letter beyond ASCII).
    static func isVietnamese(_ text: String) -> Bool {
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && text.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic }
    }
}
