import Foundation
import HocVuSoCore
import SQLKit

/// The document register of a unit: documents issued (numbered per type, restarting each calendar year) and received,
/// with an optional attached copy.
public struct DocumentStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// An attached copy as stored.
    public struct File: Sendable, Equatable {
        public var name: String
        public var contentType: String
        public var data: Data
    }

    /// Registers a document (and its copy) in its unit's register. A number already in the register is refused (409).
    public func register(_ document: OfficialDocument, file: (name: String, contentType: String, data: Data)?,
                         actor: AccessActor) async throws -> OfficialDocument {
        var document = document
        if let file {
            _ = try DocumentAttachment.contentType(filename: file.name, data: file.data)
            document.attachmentName = DocumentAttachment.cleanName(file.name)
        } else {
            document.attachmentName = nil
        }
        try document.validate(today: CivilDate(clock.now()))
        let now = clock.now()
        let stored = document
        do {
            try await database.write { sql in
                let province = try await Self.provinceCode(of: stored.unitCode, sql)
                try await Self.insert(stored, provinceCode: province, file: file.map { ($0.contentType, $0.data) },
                                      by: actor.username, now: now, sql)
            }
        } catch let error as DomainError {
            throw error
        } catch {
            // Two registrations of the same number racing: the unique index refuses the second one.
            if let province = try? await database.read({ try await Self.provinceCode(of: stored.unitCode, $0) }),
               let clash = try? await database.read({ try await Self.duplicate(of: stored, provinceCode: province, $0) }) {
                throw clash
            }
            throw error
        }
        return stored
    }

    /// The next free number for an issued document of `type` in `year` (the largest so far plus one).
    public func nextNumber(unitCode: String, type: DocumentType, year: Int) async throws -> Int {
        try await database.read { try await Self.nextNumber(unitCode: unitCode, type: type, year: year, $0) }
    }

    /// The next free number of every type in `year`.
    public func nextNumbers(unitCode: String, year: Int) async throws -> [DocumentType: Int] {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT doc_type, MAX(number) AS top FROM documents
                WHERE unit_code = \(bind: unitCode) AND direction = 'issued' AND year = \(bind: year) GROUP BY doc_type
                """).all()
            var next = Dictionary(uniqueKeysWithValues: DocumentType.allCases.map { ($0, 1) })
            for row in rows {
                guard let type = DocumentType(rawValue: try row.text("doc_type")) else { continue }
                next[type] = (try row.optionalInteger("top") ?? 0) + 1
            }
            return next
        }
    }

    /// Registers an issued document with the next free number of its type and year, inside the caller's transaction
    /// (a report numbered when it is approved). On PostgreSQL concurrent callers for one unit and year wait for
    /// each other; SQLite has a single writer.
    public static func registerIssued(unitCode: String, provinceCode: String, type: DocumentType, on date: CivilDate,
                                      summary: String, signer: String?, symbol: String, by username: String,
                                      at now: Date = Date(), _ sql: any SQLDatabase) async throws -> OfficialDocument {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: "documents:\(unitCode):\(date.year)")))").run()
        }
        let number = try await nextNumber(unitCode: unitCode, type: type, year: date.year, sql)
        let document = OfficialDocument(unitCode: unitCode, direction: .issued, type: type, number: number,
                                        symbol: OfficialDocument.normalizeSymbol(symbol) ?? symbol, issuedOn: date,
                                        summary: summary, signer: signer)
        try document.validate(today: nil)
        try await insert(document, provinceCode: provinceCode, file: nil, by: username, now: now, sql)
        return document
    }

    /// A document by id, wherever it is registered.
    public func document(_ id: UUID) async throws -> OfficialDocument? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: DocumentRow.columns) FROM documents WHERE id = \(bind: id.uuidString)")
                .first().map(DocumentRow.decode)
        }
    }

    /// The attached copy of a document, if it has one.
    public func file(_ id: UUID) async throws -> File? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT d.attachment_name, f.content_type, f.bytes FROM document_files f
                JOIN documents d ON d.province_code = f.province_code AND d.id = f.document_id
                WHERE f.document_id = \(bind: id.uuidString)
                """).first() else { return nil }
            return File(name: try row.optionalText("attachment_name") ?? "", contentType: try row.text("content_type"),
                        data: try row.decode(column: "bytes", as: Data.self))
        }
    }

    // MARK: - Inside a transaction

    static func nextNumber(unitCode: String, type: DocumentType, year: Int, _ sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("""
            SELECT MAX(number) AS top FROM documents WHERE unit_code = \(bind: unitCode) AND direction = 'issued'
            AND year = \(bind: year) AND doc_type = \(bind: type.rawValue)
            """).first()
        return (try row?.optionalInteger("top") ?? 0) + 1
    }

    static func provinceCode(of unitCode: String, _ sql: any SQLDatabase) async throws -> String {
        guard let row = try await sql.raw("SELECT province_code FROM units WHERE code = \(bind: unitCode)").first() else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(unitCode))
        }
        return try row.text("province_code")
    }

    /// The conflict a document would raise, or nil when its number is free.
    static func duplicate(of document: OfficialDocument, provinceCode: String, _ sql: any SQLDatabase) async throws -> DomainError? {
        let issuer = document.issuer ?? ""
        var query: SQLQueryString = """
            SELECT id FROM documents WHERE province_code = \(bind: provinceCode) AND unit_code = \(bind: document.unitCode)
            AND direction = \(bind: document.direction.rawValue) AND year = \(bind: document.year)
            AND number_text = \(bind: document.numberText)
            """
        if document.direction == .received { query = query + " AND issuer = \(bind: issuer)" }
        let clash = try await sql.raw(query).first()
        guard clash != nil else { return nil }
        let message = document.direction == .issued
            ? Strings.officialDocDuplicateIssued(document.numberText, year: document.year)
            : Strings.officialDocDuplicateReceived(document.numberText, issuer: issuer, year: document.year)
        return DomainError(.conflict, code: "document.duplicate", message: message)
    }

    static func insert(_ d: OfficialDocument, provinceCode: String, file: (contentType: String, data: Data)?,
                       by username: String, now: Date, _ sql: any SQLDatabase) async throws {
        if let clash = try await duplicate(of: d, provinceCode: provinceCode, sql) { throw clash }
        try await sql.insert(into: "documents")
            .columns("province_code", "id", "unit_code", "direction", "doc_type", "number", "symbol", "number_text", "year",
                     "issued_on", "summary", "signer", "issuer", "attachment_name", "created_at", "created_by")
            .values(SQLBind(provinceCode), SQLBind(d.id.uuidString), SQLBind(d.unitCode), SQLBind(d.direction.rawValue),
                    SQLBind(d.type.rawValue), SQLBind(d.number), SQLBind(d.symbol), SQLBind(d.numberText), SQLBind(d.year),
                    SQLBind(d.issuedOn.iso), SQLBind(d.summary), SQLBind(d.signer), SQLBind(d.issuer),
                    SQLBind(file == nil ? nil : d.attachmentName), SQLBind(Timestamp.string(now)), SQLBind(username))
            .run()
        if let file {
            try await sql.insert(into: "document_files").columns("province_code", "document_id", "content_type", "bytes")
                .values(SQLBind(provinceCode), SQLBind(d.id.uuidString), SQLBind(file.contentType), SQLBind(file.data)).run()
        }
    }
}
