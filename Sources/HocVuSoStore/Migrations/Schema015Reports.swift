/// Report requests from the province, the communes' reports answering them (text, figures taken from the data,
/// number once approved), and each report's history.
enum Schema015Reports {
    static let migration = Migration("015-reports") { _ in
        [
            """
            CREATE TABLE report_requests (
                id TEXT NOT NULL PRIMARY KEY,
                province_code TEXT NOT NULL,
                document_number TEXT NOT NULL,
                document_date TEXT NOT NULL,
                issuer TEXT NOT NULL,
                subject TEXT NOT NULL,
                period_from TEXT NOT NULL,
                period_to TEXT NOT NULL,
                deadline TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX report_requests_province ON report_requests (province_code, created_at)",
            """
            CREATE TABLE report_request_communes (
                request_id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                PRIMARY KEY (request_id, commune_code)
            )
            """,
            "CREATE INDEX report_request_communes_commune ON report_request_communes (commune_code)",
            """
            CREATE TABLE commune_reports (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                request_id TEXT NOT NULL,
                commune_code TEXT NOT NULL,
                status TEXT NOT NULL,
                figures TEXT NOT NULL,
                paragraphs TEXT NOT NULL,
                number TEXT,
                report_date TEXT,
                signature TEXT NOT NULL,
                signer_name TEXT NOT NULL,
                recipients TEXT NOT NULL,
                sent_at TEXT,
                version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE UNIQUE INDEX commune_reports_request ON commune_reports (province_code, request_id, commune_code)",
            "CREATE INDEX commune_reports_id ON commune_reports (id)",
            """
            CREATE TABLE report_events (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                report_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                comment TEXT,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX report_events_report ON report_events (report_id, seq)",
        ]
    }
}
