/// The document register of a unit (sổ đăng ký văn bản đi/đến) and the attached copies. An issued document's
/// number and symbol are unique per unit and year; a received one's per unit, year and issuing body.
enum Schema014Documents {
    static let migration = Migration("014-documents") { dialect in
        [
            """
            CREATE TABLE documents (
                province_code TEXT NOT NULL,
                id TEXT NOT NULL,
                unit_code TEXT NOT NULL,
                direction TEXT NOT NULL,
                doc_type TEXT NOT NULL,
                number INTEGER NOT NULL,
                symbol TEXT NOT NULL,
                number_text TEXT NOT NULL,
                year INTEGER NOT NULL,
                issued_on TEXT NOT NULL,
                summary TEXT NOT NULL,
                signer TEXT,
                issuer TEXT,
                attachment_name TEXT,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                PRIMARY KEY (province_code, id)
            )
            """,
            "CREATE INDEX documents_id ON documents (id)",
            """
            CREATE UNIQUE INDEX documents_issued_number ON documents (province_code, unit_code, year, number_text)
            WHERE direction = 'issued'
            """,
            """
            CREATE UNIQUE INDEX documents_received_number ON documents (province_code, unit_code, year, issuer, number_text)
            WHERE direction = 'received'
            """,
            "CREATE INDEX documents_register ON documents (unit_code, direction, year, issued_on)",
            "CREATE INDEX documents_type_number ON documents (unit_code, direction, year, doc_type, number)",
            """
            CREATE TABLE document_files (
                province_code TEXT NOT NULL,
                document_id TEXT NOT NULL,
                content_type TEXT NOT NULL,
                bytes \(dialect.engine == .postgres ? "BYTEA" : "BLOB") NOT NULL,
                PRIMARY KEY (province_code, document_id)
            )
            """,
            "CREATE INDEX document_files_document ON document_files (document_id)",
        ]
    }
}
