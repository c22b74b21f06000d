/// Live counters per unit, updated in the same transaction as the rows they count.
/// `period` is '' for stock figures (residents now) and 'YYYY-MM' for flows.
enum Schema004Rollups {
    static let migration = Migration("004-rollups") { _ in
        [
            """
            CREATE TABLE rollups (
                province_code TEXT NOT NULL,
                unit_code TEXT NOT NULL,
                metric TEXT NOT NULL,
                period TEXT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (province_code, unit_code, metric, period)
            )
            """,
        ]
    }
}
