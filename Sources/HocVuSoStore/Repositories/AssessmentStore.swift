import Foundation
import HocVuSoCore
import SQLKit

/// Assessment links, attempts (answers saved one by one, so a lost connection loses nothing) and their results.
public struct AssessmentStore: Sendable {
    let database: Database
    let clock: any WallClock
    let frameworks: FrameworkStore

    public init(_ database: Database, clock: any WallClock = SystemWallClock(), frameworks: FrameworkStore) {
        self.database = database
        self.clock = clock
        self.frameworks = frameworks
    }

    // MARK: Links

    public func createLink(communeCode: String, provinceCode: String, villageCode: String?, group: TargetGroup,
                           singleUse: Bool, expiresOn: CivilDate, by username: String) async throws -> AssessmentLink {
        let now = clock.now()
        try AssessmentLink.checkExpiry(expiresOn, today: CivilDate(now))
        let framework = try await frameworks.current()
        var generator = SystemRandomNumberGenerator()
        let link = AssessmentLink(token: AssessmentLink.newToken(using: &generator), communeCode: communeCode,
                                  villageCode: villageCode, targetGroup: group, frameworkID: framework.id, singleUse: singleUse,
                                  expiresOn: expiresOn, createdBy: username, createdAt: now)
        try await database.write { sql in
            try await sql.insert(into: "assessment_links")
                .columns("token", "province_code", "commune_code", "village_code", "target_group", "framework_id", "single_use",
                         "expires_on", "created_by", "created_at", "revoked")
                .values(SQLBind(link.token), SQLBind(provinceCode), SQLBind(communeCode), SQLBind(villageCode),
                        SQLBind(group.rawValue), SQLBind(framework.id.uuidString), SQLBind(singleUse ? 1 : 0),
                        SQLBind(expiresOn.iso), SQLBind(username), SQLBind(Timestamp.string(now)), SQLBind(0)).run()
        }
        return link
    }

    public func link(_ token: String) async throws -> AssessmentLink {
        try await database.read { try await Self.link(token, $0) }
    }

    public func links(communeCode: String) async throws -> [AssessmentLink] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.linkColumns) FROM assessment_links l WHERE commune_code = \(bind: communeCode)
                ORDER BY created_at DESC LIMIT 200
                """).all().map(Self.link)
        }
    }

    public func revokeLink(_ token: String, communeCode: String) async throws {
        try await database.write { sql in
            let link = try await Self.link(token, sql)
            guard link.communeCode == communeCode else {
                throw DomainError(.notFound, code: "assessment.link-not-found", message: Strings.assessmentLinkNotFound)
            }
            try await sql.update("assessment_links").set("revoked", to: 1).where("token", .equal, token).run()
        }
    }

    static let linkColumns = """
        token, commune_code, village_code, target_group, framework_id, single_use, expires_on, created_by, created_at, revoked, used_at,
        (SELECT COUNT(*) FROM assessment_attempts a WHERE a.link_token = l.token) AS attempts
        """

    static func link(_ token: String, _ sql: any SQLDatabase) async throws -> AssessmentLink {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: linkColumns) FROM assessment_links l WHERE token = \(bind: token)").first() else {
            throw DomainError(.notFound, code: "assessment.link-not-found", message: Strings.assessmentLinkNotFound)
        }
        return try link(row)
    }

    static func link(_ row: any SQLRow) throws -> AssessmentLink {
        AssessmentLink(token: try row.text("token"), communeCode: try row.text("commune_code"),
                       villageCode: try row.optionalText("village_code"),
                       targetGroup: try row.enumValue("target_group", as: TargetGroup.self),
                       frameworkID: try row.uuid("framework_id"), singleUse: try row.integer("single_use") != 0,
                       expiresOn: try row.civilDate("expires_on"), createdBy: try row.text("created_by"),
                       createdAt: Timestamp.date(try row.text("created_at")) ?? Date(timeIntervalSince1970: 0),
                       revoked: try row.integer("revoked") != 0,
                       usedAt: try row.optionalText("used_at").flatMap(Timestamp.date), attempts: try row.integer("attempts"))
    }

    // MARK: Attempts

    /// Starts an attempt through a link: the link must be usable today, and a single-use link is used up by it.
    public func start(link token: String, taker: AssessmentTaker, provinceCode: String) async throws -> AssessmentAttempt {
        let now = clock.now()
        let framework = try await frameworks.current()
        return try await database.write { sql in
            let link = try await Self.link(token, sql)
            if let refusal = link.refusal(today: CivilDate(now)) { throw refusal }
            if link.singleUse {
                // Only the first of two simultaneous starts gets the link.
                let claimed = try await sql.raw("""
                    UPDATE assessment_links SET used_at = \(bind: Timestamp.string(now))
                    WHERE token = \(bind: token) AND used_at IS NULL RETURNING token
                    """).first()
                guard claimed != nil else {
                    throw DomainError(.gone, code: "assessment.link-used", message: Strings.assessmentLinkUsed)
                }
            }
            let resident = try await Self.matchTaker(taker, communeCode: link.communeCode, provinceCode: provinceCode, sql)
            let attempt = AssessmentAttempt(
                id: UUID(), linkToken: token, communeCode: link.communeCode,
                villageCode: resident?.village ?? taker.villageCode ?? link.villageCode, residentID: resident?.id,
                fullName: taker.fullName, birthDate: taker.birthDate, targetGroup: link.targetGroup, frameworkID: framework.id,
                mode: .selfService, assistedBy: nil, startedAt: now)
            try await Self.insert(attempt, provinceCode: provinceCode, sql)
            return attempt
        }
    }

    /// Starts an attempt taken with a team member: the member's account is recorded; a resident chosen from the
    /// registry gives the name, birth date and group.
    public func startAssisted(communeCode: String, provinceCode: String, taker: AssessmentTaker, residentID: UUID?,
                              group: TargetGroup, by username: String) async throws -> AssessmentAttempt {
        let now = clock.now()
        let framework = try await frameworks.current()
        return try await database.write { sql in
            var taker = taker
            var group = group
            var found: (id: UUID, village: String)?
            if let residentID {
                guard let row = try await sql.raw("""
                    SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents
                    WHERE province_code = \(bind: provinceCode) AND commune_code = \(bind: communeCode) AND id = \(bind: residentID.uuidString)
                    """).first() else {
                    throw DomainError(.invalid, code: "assessment.resident", message: Strings.residentNotFound)
                }
                let resident = try ResidentRow.decode(row)
                taker = AssessmentTaker(fullName: resident.fullName, birthDate: resident.birthDate, cccd: resident.cccd,
                                        villageCode: resident.villageCode)
                group = resident.targetGroup
                found = (resident.id, resident.villageCode)
            } else {
                found = try await Self.matchTaker(taker, communeCode: communeCode, provinceCode: provinceCode, sql)
            }
            let attempt = AssessmentAttempt(
                id: UUID(), linkToken: nil, communeCode: communeCode, villageCode: found?.village ?? taker.villageCode,
                residentID: found?.id, fullName: taker.fullName, birthDate: taker.birthDate, targetGroup: group,
                frameworkID: framework.id, mode: .assisted, assistedBy: username, startedAt: now)
            try await Self.insert(attempt, provinceCode: provinceCode, sql)
            return attempt
        }
    }

    /// The resident a taker is: by ID number in the commune, else by folded name and birth date when only one fits.
    static func matchTaker(_ taker: AssessmentTaker, communeCode: String, provinceCode: String,
                           _ sql: any SQLDatabase) async throws -> (id: UUID, village: String)? {
        if let cccd = taker.cccd, let row = try await sql.raw("""
            SELECT id, village_code FROM residents WHERE province_code = \(bind: provinceCode)
            AND commune_code = \(bind: communeCode) AND cccd = \(bind: cccd)
            """).first() {
            return (try row.uuid("id"), try row.text("village_code"))
        }
        guard let birth = taker.birthDate else { return nil }
        let rows = try await sql.raw("""
            SELECT id, village_code FROM residents WHERE province_code = \(bind: provinceCode)
            AND name_fold = \(bind: VietnameseText.fold(taker.fullName)) AND birth_date = \(bind: birth.iso)
            AND commune_code = \(bind: communeCode)
            """).all()
        guard rows.count == 1 else { return nil }
        return (try rows[0].uuid("id"), try rows[0].text("village_code"))
    }

    public func attempt(_ id: UUID) async throws -> AssessmentAttempt {
        try await database.read { try await Self.attempt(id, $0).attempt }
    }

    /// Records one answer. Refused (and nothing changes) for a submitted or stale attempt, an item that is not in
    /// the attempt's version, or an answer the item does not offer.
    public func answer(_ id: UUID, itemID: String, response: AssessmentResponse) async throws -> AssessmentAttempt {
        try await answer(id, responses: [itemID: response])
    }

    /// Records several answers at once (answers kept on a phone while offline); all are checked first, and one bad
    /// answer stores none of them.
    public func answer(_ id: UUID, responses: [String: AssessmentResponse]) async throws -> AssessmentAttempt {
        let now = clock.now()
        let stored = try await attempt(id)
        let (version, framework) = try await frameworks.framework(stored.frameworkID)
        guard let group = framework.group(stored.targetGroup) else {
            throw DomainError(.notFound, code: "framework.group", message: Strings.assessmentNoPublishedFramework)
        }
        return try await database.write { sql in
            var (attempt, province) = try await Self.attempt(id, sql)
            for (itemID, response) in responses.sorted(by: { $0.key < $1.key }) {
                try attempt.checkAnswer(itemID: itemID, response, group: group, version: version.version, now: now)
                attempt.answers[itemID] = response
            }
            try await sql.update("assessment_attempts").set("answers", to: try Self.encode(attempt.answers))
                .where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            return attempt
        }
    }

    /// What a submission gives: the scored attempt and the certificate on a pass. Submitting twice changes nothing
    /// and says so.
    public struct Submission: Sendable {
        public var attempt: AssessmentAttempt
        public var score: AssessmentScore
        public var certificate: Certificate?
        public var alreadySubmitted: Bool
    }

    public func submit(_ id: UUID) async throws -> Submission {
        let now = clock.now()
        let stored = try await attempt(id)
        let (version, framework) = try await frameworks.framework(stored.frameworkID)
        guard let group = framework.group(stored.targetGroup) else {
            throw DomainError(.notFound, code: "framework.group", message: Strings.assessmentNoPublishedFramework)
        }
        return try await database.write { sql in
            var (attempt, province) = try await Self.attempt(id, sql)
            let score = try AssessmentScore.score(attempt.answers, group: group, framework: framework)
            if attempt.isSubmitted {
                let certificate = try await attempt.certificateCode.asyncMap { try await CertificateStore.certificate($0, sql) }
                return Submission(attempt: attempt, score: score, certificate: certificate, alreadySubmitted: true)
            }
            try attempt.checkOpen(now: now)
            let today = CivilDate(now)
            attempt.submittedAt = now
            attempt.correct = score.correct
            attempt.total = score.total
            attempt.passed = score.passed
            attempt.domainScores = Dictionary(uniqueKeysWithValues: score.domains.map { ($0.domain, [$0.correct, $0.total]) })
            var certificate: Certificate?
            if score.passed {
                certificate = try await CertificateStore.issue(for: attempt, framework: framework, version: version,
                                                               percent: Int((score.share * 100).rounded()), today: today,
                                                               provinceCode: province, sql)
                attempt.certificateCode = certificate?.code
            }
            try await sql.update("assessment_attempts")
                .set("submitted_at", to: Timestamp.string(now)).set("submitted_on", to: today.iso)
                .set("correct", to: score.correct).set("total", to: score.total).set("passed", to: score.passed ? 1 : 0)
                .set("domain_scores", to: try Self.encode(attempt.domainScores))
                .set("certificate_code", to: attempt.certificateCode)
                .where("province_code", .equal, province).where("id", .equal, id.uuidString).run()
            var deltas: [RollupDelta: Int] = [:]
            let period = String(today.iso.prefix(7))
            for unit in [attempt.villageCode, attempt.communeCode, province].compactMap({ $0 }) {
                deltas[RollupDelta(provinceCode: province, unitCode: unit, metric: RollupStore.Metric.assessmentsTaken, period: period), default: 0] += 1
                if score.passed {
                    deltas[RollupDelta(provinceCode: province, unitCode: unit, metric: RollupStore.Metric.assessmentsPassed, period: period), default: 0] += 1
                }
            }
            try await RollupStore.apply(deltas, sql)
            if let resident = attempt.residentID, certificate != nil {
                try await SkillEvidenceRefresh.refresh([resident], provinceCode: province, sql)
            }
            return Submission(attempt: attempt, score: score, certificate: certificate, alreadySubmitted: false)
        }
    }

    /// Recent attempts of a commune (or of one village of it), newest first.
    public func attempts(communeCode: String, villageCode: String? = nil, page: Int,
                         per: Int) async throws -> (total: Int, items: [AssessmentAttempt]) {
        let village: SQLQueryString = villageCode.map { code -> SQLQueryString in "AND village_code = \(bind: code)" }
            ?? SQLQueryString("")
        return try await database.read { sql in
            let total = try await sql.raw("""
                SELECT COUNT(*) AS n FROM assessment_attempts WHERE commune_code = \(bind: communeCode) \(village)
                """).first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.attemptColumns) FROM assessment_attempts WHERE commune_code = \(bind: communeCode) \(village)
                ORDER BY started_at DESC LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String(max(0, page - 1) * per))
                """).all()
            return (total, try rows.map { try Self.attempt($0) })
        }
    }

    static let attemptColumns = """
        province_code, id, link_token, commune_code, village_code, resident_id, full_name, birth_date, target_group, framework_id,
        mode, assisted_by, answers, started_at, submitted_at, correct, total, passed, domain_scores, certificate_code
        """

    static func attempt(_ id: UUID, _ sql: any SQLDatabase) async throws -> (attempt: AssessmentAttempt, province: String) {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: attemptColumns) FROM assessment_attempts WHERE id = \(bind: id.uuidString)").first() else {
            throw DomainError(.notFound, code: "assessment.attempt-not-found", message: Strings.assessmentAttemptNotFound)
        }
        return (try attempt(row), try row.text("province_code"))
    }

    static func attempt(_ row: any SQLRow) throws -> AssessmentAttempt {
        let decoder = JSONDecoder()
        let answers = try decoder.decode([String: AssessmentResponse].self, from: Data(try row.text("answers").utf8))
        let domains = try row.optionalText("domain_scores").map { try decoder.decode([String: [Int]].self, from: Data($0.utf8)) } ?? [:]
        return AssessmentAttempt(
            id: try row.uuid("id"), linkToken: try row.optionalText("link_token"), communeCode: try row.text("commune_code"),
            villageCode: try row.optionalText("village_code"), residentID: try row.optionalUUID("resident_id"),
            fullName: try row.text("full_name"), birthDate: try row.optionalCivilDate("birth_date"),
            targetGroup: try row.enumValue("target_group", as: TargetGroup.self), frameworkID: try row.uuid("framework_id"),
            mode: try row.enumValue("mode", as: AssessmentMode.self), assistedBy: try row.optionalText("assisted_by"),
            answers: answers, startedAt: Timestamp.date(try row.text("started_at")) ?? Date(timeIntervalSince1970: 0),
            submittedAt: try row.optionalText("submitted_at").flatMap(Timestamp.date), correct: try row.optionalInteger("correct"),
            total: try row.optionalInteger("total"), passed: try row.optionalInteger("passed").map { $0 != 0 },
            domainScores: domains, certificateCode: try row.optionalText("certificate_code"))
    }

    static func insert(_ a: AssessmentAttempt, provinceCode: String, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "assessment_attempts")
            .columns("province_code", "id", "link_token", "commune_code", "village_code", "resident_id", "full_name", "birth_date",
                     "target_group", "framework_id", "mode", "assisted_by", "answers", "started_at")
            .values(SQLBind(provinceCode), SQLBind(a.id.uuidString), SQLBind(a.linkToken), SQLBind(a.communeCode),
                    SQLBind(a.villageCode), SQLBind(a.residentID?.uuidString), SQLBind(a.fullName), SQLBind(a.birthDate?.iso),
                    SQLBind(a.targetGroup.rawValue), SQLBind(a.frameworkID.uuidString), SQLBind(a.mode.rawValue),
                    SQLBind(a.assistedBy), SQLBind("{}"), SQLBind(Timestamp.string(a.startedAt))).run()
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): return try await transform(value)
        case .none: return nil
        }
    }
}
