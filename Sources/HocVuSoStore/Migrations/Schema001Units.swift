/// Provinces, communes and villages, with the history of their names.
enum Schema001Units {
    static let migration = Migration("001-units") { dialect in
        [
            """
            CREATE TABLE units (
                code TEXT PRIMARY KEY,
                level TEXT NOT NULL,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                name_fold TEXT NOT NULL,
                sort_key \(dialect.binaryText) NOT NULL,
                parent_code TEXT REFERENCES units(code),
                province_code TEXT NOT NULL,
                status TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT
            )
            """,
            "CREATE INDEX units_parent ON units (parent_code, sort_key)",
            """
            CREATE TABLE unit_names (
                unit_code TEXT NOT NULL REFERENCES units(code),
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                status TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT,
                PRIMARY KEY (unit_code, seq)
            )
            """,
        ]
    }
}
