import Foundation
import HocVuSoCore
import SQLKit

/// Door-to-door visits to households, and which households are still to visit.
public struct VisitStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// A household as the coverage lists show it.
    public struct HouseholdLine: Sendable, Equatable {
        public var id: UUID
        public var villageCode: String
        public var number: String?
        public var address: String?
        public var headName: String?
        public var members: Int
    }

    /// A stored visit with the names it points to.
    public struct VisitLine: Sendable, Equatable {
        public var visit: HouseholdVisit
        public var household: HouseholdLine
        public var memberName: String?
        public var presentNames: [String]
    }

    /// Records a visit; a visit whose id is already stored is a no-op (returns false).
    /// The household's "visited" counter moves on its first visit where someone was home.
    @discardableResult
    public func record(_ visit: HouseholdVisit, communeCode: String) async throws -> Bool {
        let now = clock.now()
        return try await database.write { sql in
            guard let household = try await sql.select().columns("province_code", "commune_code", "village_code").from("households")
                .where("id", .equal, visit.householdID.uuidString).first() else {
                throw DomainError(.notFound, code: "household.not-found", message: Strings.householdNotFound)
            }
            let province = try household.text("province_code")
            guard try household.text("commune_code") == communeCode, try household.text("village_code") == visit.villageCode else {
                throw DomainError(.invalid, code: "visit.household", message: Strings.residentHouseholdOtherVillage)
            }
            if try await sql.select().column("id").from("household_visits").where("province_code", .equal, province)
                .where("id", .equal, visit.id.uuidString).first() != nil {
                return false
            }
            if let memberID = visit.memberID,
               try await sql.select().column("commune_code").from("team_members").where("id", .equal, memberID.uuidString)
                .first()?.text("commune_code") != communeCode {
                throw DomainError(.invalid, code: "visit.member", message: Strings.sessionMemberOtherCommune)
            }
            let members = Set(try await sql.select().column("id").from("residents").where("province_code", .equal, province)
                .where("household_id", .equal, visit.householdID.uuidString).all().map { try $0.uuid("id") })
            guard visit.presentResidentIDs.allSatisfy(members.contains) else {
                throw DomainError(.invalid, code: "visit.present", message: Strings.visitPresentNotMember)
            }
            try await Self.insert([visit], provinceCode: province, communeCode: communeCode, now: now, sql)
            return true
        }
    }

    /// Inserts visits and moves the visited-household counters, in the caller's transaction.
    static func insert(_ visits: [HouseholdVisit], provinceCode: String, communeCode: String, now: Date,
                       _ sql: any SQLDatabase) async throws {
        var alreadyVisited: Set<UUID> = []
        let households = Array(Set(visits.filter { $0.status == .visited }.map(\.householdID)))
        for chunk in households.chunked(500) {
            let rows = try await sql.select().column("household_id").from("household_visits")
                .where("province_code", .equal, provinceCode).where("status", .equal, VisitStatus.visited.rawValue)
                .where("household_id", .in, chunk.map(\.uuidString)).all()
            for row in rows { alreadyVisited.insert(try row.uuid("household_id")) }
        }
        var deltas: [RollupDelta: Int] = [:]
        let stamp = Timestamp.string(now)
        for chunk in visits.chunked(300) {
            let insert = sql.insert(into: "household_visits")
                .columns("province_code", "id", "commune_code", "village_code", "household_id", "day", "member_id",
                         "recorded_by", "status", "present", "note", "created_at")
            for v in chunk {
                insert.values(SQLBind(provinceCode), SQLBind(v.id.uuidString), SQLBind(communeCode), SQLBind(v.villageCode),
                              SQLBind(v.householdID.uuidString), SQLBind(v.day.iso), SQLBind(v.memberID?.uuidString),
                              SQLBind(v.recordedBy?.uuidString), SQLBind(v.status.rawValue),
                              SQLBind(v.presentResidentIDs.map(\.uuidString).joined(separator: ",")), SQLBind(v.note), SQLBind(stamp))
                if v.status == .visited, alreadyVisited.insert(v.householdID).inserted {
                    for unit in [v.villageCode, communeCode, provinceCode] {
                        deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.householdsVisited), default: 0] += 1
                    }
                }
            }
            try await insert.run()
        }
        try await RollupStore.apply(deltas, sql)
    }

    /// Demo data: many visits of one commune at once.
    public func insert(_ visits: [HouseholdVisit], provinceCode: String, communeCode: String) async throws {
        let now = clock.now()
        try await database.write { sql in
            try await Self.insert(visits, provinceCode: provinceCode, communeCode: communeCode, now: now, sql)
        }
    }

    static let householdSelect = """
        h.id, h.village_code, h.number, h.address,
        (SELECT r.full_name FROM residents r WHERE r.province_code = h.province_code AND r.household_id = h.id
           ORDER BY r.is_head DESC, r.birth_date LIMIT 1) AS head_name,
        (SELECT COUNT(*) FROM residents r WHERE r.province_code = h.province_code AND r.household_id = h.id) AS members
        """

    static func householdLine(_ row: any SQLRow) throws -> HouseholdLine {
        HouseholdLine(id: try row.uuid("id"), villageCode: try row.text("village_code"), number: try row.optionalText("number"),
                      address: try row.optionalText("address"), headName: try row.optionalText("head_name"),
                      members: try row.integer("members"))
    }

    /// One page of a village's households with no visit where someone was home yet.
    public func notVisited(village: String, page: Int, perPage: Int) async throws -> Page<HouseholdLine> {
        try await database.read { sql in
            let condition: SQLQueryString = """
                h.village_code = \(bind: village) AND NOT EXISTS (SELECT 1 FROM household_visits v
                WHERE v.household_id = h.id AND v.province_code = h.province_code AND v.status = 'visited')
                """
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM households h WHERE \(condition)").first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.householdSelect) FROM households h WHERE \(condition)
                ORDER BY length(h.number), h.number, h.id LIMIT \(unsafeRaw: String(perPage)) OFFSET \(unsafeRaw: String((page - 1) * perPage))
                """).all()
            return Page(items: try rows.map(Self.householdLine), total: total, page: page, perPage: perPage)
        }
    }

    public func household(_ id: UUID) async throws -> HouseholdLine? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.householdSelect) FROM households h WHERE h.id = \(bind: id.uuidString)")
                .first().map(Self.householdLine)
        }
    }

    /// The latest visits in a village (or a whole commune), newest first.
    public func recent(unit: AdminUnit, page: Int, perPage: Int) async throws -> Page<VisitLine> {
        let column = unit.level == .village ? "village_code" : "commune_code"
        return try await database.read { sql in
            let condition: SQLQueryString = "v.\(unsafeRaw: column) = \(bind: unit.code)"
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM household_visits v WHERE \(condition)").first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT v.*, m.full_name AS member_name FROM household_visits v
                LEFT JOIN team_members m ON m.province_code = v.province_code AND m.id = v.member_id
                WHERE \(condition) ORDER BY v.day DESC, v.created_at DESC
                LIMIT \(unsafeRaw: String(perPage)) OFFSET \(unsafeRaw: String((page - 1) * perPage))
                """).all()
            var lines: [VisitLine] = []
            for row in rows {
                let visit = HouseholdVisit(
                    id: try row.uuid("id"), householdID: try row.uuid("household_id"), villageCode: try row.text("village_code"),
                    day: try row.civilDate("day"), memberID: try row.optionalUUID("member_id"),
                    recordedBy: try row.optionalUUID("recorded_by"), status: try row.enumValue("status", as: VisitStatus.self),
                    presentResidentIDs: try row.text("present").split(separator: ",").compactMap { UUID(uuidString: String($0)) },
                    note: try row.optionalText("note"))
                guard let household = try await sql.raw("SELECT \(unsafeRaw: Self.householdSelect) FROM households h WHERE h.id = \(bind: visit.householdID.uuidString)")
                    .first().map(Self.householdLine) else { continue }
                var names: [String] = []
                if !visit.presentResidentIDs.isEmpty {
                    names = try await sql.select().column("full_name").from("residents")
                        .where("id", .in, visit.presentResidentIDs.map(\.uuidString)).all().map { try $0.text("full_name") }
                }
                lines.append(VisitLine(visit: visit, household: household, memberName: try row.optionalText("member_name"),
                                       presentNames: names))
            }
            return Page(items: lines, total: total, page: page, perPage: perPage)
        }
    }
}
