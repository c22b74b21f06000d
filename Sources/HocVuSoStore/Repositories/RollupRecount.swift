import HocVuSoCore
import SQLKit

/// The counters recomputed from the raw rows, to check the live ones against.
struct RollupRecount {
    struct Key: Hashable, Comparable {
        var unit: String
        var metric: String
        var period: String

        static func < (a: Key, b: Key) -> Bool { (a.unit, a.metric, a.period) < (b.unit, b.metric, b.period) }
    }

    private(set) var counts: [Key: Int] = [:]

    private mutating func add(_ units: [String?], _ metric: String, _ period: String, _ n: Int) {
        for unit in units.compactMap({ $0 }) { counts[Key(unit: unit, metric: metric, period: period), default: 0] += n }
    }

    mutating func residents(_ sql: any SQLDatabase) async throws {
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, target_group, COUNT(*) AS n FROM residents
            GROUP BY province_code, commune_code, village_code, target_group
            """).all() {
            let units = [try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")]
            let n = try row.integer("n")
            add(units, RollupStore.Metric.residents, "", n)
            add(units, "residents.\(try row.text("target_group"))", "", n)
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, target_group, SUBSTR(birth_date, 1, 4) AS year, skilled,
                   smartphone, vneid_level, COUNT(*) AS n FROM residents
            GROUP BY province_code, commune_code, village_code, target_group, SUBSTR(birth_date, 1, 4), skilled, smartphone, vneid_level
            """).all() {
            let units = [try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")]
            let n = try row.integer("n"), year = BirthYearBuckets.period(Int(try row.text("year")) ?? 0)
            add(units, RollupStore.Metric.byBirthYear, year, n)
            if try row.integer("skilled") != 0 {
                add(units, "residents.skilled.\(try row.text("target_group"))", "", n)
                add(units, RollupStore.Metric.skilledByBirthYear, year, n)
            }
            if try row.text("smartphone") == Smartphone.yes.rawValue { add(units, RollupStore.Metric.smartphoneByBirthYear, year, n) }
            if try row.integer("vneid_level") == VNeIDLevel.level2.rawValue { add(units, RollupStore.Metric.vneid2ByBirthYear, year, n) }
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, COUNT(*) AS n FROM households
            GROUP BY province_code, commune_code, village_code
            """).all() {
            add([try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")],
                RollupStore.Metric.households, "", try row.integer("n"))
        }
        for row in try await sql.raw("""
            SELECT h.province_code, h.commune_code, h.village_code, COUNT(*) AS n FROM households h
            WHERE EXISTS (SELECT 1 FROM residents r WHERE r.province_code = h.province_code AND r.household_id = h.id AND r.skilled = 1)
            GROUP BY h.province_code, h.commune_code, h.village_code
            """).all() {
            add([try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")],
                RollupStore.Metric.digitalHouseholds, "", try row.integer("n"))
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, COUNT(*) AS n FROM teams
            WHERE level = 'village' AND disbanded_on IS NULL GROUP BY province_code, commune_code, village_code
            """).all() {
            add([try row.text("province_code"), try row.text("commune_code"), try row.optionalText("village_code")],
                RollupStore.Metric.villagesWithTeam, "", try row.integer("n"))
        }
    }

    mutating func activity(_ sql: any SQLDatabase) async throws {
        for row in try await sql.raw("""
            SELECT province_code, commune_code, unit_code, category, SUBSTR(day, 1, 7) AS month, COUNT(*) AS n FROM support_sessions
            GROUP BY province_code, commune_code, unit_code, category, SUBSTR(day, 1, 7)
            """).all() {
            let commune = try row.text("commune_code"), unit = try row.text("unit_code")
            let units = [try row.text("province_code"), commune, unit == commune ? nil : unit]
            let month = try row.text("month"), n = try row.integer("n")
            add(units, RollupStore.Metric.sessions, month, n)
            add(units, RollupStore.Metric.sessions(category: try row.text("category")), month, n)
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, COUNT(DISTINCT household_id) AS n FROM household_visits
            WHERE status = 'visited' GROUP BY province_code, commune_code, village_code
            """).all() {
            add([try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")],
                RollupStore.Metric.householdsVisited, "", try row.integer("n"))
        }
        for row in try await sql.raw("""
            SELECT e.province_code, e.commune_code, e.village_code, e.day, e.head_count,
                   (SELECT COUNT(*) FROM event_attendance a WHERE a.province_code = e.province_code AND a.event_id = e.id) AS named
            FROM events e
            """).all() {
            let units = [try row.text("province_code"), try row.text("commune_code"), try row.optionalText("village_code")]
            let month = String(try row.text("day").prefix(7))
            add(units, RollupStore.Metric.events, month, 1)
            add(units, RollupStore.Metric.eventParticipants, month,
                CommunityEvent.participants(headCount: try row.optionalInteger("head_count"), named: try row.integer("named")))
        }
        // Counters that were moved back to zero stay as rows; drop zeros on both sides when comparing.
        counts = counts.filter { $0.value != 0 }
    }

    mutating func learning(_ sql: any SQLDatabase) async throws {
        for (metric, column, condition) in [(RollupStore.Metric.learnersEnrolled, "enrolled_on", "1 = 1"),
                                            (RollupStore.Metric.learnersCompleted, "completed_on", "completed_on IS NOT NULL")] {
            for row in try await sql.raw("""
                SELECT province_code, commune_code, village_code, SUBSTR(\(unsafeRaw: column), 1, 7) AS month, COUNT(*) AS n
                FROM learning_records WHERE \(unsafeRaw: condition)
                GROUP BY province_code, commune_code, village_code, SUBSTR(\(unsafeRaw: column), 1, 7)
                """).all() {
                add([try row.text("province_code"), try row.text("commune_code"), try row.text("village_code")],
                    metric, try row.text("month"), try row.integer("n"))
            }
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, SUBSTR(submitted_on, 1, 7) AS month, COUNT(*) AS n,
                   CAST(SUM(passed) AS BIGINT) AS passed
            FROM assessment_attempts WHERE submitted_on IS NOT NULL
            GROUP BY province_code, commune_code, village_code, SUBSTR(submitted_on, 1, 7)
            """).all() {
            let units = [try row.text("province_code"), try row.text("commune_code"), try row.optionalText("village_code")]
            add(units, RollupStore.Metric.assessmentsTaken, try row.text("month"), try row.integer("n"))
            add(units, RollupStore.Metric.assessmentsPassed, try row.text("month"), try row.integer("passed"))
        }
        for row in try await sql.raw("""
            SELECT province_code, commune_code, village_code, SUBSTR(issued_on, 1, 7) AS month, COUNT(*) AS n FROM certificates
            WHERE revoked_at IS NULL GROUP BY province_code, commune_code, village_code, SUBSTR(issued_on, 1, 7)
            """).all() {
            add([try row.text("province_code"), try row.text("commune_code"), try row.optionalText("village_code")],
                RollupStore.Metric.certificatesIssued, try row.text("month"), try row.integer("n"))
        }
        counts = counts.filter { $0.value != 0 }
    }
}
