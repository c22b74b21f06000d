/// Classes and events, and their named attendance.
enum Schema010Events {
    static let migration = Migration("010-events") { _ in
        [
            """
            CREATE TABLE events (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT,
                type TEXT NOT NULL,
                day TEXT NOT NULL,
                place TEXT NOT NULL,
                organiser TEXT NOT NULL,
                topic TEXT NOT NULL,
                head_count INTEGER,
                created_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX events_commune_day ON events (commune_code, day)",
            "CREATE INDEX events_id ON events (id)",
            """
            CREATE TABLE event_attendance (
                province_code TEXT NOT NULL,
                event_id TEXT NOT NULL,
                resident_id TEXT NOT NULL,
                PRIMARY KEY (province_code, event_id, resident_id)
            )
            """,
            "CREATE INDEX event_attendance_resident ON event_attendance (resident_id)",
        ]
    }
}
