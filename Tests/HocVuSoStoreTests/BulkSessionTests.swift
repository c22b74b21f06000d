import Foundation
import HocVuSoCore
import HocVuSoStore
import SQLKit
import Testing

@Suite("Bulk loading: every value survives COPY and prepared chunks; deferred indexes always come back")
struct BulkSessionTests {
    /// Text that breaks naive COPY or CSV handling, and a null next to the literal text `\N`.
    static let awkward: [String?] = ["tab\there", "line\nbreak", "back\\slash", "\\N", nil, "", "carriage\r\nreturn",
                                     "Nguyễn Thị Ánh", "a,\"quoted\",b"]

    @Test("20,000 rows with tabs, newlines, backslashes and nulls read back exactly", arguments: Engine.allCases)
    func values(engine: Engine) async throws {
        try await engine.withStore { store in
            let rows: [[BulkValue]] = (0..<20_000).map { index in
                let label = Self.awkward[index % Self.awkward.count]
                return [.integer(index), label.map { .text("\($0) #\(index)") } ?? .null]
            }
            try await store.database.bulkWrite { bulk in
                try await bulk.sql.raw("CREATE TABLE bulk_probe (id INTEGER NOT NULL, label TEXT)").run()
                try await bulk.append("bulk_probe", columns: ["id", "label"], rows: rows)
            }
            let stored = try await store.database.read { sql in
                try await sql.raw("SELECT id, label FROM bulk_probe ORDER BY id").all()
                    .map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "label", as: String?.self)) }
            }
            #expect(stored.count == rows.count)
            for (index, row) in stored.enumerated() {
                let label = Self.awkward[index % Self.awkward.count]
                #expect(row.0 == index)
                #expect(row.1 == label.map { "\($0) #\(index)" }, "row \(index)")
            }
        }
    }

    @Test("a first import builds the indexes at the end; a broken one rolls back with every index in place",
          arguments: Engine.allCases)
    func deferredIndexes(engine: Engine) async throws {
        try await engine.withStore { store in
            let before = try await indexNames(store, engine)
            #expect(before.contains("residents_cccd") && before.contains("residents_name_birth"))
            let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!).code
            try await store.reloadDirectory()
            let twins = [sampleResident("Nguyễn Văn Đức", village: village, cccd: "030085001234"),
                         sampleResident("Trần Văn Đức", village: village, cccd: "030085001234")]
            await #expect(throws: (any Error).self) {
                try await store.residents.insertInOneTransaction(households: [], residents: twins, directory: store.directory,
                                                                 actor: testActor, unitCode: village)
            }
            #expect(try await indexNames(store, engine) == before)
            #expect(try await store.residents.existingCCCDs(["030085001234"]).isEmpty)

            let people = (0..<50).map { sampleResident("Người Số \($0)", village: village, cccd: String(format: "0300850%05d", $0)) }
            try await store.residents.insertInOneTransaction(households: [], residents: people, directory: store.directory,
                                                             actor: testActor, unitCode: village)
            #expect(try await indexNames(store, engine) == before)
            #expect(try await store.residents.existingCCCDs(["030085000007", "030085000049"]).count == 2)
            // The rebuilt unique index still refuses a CCCD that is taken.
            await #expect(throws: (any Error).self) {
                try await store.residents.insert(households: [], residents: [sampleResident("Lê An", village: village, cccd: "030085000007")],
                                                 directory: store.directory)
            }
        }
    }

    func indexNames(_ store: Store, _ engine: Engine) async throws -> [String] {
        try await store.database.read { sql in
            let query: SQLQueryString = engine == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('residents', 'households') ORDER BY name"
                : "SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('residents', 'households') ORDER BY indexname"
            return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
        }
    }
}
