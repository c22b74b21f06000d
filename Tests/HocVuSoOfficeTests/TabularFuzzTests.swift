import Foundation
import HocVuSoCore
import HocVuSoOffice
import Testing

/// Property-based fuzzing of the CSV reader and of format detection: thousands of generated inputs, each read or
/// refused with a Vietnamese `DomainError`, none crashing or taking more than two seconds (see `Fuzz`).
@Suite("Fuzz: CSV and format detection")
struct TabularFuzzTests {
    @Test func randomBytesAreDetectedAndReadOrRefused() async {
        let magic: [[UInt8]] = [[], [], [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0xD0, 0xCF, 0x11, 0xE0],
                                Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], Array("<html>".utf8), [0xEF, 0xBB, 0xBF]]
        let report = await Fuzz.run("random bytes", count: 3_000, make: { g, _ in
            (bytes: g.pick(magic) + g.bytes(g.length(4_096)), name: g.pick(CSVMutator.filenames))
        }, read: { input in
            _ = try TabularFile.read(Data(input.bytes), filename: input.name)
        }, describe: { "\($0.name ?? "nil"): \(Fuzz.hex($0.bytes))" })
        #expect(report.inputs == 3_000)
    }

    @Test func mutatedCSVFilesAreReadOrRefused() async {
        let report = await Fuzz.run("mutated CSV", count: 6_000, make: { g, _ in
            (bytes: CSVMutator.mutated(&g), name: g.pick(["danh-sach.csv", "a.txt", "b.tsv", "c.xls", nil]))
        }, read: { input in
            let data = Data(input.bytes)
            let tables = try TabularFile.read(data, filename: input.name)
            let table = try CSVReader.read(data)
            #expect(tables.count == 1 && tables[0].rows == table.rows)
            #expect(table.rows.allSatisfy { $0.count == table.columnCount })
        }, describe: { Fuzz.hex($0.bytes) })
        #expect(report.inputs == 6_000)
    }

    /// Reading a file from disk in chunks must give exactly what reading it whole gives, wherever the chunk
    /// boundaries fall (inside a UTF-8 character, a CRLF, a quoted field).
    @Test func chunkedReadingAgreesWithWholeReading() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = await Fuzz.run("chunked CSV", count: 300, make: { g, i in
            var bytes: [UInt8] = []
            while bytes.count < 4_500 { bytes += CSVMutator.valid(&g).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF } }
            for _ in 0..<g.int(0...3) { CSVMutator.mutate(&bytes, &g) }
            return (bytes: bytes, chunk: g.int(4_096...6_000), url: folder.appendingPathComponent("\(i).csv"))
        }, read: { input in
            try Data(input.bytes).write(to: input.url)
            defer { try? FileManager.default.removeItem(at: input.url) }
            let whole = Result { try collect { try CSVReader.forEachRow(in: Data(input.bytes), $0) } }
            let chunked = Result { try collect { try CSVReader.forEachRow(contentsOf: input.url, chunkSize: input.chunk, $0) } }
            switch (whole, chunked) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "chunk size \(input.chunk)")
            case (.failure(let a as DomainError), .failure(let b as DomainError)):
                #expect(a.code == b.code, "chunk size \(input.chunk)")
            default:
                Issue.record("whole \(whole) but chunked \(chunked), chunk size \(input.chunk)")
            }
            _ = try whole.get()
        }, describe: { Fuzz.hex($0.bytes) })
        #expect(report.inputs == 300)
    }

    /// Huge fields, thousands of columns, and a ragged file whose padding would explode. These are megabytes
    /// each, so they get ten seconds in a debug build instead of two.
    @Test func extremeShapesAreReadOrRefusedInTime() async {
        let shapes: [(String, [UInt8])] = [
            ("one 2 MB field", Array(("a," + String(repeating: "ư", count: 1_000_000) + "\r\n").utf8)),
            ("one 2 MB quoted field with line breaks", Array(("\"" + String(repeating: "x\r\n\"\"", count: 400_000) + "\"").utf8)),
            ("10,000 columns × 20 rows", Array(String(repeating: (1...10_000).map(String.init).joined(separator: ",") + "\n", count: 20).utf8)),
            ("200,000 short rows", Array(String(repeating: "Nguyễn Văn An;01/01/1990\n", count: 200_000).utf8)),
            ("ragged: one row 100,000 wide over 200 rows", Array((String(repeating: "x,", count: 100_000) + "x\n" + String(repeating: "a\n", count: 200)).utf8)),
            ("only delimiters", [UInt8](repeating: UInt8(ascii: ";"), count: 1_000_000)),
            ("only quotes", [UInt8](repeating: UInt8(ascii: "\""), count: 1_000_001)),
            ("only line breaks", Array(String(repeating: "\r\n\r", count: 300_000).utf8)),
        ]
        let report = await Fuzz.run("extreme CSV", count: shapes.count, budget: .seconds(10), make: { _, i in shapes[i] }, read: { input in
            _ = try CSVReader.read(Data(input.1))
        }, describe: { $0.0 })
        #expect(report.inputs == shapes.count)
        expectDomainError("file.tooManyCells") { _ = try CSVReader.read(Data(shapes[4].1)) }
    }
}

private func collect(_ read: (([String]) throws -> Void) throws -> Void) throws -> [[String]] {
    var rows: [[String]] = []
    try read { rows.append($0) }
    return rows
}
