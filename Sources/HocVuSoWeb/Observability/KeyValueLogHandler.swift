import Foundation
import Logging

/// A swift-log handler that writes one line per event as `key=value` pairs (logfmt):
/// `ts=… level=info label=hocvuso msg=request method=GET route=/units/{code} status=200 duration_ms=1.20 request_id=…`.
public struct KeyValueLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    let write: @Sendable (String) -> Void

    /// Writes to standard error unless `write` is given (tests capture the lines).
    public init(label: String, write: (@Sendable (String) -> Void)? = nil) {
        self.label = label
        self.write = write ?? { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var pairs: [(String, String)] = [("ts", Date().formatted(.iso8601)), ("level", event.level.rawValue), ("label", label),
                                         ("msg", event.message.description)]
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in merged.keys.sorted() {
            let name = key == "hb.request.id" ? "request_id" : key
            pairs.append((name, merged[key]!.description))
        }
        write(pairs.map { "\($0.0)=\(Self.quoted($0.1))" }.joined(separator: " "))
    }

    /// Values with spaces, quotes or `=` are quoted, with `"` and `\` escaped and newlines written as `\n`.
    static func quoted(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0 == "\\" || $0.isNewline }) else {
            return value
        }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        return "\"\(escaped)\""
    }
}
