import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Received reports: the original kept, filing as the commune's submission, never over a report silently")
struct ReceivedReportStoreTests {
    static let day = CivilDate(year: 2026, month: 5, day: 15)!

    func request(_ store: Store, communes: [String] = ["11131", "10750"]) async throws -> ReportRequest {
        let request = ReportRequest(id: UUID(), provinceCode: "31", documentNumber: "1885/SKHCN-TTTT", documentDate: Self.day,
                                    issuer: "Sở Khoa học và Công nghệ thành phố Hải Phòng", subject: "báo cáo kết quả",
                                    periodFrom: Self.day.adding(days: -100), periodTo: Self.day, deadline: Self.day.adding(days: 10),
                                    communes: communes, createdBy: "soKHCN")
        try await store.reports.createRequest(request, directory: store.directory)
        return request
    }

    func read(_ store: Store, request: ReportRequest, bytes: Data = Data("BÁO CÁO kết quả".utf8)) async throws -> ReceivedReport {
        let received = try await store.received.create(provinceCode: "31", requestID: request.id, fileName: "bao-cao.txt",
                                                       fileKind: "text", bytes: bytes, actor: testActor)
        try await store.received.finishReading(received.id, text: "BÁO CÁO kết quả", method: "plain", pages: 1, ocrPages: 0,
                                               ocrMillis: 0, reading: "{}", communeCode: "11131")
        return try await store.received.report(received.id)
    }

    func filing(_ values: [String: Double], commune: String = "11131") -> ReceivedFiling {
        ReceivedFiling(communeCode: commune, number: "275/BC-UBND", reportDate: Self.day,
                       figures: ReportFigures(values: values),
                       paragraphs: [ReportParagraph(key: "received-0", section: .results, text: "Kết quả triển khai", edited: true)],
                       confirmedJSON: "[]")
    }

    @Test("a confirmed reading is filed as an accepted report entered from the document, with the original kept", arguments: Engine.allCases)
    func files(engine: Engine) async throws {
        try await engine.withStore { store in
            let asked = try await request(store)
            let bytes = Data("Báo cáo của xã Chí Minh – bản quét".utf8)
            let received = try await read(store, request: asked, bytes: bytes)
            #expect(received.status == .read)
            #expect(try await store.received.original(received.id).bytes == bytes)
            let id = try await store.received.fileReport(received.id, filing: filing(["participants": 350, "teams": 6]), decision: .ask,
                                                          directory: store.directory, actor: testActor)
            let report = try await store.reports.report(id)
            #expect(report.status == .accepted)
            #expect(report.source == .received)
            #expect(report.receivedID == received.id)
            #expect(report.figures.values == ["participants": 350, "teams": 6])
            #expect(report.number == "275/BC-UBND")
            let filed = try await store.received.report(received.id)
            #expect(filed.status == .filed && filed.reportID == id && filed.communeCode == "11131")
            #expect(try await store.reports.history(id).map(\.action) == ["filed-from-received"])
            // Filed once: a second filing of the same document is refused.
            await #expect(throws: DomainError.self) {
                try await store.received.fileReport(received.id, filing: filing(["participants": 1]), decision: .replace,
                                                    directory: store.directory, actor: testActor)
            }
        }
    }

    @Test("a second document for a commune that already has a report writes nothing until the department decides to replace",
          arguments: Engine.allCases)
    func contradiction(engine: Engine) async throws {
        try await engine.withStore { store in
            let asked = try await request(store)
            let first = try await read(store, request: asked)
            let id = try await store.received.fileReport(first.id, filing: filing(["participants": 350, "sessions": 1200]), decision: .ask,
                                                          directory: store.directory, actor: testActor)
            let second = try await read(store, request: asked)
            do {
                _ = try await store.received.fileReport(second.id, filing: filing(["participants": 400, "sessions": 1200]), decision: .ask,
                                                        directory: store.directory, actor: testActor)
                Issue.record("a contradicting figure was filed without a decision")
            } catch let error as DomainError {
                #expect(error.code == "received.exists")
                #expect(error.message.contains("Xã Chí Minh đã có báo cáo cho yêu cầu này"))
            }
            #expect(try await store.reports.report(id).figures.values["participants"] == 350)
            #expect(try await store.received.report(second.id).status == .read)
            let existing = try await store.reports.report(id)
            let contradictions = ReceivedFiling.contradictions(existing: existing.figures,
                                                               received: ReportFigures(values: ["participants": 400, "sessions": 1200]))
            #expect(contradictions == [.init(key: "participants", existing: 350, received: 400)])
            // The department decides to replace: the report takes the new figures and the history says what changed.
            let replaced = try await store.received.fileReport(second.id, filing: filing(["participants": 400, "sessions": 1200]),
                                                               decision: .replace, directory: store.directory, actor: testActor)
            #expect(replaced == id)
            let after = try await store.reports.report(id)
            #expect(after.figures.values["participants"] == 400)
            #expect(after.receivedID == second.id)
            let history = try await store.reports.history(id)
            #expect(history.last?.action == "replaced-from-received")
            #expect(history.last?.comment == "participants: 350 → 400")
        }
    }

    @Test("a commune outside the province, or not asked by the request, is refused and nothing is written", arguments: Engine.allCases)
    func refusals(engine: Engine) async throws {
        try await engine.withStore { store in
            let asked = try await request(store, communes: ["11131"])
            let received = try await read(store, request: asked)
            let outside = try #require(store.directory.byCode.values.first { $0.level == .commune && $0.provinceCode != "31" })
            for (commune, code) in [(outside.code, "received.outside"), ("10750", "received.not-addressed"), ("99999", "received.commune")] {
                do {
                    _ = try await store.received.fileReport(received.id, filing: filing(["participants": 1], commune: commune),
                                                            decision: .replace, directory: store.directory, actor: testActor)
                    Issue.record("\(commune) was filed")
                } catch let error as DomainError {
                    #expect(error.code == code)
                    #expect(error.kind == .invalid)
                }
            }
            #expect(try await store.reports.reports(request: asked.id).isEmpty)
            #expect(try await store.received.report(received.id).status == .read)
        }
    }

    @Test("a reading cut off by a restart is marked failed and can be started again; empty files are refused", arguments: Engine.allCases)
    func interrupted(engine: Engine) async throws {
        try await engine.withStore { store in
            let asked = try await request(store)
            let received = try await store.received.create(provinceCode: "31", requestID: asked.id, fileName: "scan.pdf", fileKind: "pdf",
                                                           bytes: Data("%PDF-1.4".utf8), actor: testActor)
            try await store.received.progress(received.id, done: 1, total: 3)
            #expect(try await store.received.report(received.id).pagesDone == 1)
            #expect(try await store.received.failInterrupted() == [received.id])
            let failed = try await store.received.report(received.id)
            #expect(failed.status == .failed && failed.error == Strings.receivedInterrupted)
            try await store.received.restartReading(received.id)
            #expect(try await store.received.report(received.id).status == .reading)
            await #expect(throws: DomainError.self) {
                try await store.received.create(provinceCode: "31", requestID: asked.id, fileName: "empty.txt", fileKind: "text",
                                                bytes: Data(), actor: testActor)
            }
            #expect(try await store.received.reports(request: asked.id).count == 1)
        }
    }
}
