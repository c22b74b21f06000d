/// Community technology teams, their members and weekly duty shifts, and the support categories.
enum Schema008Teams {
    static let migration = Migration("008-teams") { _ in
        [
            """
            CREATE TABLE teams (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT,
                level TEXT NOT NULL,
                name TEXT NOT NULL,
                formed_on TEXT NOT NULL,
                disbanded_on TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX teams_commune ON teams (commune_code)",
            "CREATE INDEX teams_id ON teams (id)",
            """
            CREATE TABLE team_members (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                team_id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                full_name TEXT NOT NULL,
                resident_id TEXT,
                user_id TEXT,
                role TEXT NOT NULL,
                organisation TEXT,
                phone TEXT,
                start_date TEXT NOT NULL,
                end_date TEXT,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX team_members_team ON team_members (team_id)",
            "CREATE INDEX team_members_commune ON team_members (commune_code)",
            "CREATE INDEX team_members_user ON team_members (user_id)",
            "CREATE INDEX team_members_id ON team_members (id)",
            """
            CREATE TABLE duty_shifts (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                team_id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                member_id TEXT NOT NULL,
                weekday INTEGER NOT NULL,
                start_time TEXT NOT NULL,
                end_time TEXT NOT NULL,
                place TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX duty_shifts_commune ON duty_shifts (commune_code)",
            "CREATE INDEX duty_shifts_id ON duty_shifts (id)",
            """
            CREATE TABLE support_categories (
                commune_code TEXT NOT NULL,
                key TEXT NOT NULL,
                label TEXT NOT NULL,
                position INTEGER NOT NULL,
                active INTEGER NOT NULL,
                PRIMARY KEY (commune_code, key)
            )
            """,
        ]
    }
}
