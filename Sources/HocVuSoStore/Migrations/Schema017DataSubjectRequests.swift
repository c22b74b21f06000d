/// Data-subject requests (view, copy, correct, restrict, delete) with their deadline, and the resident's
/// restriction of processing. The province code leads the key so the table can be distributed by it.
enum Schema017DataSubjectRequests {
    static let migration = Migration("017-data-subject-requests") { _ in
        [
            "ALTER TABLE residents ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0",
            // Few residents are restricted: a partial index finds them to subtract from the live counts.
            "CREATE INDEX residents_restricted ON residents (province_code, commune_code, village_code) WHERE restricted = 1",
            """
            CREATE TABLE data_subject_requests (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                village_code TEXT NOT NULL,
                resident_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                channel TEXT NOT NULL,
                received_at TEXT NOT NULL,
                note TEXT,
                status TEXT NOT NULL,
                deadline TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                handled_by TEXT,
                handled_at TEXT,
                outcome TEXT,
                changed_fields TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX data_subject_requests_id ON data_subject_requests (id)",
            "CREATE INDEX data_subject_requests_commune ON data_subject_requests (commune_code, status, deadline)",
            "CREATE INDEX data_subject_requests_resident ON data_subject_requests (province_code, resident_id)",
        ]
    }
}
