import Foundation
import HocVuSoCore
import SQLKit

/// The review queue: rows that matched no resident or several, until an officer links them to a resident (or a
/// new resident made from the row) or sets them aside.
extension LearningStore {
    public struct ReviewItem: Sendable, Equatable {
        public var id: UUID
        public var unitCode: String
        public var reason: String
        public var fullName: String
        public var birth: String?
        public var cccd: String?
        public var phone: String?
        public var courseID: UUID
        public var progress: LearningProgress
        public var candidates: [UUID]
        public var state: String
        public var rowNumber: Int
    }

    public func openReviews(unitCode: String, provinceCode: String, page: Int, per: Int) async throws -> (total: Int, items: [ReviewItem]) {
        try await database.read { sql in
            let total = try await sql.raw("""
                SELECT COUNT(*) AS n FROM learning_reviews WHERE unit_code = \(bind: unitCode) AND state = 'open'
                """).first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.reviewColumns) FROM learning_reviews
                WHERE unit_code = \(bind: unitCode) AND state = 'open' ORDER BY row_number, id
                LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String(max(0, page - 1) * per))
                """).all()
            return (total, try rows.map(Self.reviewItem))
        }
    }

    public func review(_ id: UUID, provinceCode: String) async throws -> ReviewItem {
        try await database.read { try await Self.review(id, provinceCode: provinceCode, $0) }
    }

    static let reviewColumns = "id, unit_code, reason, full_name, birth, cccd, phone, course_id, status, enrolled_on, completed_on, score, candidates, state, row_number"

    static func review(_ id: UUID, provinceCode: String, _ sql: any SQLDatabase) async throws -> ReviewItem {
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: reviewColumns) FROM learning_reviews
            WHERE province_code = \(bind: provinceCode) AND id = \(bind: id.uuidString)
            """).first() else {
            throw DomainError(.notFound, code: "learning.review-not-found", message: Strings.learningReviewNotFound)
        }
        return try reviewItem(row)
    }

    static func reviewItem(_ row: any SQLRow) throws -> ReviewItem {
        ReviewItem(id: try row.uuid("id"), unitCode: try row.text("unit_code"), reason: try row.text("reason"),
                   fullName: try row.text("full_name"), birth: try row.optionalText("birth"), cccd: try row.optionalText("cccd"),
                   phone: try row.optionalText("phone"), courseID: try row.uuid("course_id"), progress: try progress(row),
                   candidates: try row.text("candidates").split(separator: ",").compactMap { UUID(uuidString: String($0)) },
                   state: try row.text("state"), rowNumber: try row.integer("row_number"))
    }

    /// Links a waiting row to a resident of its area: the row's progress becomes the resident's learning record,
    /// and later imports of the same person and course go to that resident.
    public func link(_ id: UUID, to residentID: UUID, scope: Scope, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let item = try await Self.review(id, provinceCode: scope.provinceCode, sql)
            guard item.state == "open" else {
                throw DomainError(.conflict, code: "learning.review-resolved", message: Strings.learningReviewResolved)
            }
            guard item.unitCode == scope.unitCode else {
                throw DomainError(.forbidden, code: "learning.review-scope", message: Strings.learningReviewNotCandidate)
            }
            let area: SQLQueryString = scope.communeCode.map { code -> SQLQueryString in "AND commune_code = \(bind: code)" }
                ?? SQLQueryString("")
            guard let row = try await sql.raw("""
                SELECT id, birth_date, village_code, commune_code FROM residents
                WHERE province_code = \(bind: scope.provinceCode) \(area) AND id = \(bind: residentID.uuidString)
                """).first() else {
                throw DomainError(.invalid, code: "learning.review-resident", message: Strings.learningReviewNotCandidate)
            }
            let learner = try Self.learner(row)
            let applied = try await Self.apply([LearnerCourse(resident: residentID, course: item.courseID): item.progress],
                                               learners: [residentID: learner], provinceCode: scope.provinceCode,
                                               basicCourses: [item.courseID], importID: nil, now: now, sql)
            try await SkillEvidenceRefresh.refresh(applied.completedBy, provinceCode: scope.provinceCode, sql)
            try await Self.resolve(id, state: "linked", resident: residentID, scope: scope, actor: actor, now: now, sql)
        }
    }

    /// Sets a waiting row aside (not a resident of the area, a test account …).
    public func dismiss(_ id: UUID, scope: Scope, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let item = try await Self.review(id, provinceCode: scope.provinceCode, sql)
            guard item.state == "open" else {
                throw DomainError(.conflict, code: "learning.review-resolved", message: Strings.learningReviewResolved)
            }
            guard item.unitCode == scope.unitCode else {
                throw DomainError(.forbidden, code: "learning.review-scope", message: Strings.learningReviewNotCandidate)
            }
            try await Self.resolve(id, state: "dismissed", resident: nil, scope: scope, actor: actor, now: now, sql)
        }
    }

    static func resolve(_ id: UUID, state: String, resident: UUID?, scope: Scope, actor: AccessActor, now: Date,
                        _ sql: any SQLDatabase) async throws {
        try await sql.update("learning_reviews").set("state", to: state).set("resident_id", to: resident?.uuidString)
            .set("resolved_at", to: Timestamp.string(now)).set("resolved_by", to: actor.username)
            .where("province_code", .equal, scope.provinceCode).where("id", .equal, id.uuidString).run()
        try await AccessLogStore.append(.update, actor: actor, subject: resident?.uuidString ?? id.uuidString,
                                        unitCode: scope.unitCode, detail: "learning-review \(state)", now: now, sql)
    }
}
