/// Support sessions (lượt hỗ trợ) and door-to-door household visits. The id is the phone's UUID.
enum Schema009Sessions {
    static let migration = Migration("009-sessions") { _ in
        [
            """
            CREATE TABLE support_sessions (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                unit_code TEXT NOT NULL,
                category TEXT NOT NULL,
                at TEXT NOT NULL,
                day TEXT NOT NULL,
                team_id TEXT,
                member_id TEXT,
                recorded_by TEXT,
                resident_id TEXT,
                age_band TEXT,
                gender TEXT,
                place TEXT NOT NULL,
                outcome TEXT NOT NULL,
                note TEXT,
                visit_id TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX support_sessions_commune_day ON support_sessions (commune_code, day)",
            "CREATE INDEX support_sessions_unit_day ON support_sessions (unit_code, day)",
            "CREATE INDEX support_sessions_member ON support_sessions (member_id, day)",
            "CREATE INDEX support_sessions_resident ON support_sessions (resident_id)",
            "CREATE INDEX support_sessions_visit ON support_sessions (visit_id)",
            """
            CREATE TABLE household_visits (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT NOT NULL,
                household_id TEXT NOT NULL,
                day TEXT NOT NULL,
                member_id TEXT,
                recorded_by TEXT,
                status TEXT NOT NULL,
                present TEXT NOT NULL,
                note TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX household_visits_household ON household_visits (household_id)",
            "CREATE INDEX household_visits_village_day ON household_visits (village_code, day)",
        ]
    }
}
