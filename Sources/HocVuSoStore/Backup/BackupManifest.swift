import Foundation

/// What a backup file says about itself: which engine wrote the payload, the schema it had (the applied migration
/// steps), the row count of every table in the backed-up snapshot, and the payload's size and SHA-256.
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let currentFormat = 1

    public var format: Int
    public var engine: String
    public var createdAt: Date
    /// The applied migration steps, oldest first; the last one is the schema version.
    public var migrations: [String]
    /// Rows per table, as of the snapshot the payload holds.
    public var tables: [String: Int]
    public var payloadBytes: Int64
    public var payloadSHA256: String

    public var schemaVersion: String { migrations.last ?? "" }
    public var totalRows: Int { tables.values.reduce(0, +) }
}
