import HocVuSoCore

/// Something in the source that would merge wrongly with what the target already holds. Any conflict stops the
/// migration before a single row is written: codes are the keys, so the same code must mean the same thing.
public enum CopyConflict: Sendable, Equatable, CustomStringConvertible {
    /// A unit code that names a different unit (name or parent) on the target.
    case unit(code: String, source: String, target: String)
    /// A username that belongs to an account with another role or unit on the target.
    case account(username: String, source: String, target: String)
    /// An ID number (CCCD) held on the target by a different resident of the same province.
    case cccd(String, province: String, sourceResident: String, targetResident: String)
    /// A skills framework version whose content differs from the target's version of the same number.
    case framework(key: String, version: Int)
    /// Any other unique key whose values belong to a different row on the target.
    case uniqueKey(table: String, columns: [String], values: [String])

    public var description: String {
        switch self {
        case .unit(let code, let source, let target):
            return Strings.migrateConflictUnit(code: code, source: source, target: target)
        case .account(let username, let source, let target):
            return Strings.migrateConflictAccount(username: username, source: source, target: target)
        case .cccd(let cccd, let province, let sourceResident, let targetResident):
            return Strings.migrateConflictCCCD(cccd, province: province, sourceResident: sourceResident,
                                               targetResident: targetResident)
        case .framework(let key, let version):
            return Strings.migrateConflictFramework(key: key, version: version)
        case .uniqueKey(let table, let columns, let values):
            return Strings.migrateConflictUniqueKey(table: table, columns: columns.joined(separator: ", "),
                                                    values: values.joined(separator: ", "))
        }
    }
}

/// Why a migration stopped.
public enum StoreCopyError: Error, Sendable, CustomStringConvertible {
    /// The source must be an SQLite store and the target a PostgreSQL store.
    case wrongEngines
    /// No SQLite store at the given path.
    case noSource(String)
    /// The two schemas do not match (a table or column of the source is missing on the target).
    case schemaMismatch(String)
    /// The plan found conflicts; nothing was written.
    case conflicts([CopyConflict])

    public var description: String {
        switch self {
        case .wrongEngines:
            return Strings.migrateWrongEngines
        case .noSource(let path):
            return Strings.migrateNoSource(path)
        case .schemaMismatch(let message):
            return message
        case .conflicts(let conflicts):
            let shown = conflicts.prefix(20).map { "- \($0)" }
            let more = conflicts.count > shown.count ? ["- " + Strings.migrateMoreConflicts(conflicts.count - shown.count)] : []
            return ([Strings.migrateConflictsHeader(conflicts.count)] + shown + more).joined(separator: "\n")
        }
    }
}
