import Crypto
import Foundation
import HocVuSoCore
import SQLKit

/// Reports received the old way: the original kept as it arrived, the reading's progress and result, and the
/// filing as the commune's submission (never over an existing report without the department's decision).
public struct ReceivedReportStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// The largest file kept: a scanned report of 40 pages at 300 dpi.
    public static let fileLimit = 48 * 1_048_576

    static let columns = """
        province_code, id, request_id, file_name, file_kind, file_sha256, status, pages_done, pages_total, method, ocr_pages,
        ocr_millis, text, reading, confirmed, error, commune_code, report_id, created_by, created_at, updated_at
        """

    /// Keeps the file as it arrived, with status `reading`.
    public func create(provinceCode: String, requestID: UUID, fileName: String, fileKind: String, bytes: Data,
                       actor: AccessActor) async throws -> ReceivedReport {
        guard !bytes.isEmpty else { throw DomainError(.invalid, code: "reading.empty", message: Strings.ReceivedFile.empty) }
        guard bytes.count <= Self.fileLimit else {
            throw DomainError(.tooLarge, code: "file.tooLarge", message: Strings.Office.tooLarge(megabytes: Self.fileLimit / 1_048_576))
        }
        let now = clock.now()
        let name = String(VietnameseText.normalize(fileName).prefix(200))
        let report = ReceivedReport(id: UUID(), provinceCode: provinceCode, requestID: requestID,
                                    fileName: name.isEmpty ? "bao-cao" : name, fileKind: fileKind,
                                    fileSHA256: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(),
                                    createdBy: actor.username, createdAt: now, updatedAt: now)
        try await database.write { sql in
            _ = try await ReportStore.request(requestID, sql)
            try await sql.insert(into: "received_reports")
                .columns("province_code", "id", "request_id", "file_name", "file_kind", "file_sha256", "bytes", "status",
                         "created_by", "created_at", "updated_at")
                .values(SQLBind(provinceCode), SQLBind(report.id.uuidString), SQLBind(requestID.uuidString), SQLBind(report.fileName),
                        SQLBind(fileKind), SQLBind(report.fileSHA256), SQLBind(bytes), SQLBind(ReceivedReportStatus.reading.rawValue),
                        SQLBind(actor.username), SQLBind(Timestamp.string(now)), SQLBind(Timestamp.string(now)))
                .run()
            try await AccessLogStore.append(.create, actor: actor, subject: "received-report:\(report.id.uuidString)",
                                            unitCode: provinceCode, detail: report.fileName, now: now, sql)
        }
        return report
    }

    public func report(_ id: UUID) async throws -> ReceivedReport {
        try await database.read { try await Self.report(id, $0) }
    }

    static func report(_ id: UUID, _ sql: any SQLDatabase) async throws -> ReceivedReport {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: columns) FROM received_reports WHERE id = \(bind: id.uuidString)").first() else {
            throw DomainError(.notFound, code: "received.not-found", message: Strings.receivedNotFound)
        }
        return try decode(row)
    }

    /// The received reports of a request, newest first.
    public func reports(request: UUID) async throws -> [ReceivedReport] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM received_reports WHERE request_id = \(bind: request.uuidString)
                ORDER BY created_at DESC LIMIT 500
                """).all().map(Self.decode)
        }
    }

    /// The province a received report belongs to (for the access check), or nil.
    public func provinceCode(of id: UUID) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT province_code FROM received_reports WHERE id = \(bind: id.uuidString)").first()?.text("province_code")
        }
    }

    /// The original file as it arrived.
    public func original(_ id: UUID) async throws -> (name: String, kind: String, bytes: Data) {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT file_name, file_kind, bytes FROM received_reports WHERE id = \(bind: id.uuidString)").first() else {
                throw DomainError(.notFound, code: "received.not-found", message: Strings.receivedNotFound)
            }
            return (try row.text("file_name"), try row.text("file_kind"), try row.decode(column: "bytes", as: Data.self))
        }
    }

    public func progress(_ id: UUID, done: Int, total: Int) async throws {
        try await database.write { sql in
            try await sql.update("received_reports").set("pages_done", to: done).set("pages_total", to: total)
                .set("updated_at", to: Timestamp.string(clock.now()))
                .where("id", .equal, id.uuidString).where("status", .equal, ReceivedReportStatus.reading.rawValue).run()
        }
    }

    /// The reading finished: the text, how it was taken, and the proposal (JSON).
    public func finishReading(_ id: UUID, text: String, method: String, pages: Int, ocrPages: Int, ocrMillis: Int,
                              reading: String, communeCode: String?) async throws {
        try await database.write { sql in
            try await sql.update("received_reports").set("status", to: ReceivedReportStatus.read.rawValue)
                .set("text", to: text).set("method", to: method).set("pages_done", to: pages).set("pages_total", to: pages)
                .set("ocr_pages", to: ocrPages).set("ocr_millis", to: ocrMillis).set("reading", to: reading)
                .set("commune_code", to: communeCode).set("error", to: String?.none)
                .set("updated_at", to: Timestamp.string(clock.now()))
                .where("id", .equal, id.uuidString).where("status", .equal, ReceivedReportStatus.reading.rawValue).run()
        }
    }

    /// The reading failed with a message for the officer.
    public func fail(_ id: UUID, message: String) async throws {
        try await database.write { sql in
            try await sql.update("received_reports").set("status", to: ReceivedReportStatus.failed.rawValue)
                .set("error", to: message).set("updated_at", to: Timestamp.string(clock.now()))
                .where("id", .equal, id.uuidString).where("status", .equal, ReceivedReportStatus.reading.rawValue).run()
        }
    }

    /// Starts a failed reading again.
    public func restartReading(_ id: UUID) async throws {
        try await database.write { sql in
            let report = try await Self.report(id, sql)
            guard report.status == .failed else {
                throw DomainError(.conflict, code: "received.step", message: Strings.receivedWrongStep(Strings.receivedStatusLabel(report.status)))
            }
            try await sql.update("received_reports").set("status", to: ReceivedReportStatus.reading.rawValue)
                .set("error", to: String?.none).set("pages_done", to: 0).set("updated_at", to: Timestamp.string(clock.now()))
                .where("id", .equal, id.uuidString).run()
        }
    }

    /// Readings cut off by a restart of the server: marked failed so they can be started again. Their ids.
    @discardableResult
    public func failInterrupted() async throws -> [UUID] {
        try await database.write { sql in
            let ids = try await sql.raw("SELECT id FROM received_reports WHERE status = \(bind: ReceivedReportStatus.reading.rawValue)")
                .all().map { try $0.uuid("id") }
            for id in ids {
                try await sql.update("received_reports").set("status", to: ReceivedReportStatus.failed.rawValue)
                    .set("error", to: Strings.receivedInterrupted).set("updated_at", to: Timestamp.string(clock.now()))
                    .where("id", .equal, id.uuidString).run()
            }
            return ids
        }
    }

    /// Puts a received report aside without filing it.
    public func discard(_ id: UUID, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let report = try await Self.report(id, sql)
            guard report.status != .filed, report.status != .discarded else {
                throw DomainError(.conflict, code: "received.step", message: Strings.receivedWrongStep(Strings.receivedStatusLabel(report.status)))
            }
            try await sql.update("received_reports").set("status", to: ReceivedReportStatus.discarded.rawValue)
                .set("updated_at", to: Timestamp.string(now)).where("id", .equal, id.uuidString).run()
            try await AccessLogStore.append(.update, actor: actor, subject: "received-report:\(id.uuidString)",
                                            unitCode: report.provinceCode, detail: "discarded", now: now, sql)
        }
    }

    static func decode(_ row: any SQLRow) throws -> ReceivedReport {
        ReceivedReport(
            id: try row.uuid("id"), provinceCode: try row.text("province_code"), requestID: try row.uuid("request_id"),
            fileName: try row.text("file_name"), fileKind: try row.text("file_kind"), fileSHA256: try row.text("file_sha256"),
            status: try row.enumValue("status", as: ReceivedReportStatus.self), pagesDone: try row.integer("pages_done"),
            pagesTotal: try row.integer("pages_total"), method: try row.optionalText("method"), ocrPages: try row.integer("ocr_pages"),
            ocrMillis: try row.integer("ocr_millis"), text: try row.optionalText("text"), reading: try row.optionalText("reading"),
            confirmed: try row.optionalText("confirmed"), error: try row.optionalText("error"),
            communeCode: try row.optionalText("commune_code"), reportID: try row.optionalText("report_id").flatMap(UUID.init(uuidString:)),
            createdBy: try row.text("created_by"), createdAt: Timestamp.date(try row.text("created_at")) ?? Date(timeIntervalSince1970: 0),
            updatedAt: Timestamp.date(try row.text("updated_at")) ?? Date(timeIntervalSince1970: 0))
    }
}
