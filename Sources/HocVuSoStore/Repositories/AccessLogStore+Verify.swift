import SQLKit

extension AccessLogStore {
    /// Entries read per page while walking the chain.
    static let verifyBatch = 5_000

    /// Seals any entries past the head, then walks the chain in `seq` order up to the head and reports the first
    /// broken entry. A gap in `seq` alone is no problem (PostgreSQL skips numbers of rolled-back inserts); the proof
    /// of a deletion is an entry whose `prev_hash` is not its predecessor's hash, or a head past the last entry.
    public func verify() async throws -> AccessLogVerification {
        do {
            try await database.write { sql in
                let (head, behind) = try await AccessLogChain.lockHead(sql)
                if behind { _ = try await AccessLogChain.seal(after: head, sql) }
            }
        } catch AccessLogChainError.headMissing {
            return AccessLogVerification(checked: 0, headSeq: 0, problem: .headMissing)
        }
        return try await database.read { sql in
            guard let head = try await AccessLogChain.head(sql) else {
                return AccessLogVerification(checked: 0, headSeq: 0, problem: .headMissing)
            }
            var walk = ChainWalk()
            while true {
                let rows = try await sql.raw("""
                    SELECT seq, prev_hash, hash, \(unsafeRaw: AccessLogRecord.columns.joined(separator: ", ")) FROM access_log
                    WHERE seq > \(bind: walk.lastSeq ?? Int.min) AND seq <= \(bind: head.seq)
                    ORDER BY seq LIMIT \(unsafeRaw: String(Self.verifyBatch))
                    """).all()
                for row in rows {
                    if let problem = walk.step(seq: try row.integer("seq"), record: try AccessLogRecord(row),
                                               previousHash: try row.optionalText("prev_hash"), hash: try row.optionalText("hash")) {
                        return AccessLogVerification(checked: walk.checked, headSeq: head.seq, problem: problem)
                    }
                }
                if rows.count < Self.verifyBatch { break }
            }
            return AccessLogVerification(checked: walk.checked, headSeq: head.seq, problem: walk.finish(at: head))
        }
    }
}

/// The state of a walk along the chain: the hash the next entry must name.
struct ChainWalk {
    var expected = Schema016AccessLogChain.genesis
    var lastSeq: Int?
    var checked = 0

    mutating func step(seq: Int, record: AccessLogRecord, previousHash: String?, hash: String?) -> AccessLogVerification.Problem? {
        guard let previousHash, let hash, record.hash(after: previousHash) == hash else { return .edited(seq: seq) }
        guard previousHash == expected else { return .deleted(before: seq, previous: lastSeq) }
        expected = hash
        lastSeq = seq
        checked += 1
        return nil
    }

    /// The last entry must be the one the head records.
    func finish(at head: AccessLogChain.Head) -> AccessLogVerification.Problem? {
        if lastSeq == head.seq || (lastSeq == nil && head.seq == 0) {
            return expected == head.hash ? nil : .edited(seq: head.seq)
        }
        return .tailDeleted(last: lastSeq, head: head.seq)
    }
}
