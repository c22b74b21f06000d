import Foundation
import HocVuSoCore
import SQLKit

/// Certificates issued on a pass: looked up by their verification code, listed per unit, revoked with a reason.
/// The live counter `certificates.issued` counts valid certificates by month of issue.
public struct CertificateStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// Looks a typed code up: a malformed code or a wrong check character is refused before any lookup.
    public func certificate(typed code: String) async throws -> Certificate {
        guard let canonical = CertificateCode.normalize(code) else {
            throw DomainError(.invalid, code: "certificate.code-invalid", message: Strings.certificateCodeInvalid)
        }
        return try await database.read { try await Self.certificate(canonical, $0) }
    }

    public func certificates(unit: AdminUnit, page: Int, per: Int) async throws -> (total: Int, items: [Certificate]) {
        let column = unit.level == .province ? "province_code" : unit.level == .commune ? "commune_code" : "village_code"
        return try await database.read { sql in
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM certificates WHERE \(ident: column) = \(bind: unit.code)")
                .first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM certificates WHERE \(ident: column) = \(bind: unit.code)
                ORDER BY issued_on DESC, code LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String(max(0, page - 1) * per))
                """).all()
            return (total, try rows.map(Self.decode))
        }
    }

    /// The certificates of a resident (valid and revoked).
    public func certificates(resident: UUID, provinceCode: String) async throws -> [Certificate] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM certificates
                WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: resident.uuidString) ORDER BY issued_on
                """).all().map(Self.decode)
        }
    }

    /// Revokes a valid certificate: it stops counting, and the holder's skills status falls back to other evidence
    /// or the commune's record.
    public func revoke(_ code: String, reason: String, actor: AccessActor) async throws -> Certificate {
        let reason = try Certificate.checkRevokeReason(reason)
        guard let canonical = CertificateCode.normalize(code) else {
            throw DomainError(.invalid, code: "certificate.code-invalid", message: Strings.certificateCodeInvalid)
        }
        let now = clock.now()
        return try await database.write { sql in
            var certificate = try await Self.certificate(canonical, sql)
            guard certificate.isValid else {
                throw DomainError(.conflict, code: "certificate.revoked", message: Strings.certificateAlreadyRevoked)
            }
            let province = try await sql.raw("SELECT province_code FROM certificates WHERE code = \(bind: canonical)").first()!.text("province_code")
            certificate.revokedAt = now
            certificate.revokeReason = reason
            certificate.revokedBy = actor.username
            try await sql.update("certificates").set("revoked_at", to: Timestamp.string(now)).set("revoke_reason", to: reason)
                .set("revoked_by", to: actor.username)
                .where("province_code", .equal, province).where("code", .equal, canonical).run()
            try await RollupStore.apply(Self.deltas(certificate, provinceCode: province, sign: -1), sql)
            if let resident = certificate.residentID {
                try await SkillEvidenceRefresh.refresh([resident], provinceCode: province, sql)
            }
            try await AccessLogStore.append(.update, actor: actor, subject: certificate.residentID?.uuidString ?? canonical,
                                            unitCode: certificate.communeCode, detail: "certificate revoke \(canonical)", now: now, sql)
            return certificate
        }
    }

    /// Issues the certificate of a passed attempt, inside the submission's transaction.
    static func issue(for attempt: AssessmentAttempt, framework: SkillsFramework, version: FrameworkStore.Version,
                      percent: Int, today: CivilDate, provinceCode: String, _ sql: any SQLDatabase) async throws -> Certificate {
        var generator = SystemRandomNumberGenerator()
        var code = CertificateCode.make(using: &generator)
        while try await sql.raw("SELECT code FROM certificates WHERE code = \(bind: code)").first() != nil {
            code = CertificateCode.make(using: &generator)
        }
        let certificate = Certificate(
            code: code, attemptID: attempt.id, residentID: attempt.residentID, communeCode: attempt.communeCode,
            villageCode: attempt.villageCode, fullName: attempt.fullName, birthDate: attempt.birthDate,
            targetGroup: attempt.targetGroup, frameworkID: version.id, frameworkTitle: framework.title,
            frameworkVersion: version.version, scorePercent: percent, issuedOn: today)
        try await sql.insert(into: "certificates")
            .columns("province_code", "code", "attempt_id", "resident_id", "commune_code", "village_code", "full_name", "birth_date",
                     "target_group", "framework_id", "framework_title", "framework_version", "score", "issued_on")
            .values(SQLBind(provinceCode), SQLBind(code), SQLBind(attempt.id.uuidString), SQLBind(attempt.residentID?.uuidString),
                    SQLBind(attempt.communeCode), SQLBind(attempt.villageCode), SQLBind(attempt.fullName),
                    SQLBind(attempt.birthDate?.iso), SQLBind(attempt.targetGroup.rawValue), SQLBind(version.id.uuidString),
                    SQLBind(framework.title), SQLBind(version.version), SQLBind(percent), SQLBind(today.iso)).run()
        try await RollupStore.apply(deltas(certificate, provinceCode: provinceCode, sign: 1), sql)
        return certificate
    }

    static func deltas(_ certificate: Certificate, provinceCode: String, sign: Int) -> [RollupDelta: Int] {
        var deltas: [RollupDelta: Int] = [:]
        let period = String(certificate.issuedOn.iso.prefix(7))
        for unit in [certificate.villageCode, certificate.communeCode, provinceCode].compactMap({ $0 }) {
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.certificatesIssued,
                               period: period), default: 0] += sign
        }
        return deltas
    }

    static let columns = """
        code, attempt_id, resident_id, commune_code, village_code, full_name, birth_date, target_group, framework_id,
        framework_title, framework_version, score, issued_on, revoked_at, revoke_reason, revoked_by
        """

    static func certificate(_ code: String, _ sql: any SQLDatabase) async throws -> Certificate {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: columns) FROM certificates WHERE code = \(bind: code)").first() else {
            throw DomainError(.notFound, code: "certificate.not-found", message: Strings.certificateNotFound)
        }
        return try decode(row)
    }

    static func decode(_ row: any SQLRow) throws -> Certificate {
        Certificate(code: try row.text("code"), attemptID: try row.uuid("attempt_id"), residentID: try row.optionalUUID("resident_id"),
                    communeCode: try row.text("commune_code"), villageCode: try row.optionalText("village_code"),
                    fullName: try row.text("full_name"), birthDate: try row.optionalCivilDate("birth_date"),
                    targetGroup: try row.enumValue("target_group", as: TargetGroup.self), frameworkID: try row.uuid("framework_id"),
                    frameworkTitle: try row.text("framework_title"), frameworkVersion: try row.integer("framework_version"),
                    scorePercent: try row.integer("score"), issuedOn: try row.civilDate("issued_on"),
                    revokedAt: try row.optionalText("revoked_at").flatMap(Timestamp.date),
                    revokeReason: try row.optionalText("revoke_reason"), revokedBy: try row.optionalText("revoked_by"))
    }
}
