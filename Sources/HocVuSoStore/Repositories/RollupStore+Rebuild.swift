import SQLKit

extension RollupStore {
    /// Deletes every counter and writes it again from the raw rows, in one transaction. For a store whose raw rows
    /// arrived without their counters (a commune's store copied into the province's). Live writers wait on
    /// PostgreSQL until it commits, then add their own deltas on top. Returns the counters written.
    @discardableResult
    public func rebuild() async throws -> Int {
        let engine = database.engine
        return try await database.write { sql in
            if engine == .postgres {
                try await sql.raw("LOCK TABLE rollups IN EXCLUSIVE MODE").run()
            }
            var recount = RollupRecount()
            try await recount.residents(sql)
            try await recount.activity(sql)
            try await recount.learning(sql)
            var provinces: [String: String] = [:]
            for row in try await sql.raw("SELECT code, province_code FROM units").all() {
                provinces[try row.text("code")] = try row.text("province_code")
            }
            let counts = recount.counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }
            try await sql.raw("DELETE FROM rollups").run()
            for chunk in counts.slices(300) {
                let insert = sql.insert(into: "rollups").columns("province_code", "unit_code", "metric", "period", "n")
                for (key, n) in chunk {
                    guard let province = provinces[key.unit] else {
                        throw StoreError.unexpectedRow("rollup of unknown unit \(key.unit)")
                    }
                    insert.values(SQLBind(province), SQLBind(key.unit), SQLBind(key.metric), SQLBind(key.period), SQLBind(n))
                }
                try await insert.run()
            }
            return counts.count
        }
    }
}
