import Foundation
import HocVuSoCore
import SQLKit

/// Learning records imported from the platforms' spreadsheets, the saved column mappings, the import history and
/// the review queue of rows that matched no resident, or several.
public struct LearningStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// Where an import looks for its learners: a province, or one commune of it.
    public struct Scope: Sendable, Equatable {
        public var unitCode: String
        public var provinceCode: String
        public var communeCode: String?

        public init(unitCode: String, provinceCode: String, communeCode: String?) {
            self.unitCode = unitCode
            self.provinceCode = provinceCode
            self.communeCode = communeCode
        }
    }

    // MARK: Saved mappings

    public func mapping(platform: String) async throws -> LearningMapping? {
        try await database.read { sql in
            guard let text = try await sql.raw("SELECT mapping FROM learning_mappings WHERE platform = \(bind: platform)")
                .first()?.text("mapping") else { return nil }
            return try? JSONDecoder().decode(LearningMapping.self, from: Data(text.utf8))
        }
    }

    public func saveMapping(_ mapping: LearningMapping, platform: String, by username: String) async throws {
        let text = String(decoding: try JSONEncoder().encode(mapping), as: UTF8.self)
        let now = Timestamp.string(clock.now())
        try await database.write { sql in
            try await sql.insert(into: "learning_mappings").columns("platform", "mapping", "updated_at", "updated_by")
                .values(SQLBind(platform), SQLBind(text), SQLBind(now), SQLBind(username))
                .onConflict(with: ["platform"]) {
                    $0.set(excludedValueOf: "mapping").set(excludedValueOf: "updated_at").set(excludedValueOf: "updated_by")
                }.run()
        }
    }

    /// Platforms with a saved mapping, for the upload form.
    public func platforms() async throws -> [String] {
        try await database.read { sql in
            let saved = try await sql.raw("SELECT platform FROM learning_mappings").all().map { try $0.text("platform") }
            let catalogue = try await sql.raw("SELECT DISTINCT platform FROM courses").all().map { try $0.text("platform") }
            return Array(Set(saved + catalogue)).sorted()
        }
    }

    // MARK: What the pages show

    public struct ImportEntry: Sendable, Equatable {
        public var id: UUID
        public var platform: String
        public var filename: String
        public var rows: Int
        public var created: Int
        public var updated: Int
        public var unchanged: Int
        public var queued: Int
        public var actor: String
        public var at: Date
    }

    public func imports(unitCode: String, limit: Int = 20) async throws -> [ImportEntry] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT id, platform, filename, rows_read, created, updated, unchanged, queued, actor, at FROM learning_imports
                WHERE unit_code = \(bind: unitCode) ORDER BY at DESC LIMIT \(unsafeRaw: String(limit))
                """).all().map { row in
                ImportEntry(id: try row.uuid("id"), platform: try row.text("platform"), filename: try row.text("filename"),
                            rows: try row.integer("rows_read"), created: try row.integer("created"),
                            updated: try row.integer("updated"), unchanged: try row.integer("unchanged"),
                            queued: try row.integer("queued"), actor: try row.text("actor"),
                            at: Timestamp.date(try row.text("at")) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// Learners per course in a unit's area (commune or province): enrolled and completed.
    public struct CourseCount: Sendable, Equatable {
        public var courseID: UUID
        public var enrolled: Int
        public var completed: Int
    }

    public func courseCounts(unit: AdminUnit) async throws -> [CourseCount] {
        let column = unit.level == .province ? "province_code" : unit.level == .commune ? "commune_code" : "village_code"
        return try await database.read { sql in
            try await sql.raw("""
                SELECT course_id, COUNT(*) AS enrolled, CAST(SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS BIGINT) AS completed
                FROM learning_records WHERE \(ident: column) = \(bind: unit.code) GROUP BY course_id
                """).all().map { row in
                CourseCount(courseID: try row.uuid("course_id"), enrolled: try row.integer("enrolled"),
                            completed: try row.integer("completed"))
            }
        }
    }

    /// A resident's learning: course id → progress.
    public func progress(resident: UUID, provinceCode: String) async throws -> [(course: UUID, progress: LearningProgress)] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT course_id, status, enrolled_on, completed_on, score FROM learning_records
                WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: resident.uuidString)
                ORDER BY enrolled_on
                """).all().map { row in
                (try row.uuid("course_id"), try Self.progress(row))
            }
        }
    }

    static func progress(_ row: any SQLRow) throws -> LearningProgress {
        LearningProgress(status: try row.enumValue("status", as: LearningStatus.self), enrolledOn: try row.civilDate("enrolled_on"),
                         completedOn: try row.optionalCivilDate("completed_on"),
                         score: try row.decode(column: "score", as: Double?.self))
    }
}
