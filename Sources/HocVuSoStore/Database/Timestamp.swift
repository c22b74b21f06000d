import Foundation
import HocVuSoCore

/// Instants are stored as ISO 8601 UTC text with milliseconds, which sorts correctly as text on both engines.
enum Timestamp {
    static func string(_ date: Date) -> String {
        InstantText.utcMilliseconds(date)
    }

    static func date(_ text: String) -> Date? {
        InstantText.parse(text)
    }
}
