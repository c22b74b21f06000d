import Foundation
import HocVuSoCore
import SQLKit

/// Households and residents. Every read of one person's detail and every change goes through here and is logged.
public struct ResidentStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    // MARK: Writing in bulk (demo data and imports)

    /// Inserts households and their residents with their counters, in the caller's transaction.
    static func insert(households: [Household], residents: [Resident], directory: UnitDirectory, now: Date,
                       _ sql: any SQLDatabase) async throws {
        try await write(households: households, residents: residents, directory: directory, now: now, sql) {
            (table: String, columns: [String], rows: [[BulkValue]]) in
            for chunk in rows.chunked(400) {
                let insert = sql.insert(into: table).columns(columns)
                for row in chunk { insert.values(row.map(\.bind)) }
                try await insert.run()
            }
        }
    }

    /// The same through a bulk session (imports): one prepared statement per chunk, or COPY.
    static func insert(households: [Household], residents: [Resident], directory: UnitDirectory, now: Date,
                       _ bulk: BulkSession) async throws {
        try await write(households: households, residents: residents, directory: directory, now: now, bulk.sql) {
            (table: String, columns: [String], rows: [[BulkValue]]) in
            try await bulk.append(table, columns: columns, rows: rows)
        }
    }

    private static func write(households: [Household], residents: [Resident], directory: UnitDirectory, now: Date,
                              _ sql: any SQLDatabase,
                               append: (String, [String], [[BulkValue]]) async throws -> Void) async throws {
        let stamp = Timestamp.string(now)
        var deltas: [RollupDelta: Int] = [:]
        // New households are digital when one of their new members is; existing ones are looked up around the write.
        let newHouseholds = Set(households.map(\.id))
        let existing = Set(residents.compactMap(\.householdID)).subtracting(newHouseholds)
        let tracker = try await DigitalHouseholds.snapshot(existing, sql)
        var digitalNew: Set<UUID> = []
        for resident in residents where resident.hasBasicDigitalSkills {
            if let id = resident.householdID, newHouseholds.contains(id) { digitalNew.insert(id) }
        }
        var householdRows: [[BulkValue]] = []
        householdRows.reserveCapacity(households.count)
        for household in households {
            let place = try placement(household.villageCode, directory)
            householdRows.append([.text(place.province), .text(household.id.uuidString), .text(place.commune),
                                  .text(household.villageCode), BulkValue(household.number), BulkValue(household.address),
                                  .text(stamp)])
            RollupStore.householdDeltas(villageCode: household.villageCode, provinceCode: place.province,
                                        communeCode: place.commune, sign: 1, into: &deltas)
            if digitalNew.contains(household.id) {
                DigitalHouseholds.add(.init(province: place.province, commune: place.commune, village: household.villageCode,
                                            digital: true), 1, into: &deltas)
            }
        }
        try await append("households", ["province_code", "id", "commune_code", "village_code", "number", "address", "created_at"],
                         householdRows)
        var residentRows: [[BulkValue]] = []
        residentRows.reserveCapacity(residents.count)
        for resident in residents {
            let place = try placement(resident.villageCode, directory)
            residentRows.append(ResidentRow.values(resident, provinceCode: place.province, communeCode: place.commune, now: stamp))
            RollupStore.residentDeltas(resident, provinceCode: place.province, communeCode: place.commune, sign: 1, into: &deltas)
        }
        try await append("residents", ResidentRow.columns, residentRows)
        try await tracker.changes(existing, sql, into: &deltas)
        try await RollupStore.apply(deltas, sql)
    }

    public func insert(households: [Household], residents: [Resident], directory: UnitDirectory) async throws {
        let now = clock.now()
        try await database.write { sql in
            try await Self.insert(households: households, residents: residents, directory: directory, now: now, sql)
        }
    }

    static func placement(_ villageCode: String, _ directory: UnitDirectory) throws -> (commune: String, province: String) {
        guard let village = directory[villageCode], village.level == .village, let commune = village.parentCode else {
            throw DomainError(.invalid, code: "resident.village", message: Strings.unitNotFound(villageCode))
        }
        return (commune, village.provinceCode)
    }

    // MARK: Reading

    /// One page of residents in a unit's subtree, in Vietnamese name order.
    public func list(_ query: ResidentQuery, directory: UnitDirectory, actor: AccessActor) async throws -> Page<Resident> {
        guard let unit = directory[query.unitCode] else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(query.unitCode))
        }
        let today = CivilDate(clock.now())
        let filter = ResidentFilter(query: query, unit: unit, today: today)
        let hideRestricted = !actor.mayProcessRestricted
        let condition = hideRestricted ? filter.condition + ResidentRestriction.visibleOnly : filter.condition
        let page = try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents WHERE \(condition)
                ORDER BY sort_key, id LIMIT \(unsafeRaw: String(query.perPage)) OFFSET \(unsafeRaw: String(query.offset))
                """).all()
            let items = try rows.map(ResidentRow.decode)
            let total: Int
            if filter.isWholeUnit {
                let counted = try await sql.raw("SELECT n FROM rollups WHERE unit_code = \(bind: unit.code) AND metric = 'residents' AND period = ''")
                    .first()?.decode(column: "n", as: Int.self) ?? 0
                total = hideRestricted ? counted - (try await ResidentRestriction.count(in: unit, sql)) : counted
            } else {
                // Counting stops past the cap: a list that long is narrowed, not paged through.
                total = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM (SELECT 1 FROM residents WHERE \(condition) LIMIT \(unsafeRaw: String(ResidentQuery.countCap + 1))) capped
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
            }
            return Page(items: items, total: total, page: query.page, perPage: query.perPage)
        }
        try await AccessLogStore(database).record(.list, actor: actor, subject: nil, unitCode: unit.code,
                                                  detail: "page \(query.page)", now: clock.now())
        return page
    }

    /// One resident's full record. Logged as a view of personal data.
    public func get(_ id: UUID, actor: AccessActor) async throws -> Resident {
        let resident = try await find(id)
        if !actor.mayProcessRestricted, try await isRestricted(id) {
            throw DomainError(.forbidden, code: "resident.restricted", message: Strings.residentRestricted)
        }
        try await AccessLogStore(database).record(.view, actor: actor, subject: id.uuidString,
                                                  unitCode: resident.villageCode, now: clock.now())
        return resident
    }

    /// The village a resident lives in, for scope checks (no personal data, not logged).
    public func villageCode(of id: UUID) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT village_code FROM residents WHERE id = \(bind: id.uuidString)").first()?
                .decode(column: "village_code", as: String.self)
        }
    }

    func find(_ id: UUID) async throws -> Resident {
        try await database.read { try await Self.fetch(id, $0) }
    }

    /// One resident read through `sql` (inside a write transaction, so a change is computed from the row it replaces).
    static func fetch(_ id: UUID, _ sql: any SQLDatabase) async throws -> Resident {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents WHERE id = \(bind: id.uuidString)").first() else {
            throw DomainError(.notFound, code: "resident.not-found", message: Strings.residentNotFound)
        }
        return try ResidentRow.decode(row)
    }

    /// The members of a household, head first.
    public func household(_ id: UUID) async throws -> [Resident] {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents WHERE household_id = \(bind: id.uuidString) ORDER BY is_head DESC, birth_date")
                .all().map(ResidentRow.decode)
        }
    }

    /// Households of a village with their head's name, for pickers.
    public func households(village: String) async throws -> [(id: UUID, head: String, members: Int)] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT household_id, MAX(CASE WHEN is_head = 1 THEN full_name END) AS head, COUNT(*) AS n,
                       MAX(CASE WHEN is_head = 1 THEN sort_key END) AS k
                FROM residents WHERE village_code = \(bind: village) AND household_id IS NOT NULL
                GROUP BY household_id ORDER BY k
                """).all().compactMap { row in
                guard let id = try row.decode(column: "household_id", as: String?.self).flatMap(UUID.init(uuidString:)) else { return nil }
                return (id, try row.decode(column: "head", as: String?.self) ?? "", try row.decode(column: "n", as: Int.self))
            }
        }
    }

    /// Which of these ID numbers are already stored (for duplicate checks before an import).
    public func existingCCCDs(_ numbers: [String]) async throws -> Set<String> {
        try await database.read { sql in
            var found: Set<String> = []
            for chunk in numbers.chunked(500) {
                let rows = try await sql.select().column("cccd").from("residents").where("cccd", .in, Array(chunk)).all()
                for row in rows {
                    if let n = try row.decode(column: "cccd", as: String?.self) { found.insert(n) }
                }
            }
            return found
        }
    }
}
