/// The personal-data access log: who read or changed whose data, when, from where.
enum Schema005AccessLog {
    static let migration = Migration("005-access-log") { dialect in
        [
            """
            CREATE TABLE access_log (
                seq \(dialect.serialPrimaryKey),
                at TEXT NOT NULL,
                user_id TEXT,
                username TEXT,
                action TEXT NOT NULL,
                subject TEXT,
                unit_code TEXT,
                client TEXT,
                detail TEXT
            )
            """,
            "CREATE INDEX access_log_subject ON access_log (subject)",
        ]
    }
}
