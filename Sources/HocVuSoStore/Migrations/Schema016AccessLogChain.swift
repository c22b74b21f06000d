/// The access log becomes a hash chain: every entry carries the hash of the entry before it and its own hash over
/// both, and one `access_log_head` row holds the last entry's number and hash, updated in the same transaction as
/// each append, so a removed tail is noticed too. Existing entries are chained lazily: a migration is plain SQL, so
/// the first append or `verify` seals every entry past the head, in `seq` order (see `AccessLogChain`).
enum Schema016AccessLogChain {
    /// The `prev_hash` of the first entry: 64 zeros.
    static let genesis = String(repeating: "0", count: 64)

    static let migration = Migration("016-access-log-chain") { _ in
        [
            "ALTER TABLE access_log ADD COLUMN prev_hash TEXT",
            "ALTER TABLE access_log ADD COLUMN hash TEXT",
            """
            CREATE TABLE access_log_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq BIGINT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "INSERT INTO access_log_head (id, seq, hash) VALUES (1, 0, '\(genesis)')",
            // The auditor's search: by account or by unit, newest first.
            "CREATE INDEX access_log_username ON access_log (username, seq)",
            "CREATE INDEX access_log_unit ON access_log (unit_code, seq)",
        ]
    }
}
