// A response read by LoopbackHTTP, and the parsing of HTTP/1.1 response bytes (Content-Length, chunked, or
// up to the end of the connection).

import Foundation

public struct LoopbackHTTPResponse: Sendable {
    public let status: Int
    /// Header fields in the order received, names as sent.
    public let headers: [(name: String, value: String)]
    public let body: Data

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header (case-insensitive name).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of a header, e.g. all `Set-Cookie` lines.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The body decoded as JSON.
    public func decode<T: Decodable>(_ type: T.Type, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        try decoder.decode(type, from: body)
    }

    /// Parses `data`. nil means "more bytes are needed" (only when `complete` is false, i.e. the connection
    /// may still deliver more); with `complete` true a truncated response throws.
    static func parse(_ data: Data, complete: Bool) throws -> LoopbackHTTPResponse? {
        let bytes = [UInt8](data)
        guard let headEnd = bytes.firstRange(of: [13, 10, 13, 10])?.lowerBound else {
            if complete { throw BrowserTestError.badHTTPResponse("no header end in \(bytes.count) bytes") }
            return nil
        }
        let lines = String(decoding: bytes[0..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/"), let status = Int(statusParts[1]) else {
            throw BrowserTestError.badHTTPResponse("status line \(lines[0].debugDescription)")
        }
        let headers: [(name: String, value: String)] = lines.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        func value(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
        let rest = Array(bytes[(headEnd + 4)...])
        let body: [UInt8]
        if status == 204 || status == 304 {
            body = []
        } else if value("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            guard let decoded = try dechunk(rest) else {
                if complete { throw BrowserTestError.badHTTPResponse("truncated chunked body") }
                return nil
            }
            body = decoded
        } else if let lengthText = value("Content-Length"), let length = Int(lengthText) {
            guard rest.count >= length else {
                if complete { throw BrowserTestError.badHTTPResponse("body has \(rest.count) of \(length) bytes") }
                return nil
            }
            body = Array(rest[0..<length])
        } else {
            guard complete else { return nil }
            body = rest
        }
        return LoopbackHTTPResponse(status: status, headers: headers, body: Data(body))
    }

    /// The payload of a chunked body, or nil if the final chunk has not arrived yet.
    private static func dechunk(_ bytes: [UInt8]) throws -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        while true {
            guard let lineEnd = bytes[index...].firstRange(of: [13, 10])?.lowerBound else { return nil }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw BrowserTestError.badHTTPResponse("chunk size \(sizeText.debugDescription)")
            }
            let start = lineEnd + 2
            if size == 0 { return output }
            guard bytes.count >= start + size + 2 else { return nil }
            output.append(contentsOf: bytes[start..<(start + size)])
            index = start + size + 2
        }
    }
}
