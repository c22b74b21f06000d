import Foundation
import HocVuSoCore
import SQLKit

extension ReceivedReportStore {
    /// Files the confirmed items as the commune's submission to the request: an accepted commune report marked as
    /// entered from a received document, linked to the original. When the commune already has a report for the
    /// request, nothing is written unless `decision` is `.replace` (then the replaced figures are logged).
    /// Returns the commune report's id.
    public func fileReport(_ id: UUID, filing: ReceivedFiling, decision: FilingDecision, directory: UnitDirectory,
                           actor: AccessActor) async throws -> UUID {
        let now = clock.now()
        return try await database.write { sql in
            let received = try await Self.report(id, sql)
            guard received.status == .read else {
                throw DomainError(.conflict, code: "received.step", message: Strings.receivedWrongStep(Strings.receivedStatusLabel(received.status)))
            }
            let request = try await ReportStore.request(received.requestID, sql)
            guard let unit = directory[filing.communeCode], unit.level == .commune else {
                throw DomainError(.invalid, code: "received.commune", message: Strings.receivedCommuneUnknown(filing.communeCode))
            }
            guard unit.provinceCode == received.provinceCode else {
                throw DomainError(.invalid, code: "received.outside", message: Strings.receivedCommuneOutside(unit.fullName))
            }
            guard request.communes.contains(unit.code) else {
                throw DomainError(.invalid, code: "received.not-addressed", message: Strings.receivedNotAddressed(unit.fullName))
            }
            let stamp = Timestamp.string(now)
            let existing = try await sql.raw("""
                SELECT \(unsafeRaw: ReportStore.reportColumns) FROM commune_reports
                WHERE province_code = \(bind: received.provinceCode) AND request_id = \(bind: request.id.uuidString)
                AND commune_code = \(bind: unit.code)
                """).first().map(ReportStore.decodeReport)
            let reportID: UUID
            if let existing {
                guard decision == .replace else {
                    throw DomainError(.conflict, code: "received.exists",
                                      message: Strings.receivedReportExists(unit.fullName, Strings.reportStatusLabel(existing.status)))
                }
                reportID = existing.id
                try await sql.update("commune_reports").set("status", to: ReportStatus.accepted.rawValue)
                    .set("figures", to: try ReportStore.encode(filing.figures)).set("paragraphs", to: try ReportStore.encode(filing.paragraphs))
                    .set("number", to: filing.number).set("report_date", to: filing.reportDate?.iso)
                    .set("source", to: ReportSource.received.rawValue).set("received_id", to: id.uuidString)
                    .set("sent_at", to: existing.sentAt.map(Timestamp.string) ?? stamp)
                    .set("version", to: existing.version + 1).set("updated_at", to: stamp)
                    .where("province_code", .equal, received.provinceCode).where("id", .equal, existing.id.uuidString).run()
                let replaced = ReceivedFiling.contradictions(existing: existing.figures, received: filing.figures)
                    .map { "\($0.key): \(Int($0.existing)) → \(Int($0.received))" }.joined(separator: "; ")
                try await ReportStore.log(existing.id, provinceCode: received.provinceCode, "replaced-from-received", actor: actor,
                                          comment: replaced.isEmpty ? nil : replaced, now: now, sql)
            } else {
                reportID = UUID()
                try await sql.insert(into: "commune_reports")
                    .columns("province_code", "id", "request_id", "commune_code", "status", "figures", "paragraphs", "number",
                             "report_date", "signature", "signer_name", "recipients", "sent_at", "version", "created_at", "updated_at",
                             "source", "received_id")
                    .values(SQLBind(received.provinceCode), SQLBind(reportID.uuidString), SQLBind(request.id.uuidString),
                            SQLBind(unit.code), SQLBind(ReportStatus.accepted.rawValue), SQLBind(try ReportStore.encode(filing.figures)),
                            SQLBind(try ReportStore.encode(filing.paragraphs)), SQLBind(filing.number), SQLBind(filing.reportDate?.iso),
                            SQLBind(try ReportStore.encode([String]())), SQLBind(""), SQLBind(try ReportStore.encode([String]())),
                            SQLBind(stamp), SQLBind(1), SQLBind(stamp), SQLBind(stamp), SQLBind(ReportSource.received.rawValue),
                            SQLBind(id.uuidString))
                    .run()
                try await ReportStore.log(reportID, provinceCode: received.provinceCode, "filed-from-received", actor: actor,
                                          comment: received.fileName, now: now, sql)
            }
            try await sql.update("received_reports").set("status", to: ReceivedReportStatus.filed.rawValue)
                .set("commune_code", to: unit.code).set("report_id", to: reportID.uuidString).set("confirmed", to: filing.confirmedJSON)
                .set("updated_at", to: stamp).where("province_code", .equal, received.provinceCode).where("id", .equal, id.uuidString).run()
            try await AccessLogStore.append(.update, actor: actor, subject: "received-report:\(id.uuidString)", unitCode: unit.code,
                                            detail: existing == nil ? "filed" : "filed-replacing", now: now, sql)
            return reportID
        }
    }
}
