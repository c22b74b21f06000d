import Foundation
import HocVuSoCore
import SQLKit

/// The course catalogue: every platform's courses, which target groups each counts as basic for, and which
/// framework domains it teaches.
public struct CourseStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    static let columns = "id, platform, course_key, title, basic_for, domains, needs_review"

    public func all() async throws -> [Course] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM courses ORDER BY platform, title").all().map(Self.decode)
        }
    }

    public func course(_ id: UUID) async throws -> Course {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM courses WHERE id = \(bind: id.uuidString)").first() else {
                throw DomainError(.notFound, code: "course.not-found", message: Strings.courseNotFound)
            }
            return try Self.decode(row)
        }
    }

    /// Adds a course, or replaces an officer's classification of one. A change of the groups it counts for moves the
    /// skills status of everyone who completed it.
    public func save(_ course: Course) async throws {
        try course.validate()
        let now = clock.now()
        try await database.write { sql in
            let clash = try await sql.raw("""
                SELECT id FROM courses WHERE platform = \(bind: course.platform) AND course_key = \(bind: course.key)
                AND id <> \(bind: course.id.uuidString)
                """).first()
            guard clash == nil else {
                throw DomainError(.conflict, code: "course.duplicate", message: Strings.courseDuplicate)
            }
            let exists = try await sql.raw("SELECT id FROM courses WHERE id = \(bind: course.id.uuidString)").first() != nil
            if exists {
                try await sql.update("courses").set("platform", to: course.platform).set("course_key", to: course.key)
                    .set("title", to: course.title).set("basic_for", to: Self.list(course.basicFor.map(\.rawValue)))
                    .set("domains", to: Self.list(course.domains)).set("needs_review", to: course.needsReview ? 1 : 0)
                    .where("id", .equal, course.id.uuidString).run()
            } else {
                try await sql.insert(into: "courses")
                    .columns("id", "platform", "course_key", "title", "basic_for", "domains", "needs_review", "created_at")
                    .values(SQLBind(course.id.uuidString), SQLBind(course.platform), SQLBind(course.key), SQLBind(course.title),
                            SQLBind(Self.list(course.basicFor.map(\.rawValue))), SQLBind(Self.list(course.domains)),
                            SQLBind(course.needsReview ? 1 : 0), SQLBind(Timestamp.string(now))).run()
            }
            try await Self.refreshLearners(of: course.id, sql)
        }
    }

    /// Re-derives the skills evidence of everyone with a completion of the course, province by province.
    static func refreshLearners(of course: UUID, _ sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT province_code, resident_id FROM learning_records
            WHERE course_id = \(bind: course.uuidString) AND status = 'completed'
            """).all()
        var byProvince: [String: Set<UUID>] = [:]
        for row in rows { byProvince[try row.text("province_code"), default: []].insert(try row.uuid("resident_id")) }
        for (province, ids) in byProvince {
            try await SkillEvidenceRefresh.refresh(ids, provinceCode: province, sql)
        }
    }

    /// The courses named in an import, by key, adding those the catalogue does not know (marked for review).
    static func ensure(platform: String, titles: [String: String], now: Date,
                       _ sql: any SQLDatabase) async throws -> (courses: [String: Course], added: [String]) {
        var known: [String: Course] = [:]
        for chunk in Array(titles.keys).chunked(400) {
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: columns) FROM courses WHERE platform = \(bind: platform)
                AND course_key IN (\(SQLList(chunk.map { SQLBind($0) })))
                """).all()
            for course in try rows.map(decode) { known[course.key] = course }
        }
        var added: [String] = []
        for (key, title) in titles.sorted(by: { $0.key < $1.key }) where known[key] == nil {
            let course = Course(id: UUID(), platform: platform, key: key, title: title.isEmpty ? key : title, needsReview: true)
            try await sql.insert(into: "courses")
                .columns("id", "platform", "course_key", "title", "basic_for", "domains", "needs_review", "created_at")
                .values(SQLBind(course.id.uuidString), SQLBind(platform), SQLBind(key), SQLBind(course.title),
                        SQLBind(","), SQLBind(","), SQLBind(1), SQLBind(Timestamp.string(now))).run()
            known[key] = course
            added.append(course.title)
        }
        return (known, added)
    }

    /// The courses for the group that teach any of these domains, its basic ones first: what to learn next.
    public func courses(teaching domains: [String], for group: TargetGroup) async throws -> [Course] {
        guard !domains.isEmpty else { return [] }
        let all = try await all()
        // Courses that are basic only for other groups are not for this learner.
        return all.filter { !$0.domains.isDisjoint(with: domains) && ($0.basicFor.isEmpty || $0.basicFor.contains(group)) }
            .sorted { ($0.basicFor.contains(group) ? 0 : 1, $0.title) < ($1.basicFor.contains(group) ? 0 : 1, $1.title) }
    }

    /// The courses a fresh installation knows: the national platform's basic course for each target group.
    public func seedDefaults() async throws {
        let now = clock.now()
        try await database.write { sql in
            let count = try await sql.raw("SELECT COUNT(*) AS n FROM courses").first()?.integer("n") ?? 0
            guard count == 0 else { return }
            for course in DefaultCourses.all {
                try await sql.insert(into: "courses")
                    .columns("id", "platform", "course_key", "title", "basic_for", "domains", "needs_review", "created_at")
                    .values(SQLBind(course.id.uuidString), SQLBind(course.platform), SQLBind(course.key), SQLBind(course.title),
                            SQLBind(Self.list(course.basicFor.map(\.rawValue))), SQLBind(Self.list(course.domains)),
                            SQLBind(0), SQLBind(Timestamp.string(now))).run()
            }
        }
    }

    /// A set as ",a,b," so that `LIKE '%,a,%'` finds a member.
    static func list<S: Sequence>(_ values: S) -> String where S.Element == String {
        "," + values.sorted().map { $0 + "," }.joined()
    }

    static func members(_ text: String) -> [String] {
        text.split(separator: ",").map(String.init)
    }

    static func decode(_ row: any SQLRow) throws -> Course {
        Course(id: try row.uuid("id"), platform: try row.text("platform"), key: try row.text("course_key"),
               title: try row.text("title"),
               basicFor: Set(members(try row.text("basic_for")).compactMap(TargetGroup.init(rawValue:))),
               domains: Set(members(try row.text("domains"))), needsReview: try row.integer("needs_review") != 0)
    }
}
