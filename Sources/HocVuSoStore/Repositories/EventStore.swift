import Foundation
import HocVuSoCore
import SQLKit

/// Classes and events, their named attendance, and the participant counters.
public struct EventStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// An event in a list, with its participant count.
    public struct EventLine: Sendable, Equatable {
        public var event: CommunityEvent
        public var named: Int
        public var participants: Int { CommunityEvent.participants(headCount: event.headCount, named: named) }
    }

    static let selectList = """
        e.*, (SELECT COUNT(*) FROM event_attendance a WHERE a.province_code = e.province_code AND a.event_id = e.id) AS named
        """

    static func event(_ row: any SQLRow) throws -> CommunityEvent {
        CommunityEvent(id: try row.uuid("id"), communeCode: try row.text("commune_code"), villageCode: try row.optionalText("village_code"),
                       type: try row.enumValue("type", as: EventType.self), day: try row.civilDate("day"),
                       place: try row.text("place"), organiser: try row.text("organiser"), topic: try row.text("topic"),
                       headCount: try row.optionalInteger("head_count"))
    }

    static func line(_ row: any SQLRow) throws -> EventLine {
        EventLine(event: try event(row), named: try row.integer("named"))
    }

    /// Creates an event; an id already stored is a no-op (returns false).
    @discardableResult
    public func create(_ event: CommunityEvent, provinceCode: String) async throws -> Bool {
        try event.check(today: CivilDate(clock.now()))
        let now = clock.now()
        return try await database.write { sql in
            if try await sql.select().column("id").from("events").where("province_code", .equal, provinceCode)
                .where("id", .equal, event.id.uuidString).first() != nil {
                return false
            }
            try await Self.insert([event], provinceCode: provinceCode, now: now, sql)
            return true
        }
    }

    static func insert(_ events: [CommunityEvent], provinceCode: String, now: Date, _ sql: any SQLDatabase) async throws {
        var deltas: [RollupDelta: Int] = [:]
        for chunk in events.chunked(300) {
            let insert = sql.insert(into: "events").columns("province_code", "id", "commune_code", "village_code", "type", "day",
                                                            "place", "organiser", "topic", "head_count", "created_at")
            for e in chunk {
                insert.values(SQLBind(provinceCode), SQLBind(e.id.uuidString), SQLBind(e.communeCode), SQLBind(e.villageCode),
                              SQLBind(e.type.rawValue), SQLBind(e.day.iso), SQLBind(e.place), SQLBind(e.organiser),
                              SQLBind(e.topic), SQLBind(e.headCount), SQLBind(Timestamp.string(now)))
                Self.deltas(e, provinceCode: provinceCode, events: 1, participants: e.headCount ?? 0, into: &deltas)
            }
            try await insert.run()
        }
        try await RollupStore.apply(deltas, sql)
    }

    static func deltas(_ e: CommunityEvent, provinceCode: String, events: Int, participants: Int, into deltas: inout [RollupDelta: Int]) {
        let month = String(e.day.iso.prefix(7))
        var units = [e.communeCode, provinceCode]
        if let village = e.villageCode { units.append(village) }
        for unit in units {
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.events, period: month), default: 0] += events
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.eventParticipants, period: month), default: 0] += participants
        }
    }

    public func get(_ id: UUID) async throws -> EventLine? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.selectList) FROM events e WHERE e.id = \(bind: id.uuidString)").first().map(Self.line)
        }
    }

    public func list(_ query: ActivityQuery, unit: AdminUnit) async throws -> Page<EventLine> {
        try query.checkPeriod()
        let filter = ActivityFilter(query, unit: unit, alias: "e", unitColumn: "village_code", sessions: false)
        return try await database.read { sql in
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM events e WHERE \(filter.condition)").first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.selectList) FROM events e WHERE \(filter.condition)
                ORDER BY e.day DESC, e.id LIMIT \(unsafeRaw: String(query.perPage)) OFFSET \(unsafeRaw: String(query.offset))
                """).all()
            return Page(items: try rows.map(Self.line), total: total, page: query.page, perPage: query.perPage)
        }
    }

    public func export(_ query: ActivityQuery, unit: AdminUnit) async throws -> [EventLine] {
        try query.checkPeriod()
        let filter = ActivityFilter(query, unit: unit, alias: "e", unitColumn: "village_code", sessions: false)
        return try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.selectList) FROM events e WHERE \(filter.condition)
                ORDER BY e.day, e.id LIMIT \(unsafeRaw: String(ActivityQuery.exportLimit))
                """).all().map(Self.line)
        }
    }

    /// Changes the attendance of an event: adds and removes named residents and (optionally) sets the head count.
    /// Every added resident must live in the event's commune. Returns the residents that were not already listed.
    @discardableResult
    public func updateAttendance(event id: UUID, add: [UUID], remove: [UUID] = [], headCount: Int?? = nil) async throws -> Int {
        try await database.write { sql in
            guard let before = try await sql.raw("SELECT \(unsafeRaw: Self.selectList) FROM events e WHERE e.id = \(bind: id.uuidString)")
                .first().map(Self.line), let province = try await Self.province(of: id, sql) else {
                throw DomainError(.notFound, code: "event.not-found", message: Strings.eventNotFound)
            }
            let wanted = Array(Set(add))
            var residents: [UUID: String] = [:]
            for chunk in wanted.chunked(500) {
                let rows = try await sql.select().columns("id", "commune_code").from("residents").where("province_code", .equal, province)
                    .where("id", .in, chunk.map(\.uuidString)).all()
                for row in rows { residents[try row.uuid("id")] = try row.text("commune_code") }
            }
            guard wanted.allSatisfy({ residents[$0] == before.event.communeCode }) else {
                throw DomainError(.invalid, code: "event.attendee", message: Strings.attendeeOtherCommune)
            }
            var added = 0
            for chunk in wanted.chunked(300) {
                let insert = sql.insert(into: "event_attendance").columns("province_code", "event_id", "resident_id")
                for resident in chunk { insert.values(SQLBind(province), SQLBind(id.uuidString), SQLBind(resident.uuidString)) }
                added += try await insert.ignoringConflicts(with: ["province_code", "event_id", "resident_id"]).returning("resident_id").all().count
            }
            for chunk in remove.chunked(500) {
                try await sql.delete(from: "event_attendance").where("province_code", .equal, province).where("event_id", .equal, id.uuidString)
                    .where("resident_id", .in, chunk.map(\.uuidString)).run()
            }
            if let headCount {
                if let count = headCount, !(0...CommunityEvent.maxHeadCount).contains(count) {
                    throw DomainError(.invalid, code: "event.headCount", message: Strings.eventHeadCountInvalid(CommunityEvent.maxHeadCount))
                }
                try await sql.update("events").set("head_count", to: SQLBind(headCount)).where("province_code", .equal, province)
                    .where("id", .equal, id.uuidString).run()
            }
            guard let after = try await sql.raw("SELECT \(unsafeRaw: Self.selectList) FROM events e WHERE e.id = \(bind: id.uuidString)")
                .first().map(Self.line) else { return added }
            var deltas: [RollupDelta: Int] = [:]
            Self.deltas(after.event, provinceCode: province, events: 0, participants: after.participants - before.participants, into: &deltas)
            try await RollupStore.apply(deltas, sql)
            return added
        }
    }

    static func province(of event: UUID, _ sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("province_code").from("events").where("id", .equal, event.uuidString).first()?.text("province_code")
    }

    /// Named attendance counted by target group, with the head count.
    public func summary(event id: UUID) async throws -> AttendanceSummary? {
        try await database.read { sql in
            guard let row = try await sql.select().columns("province_code", "head_count").from("events").where("id", .equal, id.uuidString).first() else {
                return nil
            }
            let rows = try await sql.raw("""
                SELECT r.target_group, COUNT(*) AS n FROM event_attendance a
                JOIN residents r ON r.province_code = a.province_code AND r.id = a.resident_id
                WHERE a.province_code = \(bind: try row.text("province_code")) AND a.event_id = \(bind: id.uuidString)
                GROUP BY r.target_group
                """).all()
            var byGroup: [TargetGroup: Int] = [:]
            for r in rows { byGroup[try r.enumValue("target_group", as: TargetGroup.self)] = try r.integer("n") }
            return AttendanceSummary(byGroup: byGroup, headCount: try row.optionalInteger("head_count"))
        }
    }

    /// The named attendees of an event, in Vietnamese name order; residents whose processing is restricted (a
    /// data-subject request) only for an actor who may process them.
    public func attendees(event id: UUID, actor: AccessActor) async throws -> [Resident] {
        let visible = actor.mayProcessRestricted ? "" : " AND r.restricted = 0"
        return try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: ResidentRow.selectList.split(separator: ",").map { "r." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                FROM event_attendance a JOIN residents r ON r.province_code = a.province_code AND r.id = a.resident_id
                WHERE a.event_id = \(bind: id.uuidString)\(unsafeRaw: visible) ORDER BY r.sort_key
                """).all().map(ResidentRow.decode)
        }
    }

    /// Demo data: a commune's events and attendance in one transaction.
    public func insert(events: [CommunityEvent], attendance: [(event: UUID, resident: UUID)], provinceCode: String) async throws {
        let now = clock.now()
        try await database.write { sql in
            try await Self.insert(events, provinceCode: provinceCode, now: now, sql)
            for chunk in attendance.chunked(400) {
                let insert = sql.insert(into: "event_attendance").columns("province_code", "event_id", "resident_id")
                for pair in chunk { insert.values(SQLBind(provinceCode), SQLBind(pair.event.uuidString), SQLBind(pair.resident.uuidString)) }
                try await insert.run()
            }
            // The named lists can make an event larger than its head count: move the participant counters by the difference.
            var named: [UUID: Int] = [:]
            for pair in attendance { named[pair.event, default: 0] += 1 }
            var deltas: [RollupDelta: Int] = [:]
            for e in events {
                let extra = CommunityEvent.participants(headCount: e.headCount, named: named[e.id] ?? 0) - (e.headCount ?? 0)
                if extra != 0 { Self.deltas(e, provinceCode: provinceCode, events: 0, participants: extra, into: &deltas) }
            }
            try await RollupStore.apply(deltas, sql)
        }
    }
}
