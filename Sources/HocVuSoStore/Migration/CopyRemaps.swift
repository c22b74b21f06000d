/// Ids the source gives to things the target already has under another id: an account with the same username,
/// a framework version with the same key and number, a course with the same platform and key. The source's rows
/// are rewritten to the target's id (in the row itself and wherever it is referred to) before they are compared
/// or copied.
struct CopyRemaps: Sendable {
    /// A table whose id column is matched by a natural key, and the columns that refer to it.
    struct Rule: Sendable {
        var table: String
        var id: String
        var naturalKey: [String]
        var references: [(table: String, column: String)]
    }

    static let rules: [Rule] = [
        Rule(table: "users", id: "id", naturalKey: ["username"],
             references: [("team_members", "user_id"), ("support_sessions", "recorded_by"),
                          ("household_visits", "recorded_by"), ("access_log", "user_id"), ("auth_sessions", "user_id")]),
        Rule(table: "frameworks", id: "id", naturalKey: ["framework_key", "version"],
             references: [("assessment_links", "framework_id"), ("assessment_attempts", "framework_id"),
                          ("certificates", "framework_id")]),
        Rule(table: "courses", id: "id", naturalKey: ["platform", "course_key"],
             references: [("learning_records", "course_id"), ("learning_reviews", "course_id")]),
    ]

    /// table → column → source id → target id.
    private var mapping: [String: [String: [String: String]]] = [:]

    var isEmpty: Bool { mapping.isEmpty }

    /// Rewrites `rule`'s id from `old` to `new` in its own table and in every reference.
    mutating func add(_ rule: Rule, from old: String, to new: String) {
        guard old != new else { return }
        mapping[rule.table, default: [:]][rule.id, default: [:]][old] = new
        for reference in rule.references {
            mapping[reference.table, default: [:]][reference.column, default: [:]][old] = new
        }
    }

    /// How many rows of `table` (a table with a rule: users, frameworks, courses) were matched to the target's
    /// row under another id.
    func count(_ table: String) -> Int {
        guard let rule = Self.rules.first(where: { $0.table == table }) else { return 0 }
        return mapping[table]?[rule.id]?.count ?? 0
    }

    func apply(_ rows: inout [[CopyValue]], in table: CopyTable) {
        guard let columns = mapping[table.name] else { return }
        let rewrites = columns.compactMap { column, ids in table.index(of: column).map { ($0, ids) } }
        guard !rewrites.isEmpty else { return }
        for r in rows.indices {
            for (index, ids) in rewrites {
                if case .text(let old) = rows[r][index], let new = ids[old] { rows[r][index] = .text(new) }
            }
        }
    }
}
