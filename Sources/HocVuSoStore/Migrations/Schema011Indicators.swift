import HocVuSoCore

/// What the indicators need: the residents' recorded digital skills, counters by birth year (so "adults" and "16+"
/// follow the calendar without rewriting counters), digital households and villages with a team, and the plans and
/// targets. Counters for rows that already exist are filled in from the raw tables.
enum Schema011Indicators {
    /// The birth-year period of RollupStore.Metric.birthYearPeriod, in SQL.
    static let birthYear = "CASE WHEN SUBSTR(birth_date, 1, 4) <= '\(BirthYearBuckets.floor)' THEN '0000' ELSE SUBSTR(birth_date, 1, 4) END"

    static let migration = Migration("011-indicators") { _ in
        var statements = [
            "ALTER TABLE residents ADD COLUMN skilled INTEGER NOT NULL DEFAULT 0",
            """
            CREATE TABLE plans (
                id TEXT NOT NULL PRIMARY KEY,
                unit_code TEXT NOT NULL,
                year INTEGER NOT NULL,
                number TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                title TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX plans_unit_year ON plans (unit_code, year)",
            """
            CREATE TABLE targets (
                plan_id TEXT NOT NULL,
                unit_code TEXT NOT NULL,
                year INTEGER NOT NULL,
                indicator TEXT NOT NULL,
                comparison TEXT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (plan_id, unit_code, indicator)
            )
            """,
            "CREATE INDEX targets_unit_year ON targets (unit_code, year, indicator)",
        ]
        for column in ["village_code", "commune_code", "province_code"] {
            for (metric, condition) in [("by.residents", "1 = 1"), ("by.smartphone", "smartphone = 'yes'"), ("by.vneid2", "vneid_level = 2")] {
                statements.append("""
                    INSERT INTO rollups (province_code, unit_code, metric, period, n)
                    SELECT province_code, \(column), '\(metric)', \(birthYear), COUNT(*) FROM residents
                    WHERE \(condition) GROUP BY province_code, \(column), \(birthYear)
                    """)
            }
            statements.append("""
                INSERT INTO rollups (province_code, unit_code, metric, period, n)
                SELECT province_code, \(column), 'villages.with_team', '', COUNT(*) FROM teams
                WHERE level = 'village' AND disbanded_on IS NULL GROUP BY province_code, \(column)
                """)
        }
        return statements
    }
}
