import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("The document register: numbering per type and year, duplicates, files, periods")
struct DocumentStoreTests {
    func issued(_ number: Int, _ symbol: String, _ type: DocumentType, _ iso: String, unit: String = "11131") -> OfficialDocument {
        OfficialDocument(unitCode: unit, direction: .issued, type: type, number: number, symbol: symbol,
                         issuedOn: CivilDate(iso: iso)!, summary: "về việc triển khai phong trào “Bình dân học vụ số”")
    }

    @Test("the next number follows the largest of the type in the year and restarts in a new year", arguments: Engine.allCases)
    func numbering(engine: Engine) async throws {
        try await engine.withStore { store in
            let documents = store.documents
            #expect(try await documents.nextNumber(unitCode: "11131", type: .kh, year: 2025) == 1)
            _ = try await documents.register(issued(41, "KH-UBND", .kh, "2025-08-19"), file: nil, actor: testActor)
            _ = try await documents.register(issued(444, "UBND-VHXH", .cv, "2025-10-06"), file: nil, actor: testActor)
            _ = try await documents.register(issued(508, "UBND-VHXH", .cv, "2025-10-14"), file: nil, actor: testActor)
            #expect(try await documents.nextNumber(unitCode: "11131", type: .kh, year: 2025) == 42)
            #expect(try await documents.nextNumber(unitCode: "11131", type: .cv, year: 2025) == 509)
            #expect(try await documents.nextNumber(unitCode: "11131", type: .qd, year: 2025) == 1)
            // A new year starts again from 1; another commune's register is its own.
            #expect(try await documents.nextNumber(unitCode: "11131", type: .cv, year: 2026) == 1)
            #expect(try await documents.nextNumber(unitCode: "10750", type: .cv, year: 2025) == 1)
            _ = try await documents.register(issued(907, "UBND-VHXH", .cv, "2026-05-14"), file: nil, actor: testActor)
            #expect(try await documents.nextNumber(unitCode: "11131", type: .cv, year: 2026) == 908)
            let next = try await documents.nextNumbers(unitCode: "11131", year: 2025)
            #expect(next[.kh] == 42 && next[.cv] == 509 && next[.bc] == 1)
            // Numbers of the same type may repeat across years.
            _ = try await documents.register(issued(41, "KH-UBND", .kh, "2026-01-05"), file: nil, actor: testActor)
            #expect(try await documents.years(unitCode: "11131") == [2026, 2025])
        }
    }

    @Test("a number already in the register is refused with a clear message and nothing is stored", arguments: Engine.allCases)
    func duplicates(engine: Engine) async throws {
        try await engine.withStore { store in
            let documents = store.documents
            _ = try await documents.register(issued(41, "KH-UBND", .kh, "2025-08-19"), file: nil, actor: testActor)
            do {
                _ = try await documents.register(issued(41, "KH-UBND", .kh, "2025-09-01"), file: nil, actor: testActor)
                Issue.record("a duplicate number was accepted")
            } catch let error as DomainError {
                #expect(error.kind == .conflict)
                #expect(error.message.contains("41/KH-UBND đã có trong sổ văn bản đi năm 2025"))
            }
            #expect(try await documents.list(unitCode: "11131", direction: .issued, year: 2025, page: 1, per: 10).total == 1)
            // The same number in another commune, or as a received document, is another entry.
            _ = try await documents.register(issued(41, "KH-UBND", .kh, "2025-08-19", unit: "10750"), file: nil, actor: testActor)
            var received = issued(1885, "SKHCN-TTTT", .cv, "2026-05-15")
            received.direction = .received
            received.issuer = "Sở Khoa học và Công nghệ thành phố Hải Phòng"
            _ = try await documents.register(received, file: nil, actor: testActor)
            await #expect(throws: DomainError.self) { try await documents.register(received, file: nil, actor: testActor) }
            var fromElsewhere = received
            fromElsewhere.id = UUID()
            fromElsewhere.issuer = "Sở Nội vụ thành phố Hải Phòng"
            _ = try await documents.register(fromElsewhere, file: nil, actor: testActor)
            #expect(try await documents.list(unitCode: "11131", direction: .received, year: nil, page: 1, per: 10).total == 2)
            #expect(try await documents.list(unitCode: "11131", direction: nil, year: nil, page: 1, per: 10).total == 3)
        }
    }

    @Test("registerIssued numbers inside the caller's transaction; a rollback keeps the number free", arguments: Engine.allCases)
    func insideTransaction(engine: Engine) async throws {
        try await engine.withStore { store in
            _ = try await store.documents.register(issued(307, "BC-UBND", .bc, "2026-04-30"), file: nil, actor: testActor)
            let report = try await store.database.write { sql in
                try await DocumentStore.registerIssued(unitCode: "11131", provinceCode: "31", type: .bc,
                                                       on: CivilDate(year: 2026, month: 5, day: 19)!,
                                                       summary: "Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn xã Chí Minh",
                                                       signer: "Phạm Anh Tuấn", symbol: "BC-UBND", by: "lanhdao", sql)
            }
            #expect(report.numberText == "308/BC-UBND")
            #expect(try await store.documents.document(report.id) == report)
            struct Rollback: Error {}
            await #expect(throws: Rollback.self) {
                try await store.database.write { sql in
                    let taken = try await DocumentStore.registerIssued(unitCode: "11131", provinceCode: "31", type: .bc,
                                                                       on: CivilDate(year: 2026, month: 5, day: 20)!,
                                                                       summary: "Báo cáo bị hủy", signer: nil, symbol: "BC-UBND",
                                                                       by: "lanhdao", sql)
                    #expect(taken.number == 309)
                    throw Rollback()
                }
            }
            #expect(try await store.documents.nextNumber(unitCode: "11131", type: .bc, year: 2026) == 309)
        }
    }

    @Test("issued(from:to:) gives the documents dated in the period, oldest first; the list is newest first",
          arguments: Engine.allCases)
    func periods(engine: Engine) async throws {
        try await engine.withStore { store in
            let documents = store.documents
            for d in [issued(444, "UBND-VHXH", .cv, "2025-10-06"), issued(41, "KH-UBND", .kh, "2025-08-19"),
                      issued(907, "UBND-VHXH", .cv, "2026-05-14"), issued(508, "UBND-VHXH", .cv, "2025-10-14")] {
                _ = try await documents.register(d, file: nil, actor: testActor)
            }
            let period = try await documents.issued(unitCode: "11131", from: CivilDate(iso: "2025-08-19")!, to: CivilDate(iso: "2025-10-14")!)
            #expect(period.map(\.numberText) == ["41/KH-UBND", "444/UBND-VHXH", "508/UBND-VHXH"])
            let page = try await documents.list(unitCode: "11131", direction: .issued, year: nil, page: 1, per: 3)
            #expect(page.total == 4)
            #expect(page.items.map(\.number) == [907, 508, 444])
            let second = try await documents.list(unitCode: "11131", direction: .issued, year: 2025, page: 2, per: 2)
            #expect(second.total == 3)
            #expect(second.items.map(\.number) == [41])
        }
    }

    @Test("an attached copy is stored byte for byte; a file of another type is refused", arguments: Engine.allCases)
    func files(engine: Engine) async throws {
        try await engine.withStore { store in
            var bytes = Data("%PDF-1.7\n".utf8)
            bytes.append(contentsOf: (0..<3000).map { UInt8($0 % 256) })
            let saved = try await store.documents.register(issued(41, "KH-UBND", .kh, "2025-08-19"),
                                                           file: ("Kế hoạch 41.pdf", "application/pdf", bytes), actor: testActor)
            #expect(saved.attachmentName == "Kế hoạch 41.pdf")
            let file = try #require(try await store.documents.file(saved.id))
            #expect(file.data == bytes)
            #expect(file.contentType == "application/pdf")
            #expect(file.name == "Kế hoạch 41.pdf")
            let plain = try await store.documents.register(issued(42, "KH-UBND", .kh, "2025-08-20"), file: nil, actor: testActor)
            #expect(try await store.documents.file(plain.id) == nil)
            await #expect(throws: DomainError.self) {
                try await store.documents.register(issued(43, "KH-UBND", .kh, "2025-08-21"),
                                                   file: ("trang.html", "text/html", Data("<html>".utf8)), actor: testActor)
            }
        }
    }

    @Test("the demo documents of Chí Minh load once", arguments: [Engine.sqlite])
    func demo(engine: Engine) async throws {
        try await engine.withStore { store in
            try await DemoDocuments.load(into: store)
            try await DemoDocuments.load(into: store)
            let all = try await store.documents.list(unitCode: "11131", direction: nil, year: nil, page: 1, per: 50)
            #expect(all.total == 5)
            let received = try await store.documents.list(unitCode: "11131", direction: .received, year: 2026, page: 1, per: 50)
            #expect(received.items.first?.numberText == "1885/SKHCN-TTTT")
            #expect(received.items.first?.issuer == "Sở Khoa học và Công nghệ thành phố Hải Phòng")
            #expect(try await store.documents.nextNumber(unitCode: "11131", type: .cv, year: 2026) == 908)
        }
    }
}
