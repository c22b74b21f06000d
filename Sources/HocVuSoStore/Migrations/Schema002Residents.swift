/// Households and residents. The province code leads every key so the tables can be distributed by it.
enum Schema002Residents {
    static let migration = Migration("002-residents") { dialect in
        [
            """
            CREATE TABLE households (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT NOT NULL,
                number TEXT,
                address TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX households_village ON households (village_code)",
            """
            CREATE TABLE residents (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT NOT NULL,
                household_id TEXT,
                is_head INTEGER NOT NULL DEFAULT 0,
                relation TEXT,
                full_name TEXT NOT NULL,
                name_fold TEXT NOT NULL,
                sort_key \(dialect.binaryText) NOT NULL,
                birth_date TEXT NOT NULL,
                gender TEXT NOT NULL,
                cccd TEXT,
                phone TEXT,
                target_group TEXT NOT NULL,
                target_group_source TEXT NOT NULL,
                organisation TEXT,
                smartphone TEXT NOT NULL,
                vneid_level INTEGER NOT NULL,
                notes TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE UNIQUE INDEX residents_cccd ON residents (province_code, cccd)",
            "CREATE INDEX residents_commune_sort ON residents (commune_code, sort_key)",
            "CREATE INDEX residents_village_sort ON residents (village_code, sort_key)",
            "CREATE INDEX residents_household ON residents (household_id)",
            "CREATE INDEX residents_id ON residents (id)",
            "CREATE INDEX households_id ON households (id)",
        ]
    }
}
