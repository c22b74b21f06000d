import Foundation
import NIOCore

/// An application/x-www-form-urlencoded body: ordered name/value pairs (a name may repeat).
public struct FormData: Sendable {
    public private(set) var pairs: [(String, String)] = []

    public init(body: ByteBuffer) {
        self.init(string: String(buffer: body))
    }

    public init(string: String) {
        for part in string.split(separator: "&") {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append((name, value))
        }
    }

    public func first(_ name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// The trimmed value, or nil when missing or blank.
    public func text(_ name: String) -> String? {
        guard let value = first(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    public func all(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map(\.1)
    }

    static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
}
