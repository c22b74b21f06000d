import Foundation
import HocVuSoCore
import SQLKit

/// Report requests and the communes' reports: drafts kept with the figures taken from the data, the approval
/// steps (each logged with who and when), and what the department reads to consolidate.
public struct ReportStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    // MARK: Requests

    public func createRequest(_ request: ReportRequest, directory: UnitDirectory) async throws {
        let now = clock.now()
        try request.validate(today: CivilDate(now))
        for commune in request.communes {
            guard let unit = directory[commune], unit.level == .commune, unit.provinceCode == request.provinceCode else {
                throw DomainError(.invalid, code: "report-request.commune", message: Strings.requestCommuneOutside,
                                  details: [Problem(column: Strings.requestFieldCommunes, value: commune, reason: Strings.requestCommuneOutside)])
            }
        }
        try await database.write { sql in
            try await sql.insert(into: "report_requests")
                .columns("id", "province_code", "document_number", "document_date", "issuer", "subject", "period_from",
                         "period_to", "deadline", "created_at", "created_by")
                .values(SQLBind(request.id.uuidString), SQLBind(request.provinceCode), SQLBind(request.documentNumber),
                        SQLBind(request.documentDate.iso), SQLBind(request.issuer), SQLBind(request.subject),
                        SQLBind(request.periodFrom.iso), SQLBind(request.periodTo.iso), SQLBind(request.deadline.iso),
                        SQLBind(Timestamp.string(now)), SQLBind(request.createdBy)).run()
            for chunk in Array(Set(request.communes)).sorted().chunked(300) {
                let insert = sql.insert(into: "report_request_communes").columns("request_id", "commune_code")
                for commune in chunk { insert.values(SQLBind(request.id.uuidString), SQLBind(commune)) }
                try await insert.run()
            }
        }
    }

    static let requestColumns = "id, province_code, document_number, document_date, issuer, subject, period_from, period_to, deadline, created_by"

    public func request(_ id: UUID) async throws -> ReportRequest {
        try await database.read { try await Self.request(id, $0) }
    }

    static func request(_ id: UUID, _ sql: any SQLDatabase) async throws -> ReportRequest {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: requestColumns) FROM report_requests WHERE id = \(bind: id.uuidString)").first() else {
            throw DomainError(.notFound, code: "report-request.not-found", message: Strings.requestNotFound)
        }
        let communes = try await sql.raw("SELECT commune_code FROM report_request_communes WHERE request_id = \(bind: id.uuidString)")
            .all().map { try $0.text("commune_code") }.sorted()
        return try decodeRequest(row, communes: communes)
    }

    /// The requests of a province, newest first; or the ones addressed to one commune.
    public func requests(provinceCode: String? = nil, communeCode: String? = nil) async throws -> [ReportRequest] {
        try await database.read { sql in
            let rows: [any SQLRow]
            if let communeCode {
                rows = try await sql.raw("""
                    SELECT \(unsafeRaw: Self.requestColumns) FROM report_requests r
                    WHERE EXISTS (SELECT 1 FROM report_request_communes c WHERE c.request_id = r.id AND c.commune_code = \(bind: communeCode))
                    ORDER BY created_at DESC LIMIT 200
                    """).all()
            } else {
                rows = try await sql.raw("""
                    SELECT \(unsafeRaw: Self.requestColumns) FROM report_requests WHERE province_code = \(bind: provinceCode ?? "")
                    ORDER BY created_at DESC LIMIT 200
                    """).all()
            }
            var result: [ReportRequest] = []
            for row in rows {
                let id = try row.text("id")
                let communes = try await sql.raw("SELECT commune_code FROM report_request_communes WHERE request_id = \(bind: id)")
                    .all().map { try $0.text("commune_code") }.sorted()
                result.append(try Self.decodeRequest(row, communes: communes))
            }
            return result
        }
    }

    static func decodeRequest(_ row: any SQLRow, communes: [String]) throws -> ReportRequest {
        ReportRequest(id: try row.uuid("id"), provinceCode: try row.text("province_code"),
                      documentNumber: try row.text("document_number"), documentDate: try row.civilDate("document_date"),
                      issuer: try row.text("issuer"), subject: try row.text("subject"),
                      periodFrom: try row.civilDate("period_from"), periodTo: try row.civilDate("period_to"),
                      deadline: try row.civilDate("deadline"), communes: communes, createdBy: try row.text("created_by"))
    }

    // MARK: Reports

    static let reportColumns = """
        province_code, id, request_id, commune_code, status, figures, paragraphs, number, report_date, signature, signer_name,
        recipients, sent_at, version, source, received_id
        """

    public func report(_ id: UUID) async throws -> CommuneReport {
        try await database.read { try await Self.report(id, $0).report }
    }

    /// The commune a report belongs to (for the access check), or nil.
    public func communeCode(ofReport id: UUID) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT commune_code FROM commune_reports WHERE id = \(bind: id.uuidString)").first()?.text("commune_code")
        }
    }

    /// The province a request belongs to (for the access check), or nil.
    public func provinceCode(ofRequest id: UUID) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT province_code FROM report_requests WHERE id = \(bind: id.uuidString)").first()?.text("province_code")
        }
    }

    public func report(request: UUID, commune: String) async throws -> CommuneReport? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT \(unsafeRaw: Self.reportColumns) FROM commune_reports
                WHERE request_id = \(bind: request.uuidString) AND commune_code = \(bind: commune)
                """).first() else { return nil }
            return try Self.decodeReport(row)
        }
    }

    /// Every commune report of a request.
    public func reports(request: UUID) async throws -> [CommuneReport] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.reportColumns) FROM commune_reports WHERE request_id = \(bind: request.uuidString)")
                .all().map(Self.decodeReport)
        }
    }

    static func report(_ id: UUID, _ sql: any SQLDatabase) async throws -> (report: CommuneReport, province: String) {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: reportColumns) FROM commune_reports WHERE id = \(bind: id.uuidString)").first() else {
            throw DomainError(.notFound, code: "report.not-found", message: Strings.reportNotFound)
        }
        return (try decodeReport(row), try row.text("province_code"))
    }

    static func decodeReport(_ row: any SQLRow) throws -> CommuneReport {
        let decoder = JSONDecoder()
        func json<T: Decodable>(_ column: String, _ type: T.Type) throws -> T {
            try decoder.decode(T.self, from: Data(try row.text(column).utf8))
        }
        return CommuneReport(
            id: try row.uuid("id"), requestID: try row.uuid("request_id"), communeCode: try row.text("commune_code"),
            status: try row.enumValue("status", as: ReportStatus.self), figures: try json("figures", ReportFigures.self),
            paragraphs: try json("paragraphs", [ReportParagraph].self), number: try row.optionalText("number"),
            reportDate: try row.optionalCivilDate("report_date"), signature: try json("signature", [String].self),
            signerName: try row.text("signer_name"), recipients: try json("recipients", [String].self),
            sentAt: try row.optionalText("sent_at").flatMap(Timestamp.date), version: try row.integer("version"),
            source: try row.enumValue("source", as: ReportSource.self),
            receivedID: try row.optionalText("received_id").flatMap(UUID.init(uuidString:)))
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Starts the commune's draft for a request (one per commune and request).
    public func createDraft(_ report: CommuneReport, provinceCode: String, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.request(report.requestID, sql)
            guard request.communes.contains(report.communeCode) else {
                throw DomainError(.forbidden, code: "report.not-addressed", message: Strings.requestNotForCommune)
            }
            if try await sql.raw("""
                SELECT id FROM commune_reports WHERE province_code = \(bind: provinceCode)
                AND request_id = \(bind: report.requestID.uuidString) AND commune_code = \(bind: report.communeCode)
                """).first() != nil {
                throw DomainError(.conflict, code: "report.exists", message: Strings.reportExists)
            }
            let stamp = Timestamp.string(now)
            try await sql.insert(into: "commune_reports")
                .columns("province_code", "id", "request_id", "commune_code", "status", "figures", "paragraphs", "number",
                         "report_date", "signature", "signer_name", "recipients", "sent_at", "version", "created_at", "updated_at")
                .values(SQLBind(provinceCode), SQLBind(report.id.uuidString), SQLBind(report.requestID.uuidString),
                        SQLBind(report.communeCode), SQLBind(ReportStatus.draft.rawValue), SQLBind(try Self.encode(report.figures)),
                        SQLBind(try Self.encode(report.paragraphs)), SQLBind(String?.none), SQLBind(String?.none),
                        SQLBind(try Self.encode(report.signature)), SQLBind(report.signerName),
                        SQLBind(try Self.encode(report.recipients)), SQLBind(String?.none), SQLBind(1), SQLBind(stamp), SQLBind(stamp))
                .run()
            try await Self.log(report.id, provinceCode: provinceCode, "created", actor: actor, comment: nil, now: now, sql)
        }
    }

    /// Saves an officer's edits of paragraphs (by key) and of the closing parts. Refused unless the report is a
    /// draft or was returned, or when someone saved in between (`version`).
    public func saveText(_ id: UUID, edits: [String: String], signerName: String?, recipients: [String]?, version: Int,
                         actor: AccessActor) async throws -> CommuneReport {
        let now = clock.now()
        return try await database.write { sql in
            var (report, province) = try await Self.report(id, sql)
            try Self.requireEditable(report)
            guard report.version == version else {
                throw DomainError(.conflict, code: "report.version", message: Strings.reportChangedMeanwhile)
            }
            let known = Set(report.paragraphs.map(\.key))
            guard edits.keys.allSatisfy(known.contains) else {
                throw DomainError(.invalid, code: "report.paragraph", message: Strings.reportUnknownParagraph)
            }
            for index in report.paragraphs.indices {
                let key = report.paragraphs[index].key
                guard let typed = edits[key] else { continue }
                let text = try NarrativeText.check(typed, field: key)
                if text != report.paragraphs[index].text {
                    report.paragraphs[index].text = text
                    report.paragraphs[index].edited = true
                }
            }
            if let signerName {
                let name = try NarrativeText.check(signerName, field: Strings.reportSignerRequired)
                guard name.count <= 100 else {
                    throw DomainError(.invalid, code: "report.signer", message: Strings.reportSignerRequired)
                }
                report.signerName = name
            }
            if let recipients {
                report.recipients = try recipients.map { try NarrativeText.check($0, field: "recipients") }.filter { !$0.isEmpty }
            }
            report.version += 1
            try await sql.update("commune_reports").set("paragraphs", to: try Self.encode(report.paragraphs))
                .set("signer_name", to: report.signerName).set("recipients", to: try Self.encode(report.recipients))
                .set("version", to: report.version).set("updated_at", to: Timestamp.string(now))
                .where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            try await Self.log(id, provinceCode: province, "edited", actor: actor, comment: nil, now: now, sql)
            return report
        }
    }

    /// Takes new figures from the data (and the paragraphs rewritten from them); only for an editable report.
    public func refresh(_ id: UUID, figures: ReportFigures, paragraphs: [ReportParagraph], actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let (report, province) = try await Self.report(id, sql)
            try Self.requireEditable(report)
            try await sql.update("commune_reports").set("figures", to: try Self.encode(figures))
                .set("paragraphs", to: try Self.encode(paragraphs)).set("version", to: report.version + 1)
                .set("updated_at", to: Timestamp.string(now))
                .where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            try await Self.log(id, provinceCode: province, "refreshed", actor: actor, comment: nil, now: now, sql)
        }
    }

    /// The officer submits the draft to the commune leader.
    public func submit(_ id: UUID, actor: AccessActor) async throws {
        try await move(id, from: [.draft, .returned], to: .awaitingApproval, action: "submitted", actor: actor)
    }

    /// The leader approves: the report gets its number from the register (`number` runs in the same transaction)
    /// and today's date.
    public func approve(_ id: UUID, signerName: String, actor: AccessActor,
                        number: @Sendable (_ communeCode: String, _ provinceCode: String, _ date: CivilDate, _ sql: any SQLDatabase) async throws -> String) async throws {
        let name = VietnameseText.normalize(signerName)
        guard !name.isEmpty, name.count <= 100, !NarrativeText.hasMarkup(name) else {
            throw DomainError(.invalid, code: "report.signer", message: Strings.reportSignerRequired)
        }
        let now = clock.now()
        try await database.write { sql in
            let (report, province) = try await Self.report(id, sql)
            guard report.status == .awaitingApproval else {
                throw DomainError(.conflict, code: "report.step", message: Strings.reportWrongStep(Strings.reportStatusLabel(report.status)))
            }
            let today = CivilDate(now)
            // A report returned and approved again keeps its number.
            let assigned: String
            if let existing = report.number {
                assigned = existing
            } else {
                assigned = try await number(report.communeCode, province, today, sql)
            }
            try await sql.update("commune_reports").set("status", to: ReportStatus.approved.rawValue)
                .set("number", to: assigned).set("report_date", to: today.iso).set("signer_name", to: name)
                .set("version", to: report.version + 1).set("updated_at", to: Timestamp.string(now))
                .where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            try await Self.log(id, provinceCode: province, "approved", actor: actor, comment: assigned, now: now, sql)
        }
    }

    /// Sends the approved report to the province.
    public func send(_ id: UUID, actor: AccessActor) async throws {
        try await move(id, from: [.approved], to: .sent, action: "sent", actor: actor, stampSent: true)
    }

    public func accept(_ id: UUID, actor: AccessActor) async throws {
        try await move(id, from: [.sent], to: .accepted, action: "accepted", actor: actor)
    }

    /// The department returns a sent report with a comment; the commune may edit it again.
    public func returnReport(_ id: UUID, comment: String, actor: AccessActor) async throws {
        let text = VietnameseText.normalize(comment)
        guard text.count >= 5, text.count <= 1000, !NarrativeText.hasMarkup(text) else {
            throw DomainError(.invalid, code: "report.comment", message: Strings.reportReturnCommentRequired)
        }
        try await move(id, from: [.sent], to: .returned, action: "returned", actor: actor, comment: text)
    }

    func move(_ id: UUID, from: Set<ReportStatus>, to: ReportStatus, action: String, actor: AccessActor,
              comment: String? = nil, stampSent: Bool = false) async throws {
        let now = clock.now()
        try await database.write { sql in
            let (report, province) = try await Self.report(id, sql)
            guard from.contains(report.status) else {
                throw DomainError(.conflict, code: "report.step", message: Strings.reportWrongStep(Strings.reportStatusLabel(report.status)))
            }
            let update = sql.update("commune_reports").set("status", to: to.rawValue).set("version", to: report.version + 1)
                .set("updated_at", to: Timestamp.string(now))
            if stampSent { update.set("sent_at", to: Timestamp.string(now)) }
            try await update.where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            try await Self.log(id, provinceCode: province, action, actor: actor, comment: comment, now: now, sql)
        }
    }

    static func requireEditable(_ report: CommuneReport) throws {
        guard report.status.editable else {
            throw DomainError(.conflict, code: "report.not-editable",
                              message: Strings.reportNotEditable(Strings.reportStatusLabel(report.status)))
        }
    }

    public func history(_ id: UUID) async throws -> [ReportEvent] {
        try await database.read { sql in
            try await sql.raw("SELECT at, actor, action, comment FROM report_events WHERE report_id = \(bind: id.uuidString) ORDER BY seq")
                .all().map { row in
                    ReportEvent(at: Timestamp.date(try row.text("at")) ?? Date(timeIntervalSince1970: 0), actor: try row.text("actor"),
                                action: try row.text("action"), comment: try row.optionalText("comment"))
                }
        }
    }

    static func log(_ id: UUID, provinceCode: String, _ action: String, actor: AccessActor, comment: String?, now: Date,
                    _ sql: any SQLDatabase) async throws {
        // Steps are numbered per report: several can share one instant.
        let seq = try await sql.raw("SELECT COUNT(*) AS n FROM report_events WHERE report_id = \(bind: id.uuidString)").first()?.integer("n") ?? 0
        try await sql.insert(into: "report_events").columns("province_code", "id", "report_id", "seq", "at", "actor", "action", "comment")
            .values(SQLBind(provinceCode), SQLBind(UUID().uuidString), SQLBind(id.uuidString), SQLBind(seq + 1), SQLBind(Timestamp.string(now)),
                    SQLBind(actor.username), SQLBind(action), SQLBind(comment)).run()
    }
}
