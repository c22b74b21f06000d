import Foundation
import HocVuSoCore
import SQLKit

/// The skills framework's versions. A published version never changes (attempts refer to it); officers edit a
/// draft made from the current version, then publish it, and new attempts use it from then on.
public struct FrameworkStore: Sendable {
    let database: Database
    let clock: any WallClock
    private let cache: SnapshotBox<[UUID: SkillsFramework]>

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
        cache = SnapshotBox([:])
    }

    public enum Status: String, Sendable {
        case draft, published
    }

    public struct Version: Sendable, Equatable {
        public var id: UUID
        public var key: String
        public var version: Int
        public var title: String
        public var status: Status
        public var createdAt: Date
        public var createdBy: String
        public var publishedAt: Date?
    }

    static let columns = "id, framework_key, version, title, status, created_at, created_by, published_at"

    /// Stores the shipped framework as version 1 when there is none.
    public func seedDefault() async throws {
        let framework = try DefaultFramework.load()
        let now = clock.now()
        try await database.write { sql in
            guard try await sql.raw("SELECT id FROM frameworks LIMIT 1").first() == nil else { return }
            try await Self.insert(framework, id: UUID(), status: .published, by: "hocvuso", now: now, sql)
        }
    }

    public func versions() async throws -> [Version] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM frameworks ORDER BY framework_key, version DESC")
                .all().map(Self.version)
        }
    }

    /// A version and its content.
    public func framework(_ id: UUID) async throws -> (version: Version, framework: SkillsFramework) {
        let (version, content) = try await database.read { sql -> (Version, String) in
            guard let row = try await sql.raw("SELECT \(unsafeRaw: Self.columns), content FROM frameworks WHERE id = \(bind: id.uuidString)").first() else {
                throw DomainError(.notFound, code: "framework.not-found", message: Strings.frameworkNotFound)
            }
            return (try Self.version(row), try row.text("content"))
        }
        if version.status == .published, let cached = cache.value[id] { return (version, cached) }
        let framework = try SkillsFramework.decode(Data(content.utf8))
        if version.status == .published { cache.value[id] = framework }
        return (version, framework)
    }

    /// The version new attempts use: the highest published version.
    public func current() async throws -> Version {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM frameworks WHERE status = 'published'
                ORDER BY published_at DESC, version DESC LIMIT 1
                """).first() else {
                throw DomainError(.notFound, code: "framework.none", message: Strings.assessmentNoPublishedFramework)
            }
            return try Self.version(row)
        }
    }

    /// A new draft version copied from `source`; one draft per framework at a time.
    public func newDraft(from source: UUID, by username: String) async throws -> UUID {
        let (_, framework) = try await framework(source)
        let now = clock.now()
        return try await database.write { sql in
            if try await sql.raw("SELECT id FROM frameworks WHERE framework_key = \(bind: framework.key) AND status = 'draft'").first() != nil {
                throw DomainError(.conflict, code: "framework.draft-exists", message: Strings.frameworkDraftExists)
            }
            let next = try await sql.raw("SELECT MAX(version) AS v FROM frameworks WHERE framework_key = \(bind: framework.key)")
                .first()?.optionalInteger("v") ?? 0
            var draft = framework
            draft.version = next + 1
            let id = UUID()
            try await Self.insert(draft, id: id, status: .draft, by: username, now: now, sql)
            return id
        }
    }

    /// Replaces a draft's content after an officer's edit; the content is checked first.
    public func saveDraft(_ id: UUID, _ framework: SkillsFramework) async throws {
        try framework.validate()
        let content = String(decoding: try JSONEncoder().encode(framework), as: UTF8.self)
        try await database.write { sql in
            try await Self.requireDraft(id, sql)
            try await sql.update("frameworks").set("content", to: content).set("title", to: framework.title)
                .where("id", .equal, id.uuidString).run()
        }
    }

    public func publish(_ id: UUID) async throws {
        let now = clock.now()
        try await database.write { sql in
            try await Self.requireDraft(id, sql)
            try await sql.update("frameworks").set("status", to: Status.published.rawValue)
                .set("published_at", to: Timestamp.string(now)).where("id", .equal, id.uuidString).run()
        }
    }

    static func requireDraft(_ id: UUID, _ sql: any SQLDatabase) async throws {
        guard let status = try await sql.raw("SELECT status FROM frameworks WHERE id = \(bind: id.uuidString)").first()?.text("status") else {
            throw DomainError(.notFound, code: "framework.not-found", message: Strings.frameworkNotFound)
        }
        guard status == Status.draft.rawValue else {
            throw DomainError(.conflict, code: "framework.not-draft", message: Strings.frameworkNotDraft)
        }
    }

    static func insert(_ framework: SkillsFramework, id: UUID, status: Status, by username: String, now: Date,
                       _ sql: any SQLDatabase) async throws {
        let content = String(decoding: try JSONEncoder().encode(framework), as: UTF8.self)
        try await sql.insert(into: "frameworks")
            .columns("id", "framework_key", "version", "title", "status", "content", "created_at", "created_by", "published_at")
            .values(SQLBind(id.uuidString), SQLBind(framework.key), SQLBind(framework.version), SQLBind(framework.title),
                    SQLBind(status.rawValue), SQLBind(content), SQLBind(Timestamp.string(now)), SQLBind(username),
                    SQLBind(status == .published ? Timestamp.string(now) : nil)).run()
    }

    static func version(_ row: any SQLRow) throws -> Version {
        Version(id: try row.uuid("id"), key: try row.text("framework_key"), version: try row.integer("version"),
                title: try row.text("title"), status: try row.enumValue("status", as: Status.self),
                createdAt: Timestamp.date(try row.text("created_at")) ?? Date(timeIntervalSince1970: 0),
                createdBy: try row.text("created_by"),
                publishedAt: try row.optionalText("published_at").flatMap(Timestamp.date))
    }
}
