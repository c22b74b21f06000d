import HocVuSoCore

/// Failures of the store itself (not of user input), described for operators.
public enum StoreError: Error, CustomStringConvertible {
    case badDatabaseURL(String)
    case migrationFailed(name: String, underlying: any Error)
    case unexpectedRow(String)

    public var description: String {
        switch self {
        case .badDatabaseURL(let text):
            return "not a database URL (expected sqlite:PATH or postgres://user@host:port/db): \(text)"
        case .migrationFailed(let name, let underlying):
            return "migration \(name) failed: \(underlying)"
        case .unexpectedRow(let what):
            return "unexpected row: \(what)"
        }
    }
}
