import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing
@testable import HocVuSoReading

/// Thousands of generated texts through the extractor, the restorer and the language check, and broken Word files
/// through the DOCX reader: nothing may crash, every span must lie inside the text it points into, restoration must
/// keep every line's length, and a broken file must be refused with a Vietnamese message. Inputs derive from a fixed
/// seed (`HOCVUSO_FUZZ_SEED` to explore others), so a failure names the input that reproduces it.
@Suite struct ReadingFuzzTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["HOCVUSO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_250_801
    /// Inputs per run are multiplied by `HOCVUSO_FUZZ_SCALE` (default 1, kept small so the suite's other tests, which
    /// share two cores with it, keep their timeouts); the issue note gives the figures of deeper runs.
    static let scale = max(1, ProcessInfo.processInfo.environment["HOCVUSO_FUZZ_SCALE"].flatMap { Int($0) } ?? 1)

    /// Runs a long CPU-bound loop on a thread of its own: on the concurrency pool (as wide as the machine's cores) it
    /// would starve the tests that wait on servers and browsers meanwhile.
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// SplitMix64: small, fast, and the same on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that stress the extractor's patterns: numbers, dates, document symbols, OCR look-alikes, combining marks.
    static let pieces = [
        "1.250", "12,5%", "100%", "5 - 7", "01", "ngày 31/12/2025", "ngày 32 tháng 13 năm 99999", "Số: 275/BC-UBND",
        "275/", "/BC-", "S6:", "$6", "x4", "16p", "Poc 1ap", "trên", "khoảng", "tính đến ngày", "Công văn số",
        "Sở Khoa học và Công nghệ tỉnh", "xã", "phường", "I.", "II.", "IV.", "\n", "\n\n", "\t", "\u{0301}", "\u{200B}",
        "🙂", "Đ", "đ", "ư", "%", "-", "–", "/", ".", ",", "(", ")", "“", "”", "9999999999999999999", "0,", ",5", "e",
    ]

    static func mutate(_ text: String, _ g: inout Generator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...12, using: &g) {
            let at = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &g)
            switch Int.random(in: 0..<4, using: &g) {
            case 0 where !characters.isEmpty:
                characters.removeSubrange(at..<min(characters.count, at + Int.random(in: 1...40, using: &g)))
            case 1:
                characters.insert(contentsOf: Array(pieces.randomElement(using: &g)!), at: at)
            case 2 where !characters.isEmpty:
                let length = min(characters.count - at, Int.random(in: 1...200, using: &g))
                characters.insert(contentsOf: characters[at..<(at + length)], at: Int.random(in: 0...characters.count, using: &g))
            default:
                characters.insert(Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &g))), at: at)
            }
        }
        return String(characters)
    }

    static func randomText(_ g: inout Generator) -> String {
        (0..<Int.random(in: 0...80, using: &g)).map { _ in pieces.randomElement(using: &g)! + (Bool.random(using: &g) ? " " : "") }.joined()
    }

    static func corpus() throws -> [String] {
        try ["001", "002", "003"].map(ExtractionFixtures.seed) + ExtractionFixtures.heldOutNames().map(ExtractionFixtures.heldOutReport)
    }

    static func spansInside(_ reading: ReportReading) -> String? {
        let count = reading.text.count
        func inside(_ span: TextSpan) -> Bool { 0 <= span.start && span.start <= span.end && span.end <= count }
        for figure in reading.figures {
            guard inside(figure.sentenceSpan), inside(figure.valueSpan) else { return "figure \(figure.key) span outside the text" }
            guard figure.sentenceSpan.start <= figure.valueSpan.start, figure.valueSpan.end <= figure.sentenceSpan.end else {
                return "figure \(figure.key) value outside its sentence"
            }
        }
        if let bad = reading.documents.first(where: { !inside($0.span) }) { return "document \(bad.number) span outside the text" }
        if let bad = reading.sections.first(where: { !inside($0.span) }) { return "section \(bad.heading) span outside the text" }
        return nil
    }

    @Test("mutated reports and random texts (600 × scale): the extractor never crashes and its spans stay in the text")
    func extractor() async throws {
        let failures = try await Self.onOwnThread {
            let corpus = try Self.corpus()
            var failures: [String] = []
            for i in 0..<(600 * Self.scale) {
                var g = Generator(state: Self.seed &+ UInt64(i) &* 7_919)
                let text = i % 4 != 3 ? Self.mutate(corpus[i % corpus.count], &g) : Self.randomText(&g)
                let reading = ExtractionFixtures.reader.read(text)
                _ = LanguageCheck.isVietnamese(text)
                if let problem = Self.spansInside(reading), failures.count < 10 { failures.append("input #\(i): \(problem)") }
            }
            return failures
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        print("fuzz extractor: \(600 * Self.scale) inputs, seed \(Self.seed), \(failures.count) failures")
    }

    @Test("mutated texts without diacritics (150 × scale): the restorer keeps every line and every line's length")
    func restorer() async throws {
        let failures = try await Self.onOwnThread {
            let restorer = try DiacriticsRestorer()
            let corpus = try Self.corpus().map(TextVariants.withoutDiacritics)
            var failures: [String] = []
            for i in 0..<(150 * Self.scale) {
                var g = Generator(state: Self.seed &+ UInt64(i) &* 104_729)
                let text = Self.mutate(corpus[i % corpus.count], &g)
                let restored = restorer.restore(text)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                guard restored.lines.count == lines.count else {
                    failures.append("input #\(i): \(lines.count) lines became \(restored.lines.count)")
                    continue
                }
                for (written, line) in zip(lines, restored.lines) where line.text.count != written.count || line.original != String(written) {
                    failures.append("input #\(i): line “\(written.prefix(60))” changed length or original")
                    break
                }
            }
            return failures
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        print("fuzz restorer: \(150 * Self.scale) inputs, seed \(Self.seed), \(failures.count) failures")
    }

    @Test("broken Word files (300 × scale): read, or refused with a Vietnamese message")
    func docxReader() async throws {
        let results = try await Self.onOwnThread {
            let docx = [UInt8](try SampleReport.docx())
            var failures: [String] = []
            var refused = 0
            for i in 0..<(300 * Self.scale) {
                var g = Generator(state: Self.seed &+ UInt64(i) &* 15_485_863)
                var bytes = docx
                switch i % 3 {
                case 0:  // flipped bytes
                    for _ in 0..<Int.random(in: 1...16, using: &g) { bytes[Int.random(in: 0..<bytes.count, using: &g)] = UInt8.random(in: 0...255, using: &g) }
                case 1:  // cut short
                    bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &g)))
                default:  // a slice moved elsewhere
                    let start = Int.random(in: 0..<bytes.count, using: &g)
                    let slice = bytes[start..<min(bytes.count, start + Int.random(in: 1...512, using: &g))]
                    bytes.insert(contentsOf: slice, at: Int.random(in: 0...bytes.count, using: &g))
                }
                do {
                    _ = try DocxTextReader.text(Data(bytes))
                } catch let error as DomainError {
                    refused += 1
                    if error.message.count < 20, failures.count < 10 { failures.append("input #\(i): unclear message \(error.message)") }
                } catch {
                    if failures.count < 10 { failures.append("input #\(i): not a DomainError: \(error)") }
                }
            }
            return (failures, refused)
        }
        let (failures, refused) = results
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(refused > 0)
        print("fuzz docx reader: \(300 * Self.scale) inputs, seed \(Self.seed), \(refused) refused, \(failures.count) failures")
    }
}
