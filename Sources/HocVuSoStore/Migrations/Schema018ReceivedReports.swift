/// Reports received the old way (scan, Word file, OCR text): the original file kept as it arrived, the text read
/// from it, what hocvuso proposed, and the commune report it was filed as. Commune reports learn where they came from.
enum Schema018ReceivedReports {
    static let migration = Migration("018-received-reports") { dialect in
        [
            """
            CREATE TABLE received_reports (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                request_id TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_kind TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                bytes \(dialect.engine == .postgres ? "BYTEA" : "BLOB") NOT NULL,
                status TEXT NOT NULL,
                pages_done INTEGER NOT NULL DEFAULT 0,
                pages_total INTEGER NOT NULL DEFAULT 0,
                method TEXT,
                ocr_pages INTEGER NOT NULL DEFAULT 0,
                ocr_millis INTEGER NOT NULL DEFAULT 0,
                text TEXT,
                reading TEXT,
                confirmed TEXT,
                error TEXT,
                commune_code TEXT,
                report_id TEXT,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX received_reports_id ON received_reports (id)",
            "CREATE INDEX received_reports_request ON received_reports (request_id, created_at)",
            "ALTER TABLE commune_reports ADD COLUMN source TEXT NOT NULL DEFAULT 'system'",
            "ALTER TABLE commune_reports ADD COLUMN received_id TEXT",
        ]
    }
}
