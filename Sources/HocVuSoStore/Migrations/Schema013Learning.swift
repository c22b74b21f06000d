/// Learning records from the online platforms (with the course catalogue, saved column mappings, the review queue
/// of rows that matched no one or several), assessments (framework versions, links, attempts) and certificates.
/// Residents get the evidence behind their skills status, and an index to match a name with a birth date.
enum Schema013Learning {
    static let migration = Migration("013-learning") { _ in
        [
            "ALTER TABLE residents ADD COLUMN skilled_recorded INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE residents ADD COLUMN skill_evidence TEXT",
            "UPDATE residents SET skilled_recorded = skilled",
            "CREATE INDEX residents_name_birth ON residents (province_code, name_fold, birth_date)",
            """
            CREATE TABLE courses (
                id TEXT NOT NULL PRIMARY KEY,
                platform TEXT NOT NULL,
                course_key TEXT NOT NULL,
                title TEXT NOT NULL,
                basic_for TEXT NOT NULL DEFAULT ',',
                domains TEXT NOT NULL DEFAULT ',',
                needs_review INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX courses_platform_key ON courses (platform, course_key)",
            """
            CREATE TABLE learning_mappings (
                platform TEXT NOT NULL PRIMARY KEY,
                mapping TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE learning_imports (
                id TEXT NOT NULL PRIMARY KEY,
                unit_code TEXT NOT NULL,
                platform TEXT NOT NULL,
                filename TEXT NOT NULL,
                rows_read INTEGER NOT NULL,
                created INTEGER NOT NULL,
                updated INTEGER NOT NULL,
                unchanged INTEGER NOT NULL,
                queued INTEGER NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX learning_imports_unit ON learning_imports (unit_code, at)",
            """
            CREATE TABLE learning_records (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT NOT NULL,
                resident_id TEXT NOT NULL,
                course_id TEXT NOT NULL,
                status TEXT NOT NULL,
                enrolled_on TEXT NOT NULL,
                completed_on TEXT,
                score DOUBLE PRECISION,
                import_id TEXT,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE UNIQUE INDEX learning_records_learner ON learning_records (province_code, resident_id, course_id)",
            "CREATE INDEX learning_records_commune ON learning_records (commune_code, course_id)",
            """
            CREATE TABLE learning_reviews (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                unit_code TEXT NOT NULL,
                row_key TEXT NOT NULL,
                reason TEXT NOT NULL,
                full_name TEXT NOT NULL,
                birth TEXT,
                cccd TEXT,
                phone TEXT,
                course_id TEXT NOT NULL,
                status TEXT NOT NULL,
                enrolled_on TEXT NOT NULL,
                completed_on TEXT,
                score DOUBLE PRECISION,
                candidates TEXT NOT NULL,
                state TEXT NOT NULL,
                resident_id TEXT,
                import_id TEXT NOT NULL,
                row_number INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                resolved_at TEXT,
                resolved_by TEXT,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE UNIQUE INDEX learning_reviews_row ON learning_reviews (province_code, unit_code, row_key)",
            "CREATE INDEX learning_reviews_open ON learning_reviews (unit_code, state, row_number)",
            """
            CREATE TABLE frameworks (
                id TEXT NOT NULL PRIMARY KEY,
                framework_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                content TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                published_at TEXT
            )
            """,
            "CREATE UNIQUE INDEX frameworks_version ON frameworks (framework_key, version)",
            """
            CREATE TABLE assessment_links (
                token TEXT NOT NULL PRIMARY KEY,
                province_code TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT,
                target_group TEXT NOT NULL,
                framework_id TEXT NOT NULL,
                single_use INTEGER NOT NULL,
                expires_on TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                revoked INTEGER NOT NULL DEFAULT 0,
                used_at TEXT
            )
            """,
            "CREATE INDEX assessment_links_commune ON assessment_links (commune_code, created_at)",
            """
            CREATE TABLE assessment_attempts (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                link_token TEXT,
                commune_code TEXT NOT NULL,
                village_code TEXT,
                resident_id TEXT,
                full_name TEXT NOT NULL,
                birth_date TEXT,
                target_group TEXT NOT NULL,
                framework_id TEXT NOT NULL,
                mode TEXT NOT NULL,
                assisted_by TEXT,
                answers TEXT NOT NULL,
                started_at TEXT NOT NULL,
                submitted_at TEXT,
                submitted_on TEXT,
                correct INTEGER,
                total INTEGER,
                passed INTEGER,
                domain_scores TEXT,
                certificate_code TEXT,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX assessment_attempts_id ON assessment_attempts (id)",
            "CREATE INDEX assessment_attempts_commune ON assessment_attempts (commune_code, started_at)",
            """
            CREATE TABLE certificates (
                province_code TEXT NOT NULL,
                code TEXT NOT NULL,
                attempt_id TEXT NOT NULL,
                resident_id TEXT,
                commune_code TEXT NOT NULL,
                village_code TEXT,
                full_name TEXT NOT NULL,
                birth_date TEXT,
                target_group TEXT NOT NULL,
                framework_id TEXT NOT NULL,
                framework_title TEXT NOT NULL,
                framework_version INTEGER NOT NULL,
                score INTEGER NOT NULL,
                issued_on TEXT NOT NULL,
                revoked_at TEXT,
                revoke_reason TEXT,
                revoked_by TEXT,
                PRIMARY KEY (province_code, code)
            )
            """,
            "CREATE INDEX certificates_code ON certificates (code)",
            "CREATE UNIQUE INDEX certificates_attempt ON certificates (province_code, attempt_id)",
            "CREATE INDEX certificates_commune ON certificates (commune_code, issued_on)",
            "CREATE INDEX certificates_resident ON certificates (province_code, resident_id)",
        ]
    }
}
