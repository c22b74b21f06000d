import Foundation
import HocVuSoCore
import NIOCore

/// A multipart/form-data body, split into named parts (a file upload and a few fields).
public struct Multipart: Sendable {
    public struct Part: Sendable {
        public var name: String
        public var filename: String?
        public var data: Data
    }

    public var parts: [Part]

    public func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    public func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil }
    }

    public static func parse(body: ByteBuffer, contentType: String) throws -> Multipart {
        guard let boundaryRange = contentType.range(of: "boundary=") else {
            throw DomainError(.badRequest, code: "multipart", message: Strings.badRequest)
        }
        var boundary = String(contentType[boundaryRange.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let data = Data(buffer: body)
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Part] = []
        var cursor = data.startIndex
        guard let first = data.range(of: delimiter, in: cursor..<data.endIndex) else {
            throw DomainError(.badRequest, code: "multipart", message: Strings.badRequest)
        }
        cursor = first.upperBound
        while cursor < data.endIndex {
            // After a delimiter: "--" ends the body, otherwise CRLF then headers.
            if data[cursor...].starts(with: Data("--".utf8)) { break }
            guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8), in: cursor..<data.endIndex),
                  let next = data.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<data.endIndex) else {
                throw DomainError(.badRequest, code: "multipart", message: Strings.badRequest)
            }
            let headers = String(decoding: data[cursor..<headerEnd.lowerBound], as: UTF8.self)
            let content = data[headerEnd.upperBound..<next.lowerBound]
            if let name = Self.attribute("name", in: headers) {
                parts.append(Part(name: name, filename: Self.attribute("filename", in: headers), data: Data(content)))
            }
            cursor = next.upperBound
        }
        return Multipart(parts: parts)
    }

    /// The quoted value of `key` in a Content-Disposition line; `name` never matches inside `filename`.
    static func attribute(_ key: String, in headers: String) -> String? {
        for separator in [";", " "] {
            guard let range = headers.range(of: "\(separator)\(key)=\"") ?? headers.range(of: "\(separator) \(key)=\"") else { continue }
            let rest = headers[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<end])
        }
        return nil
    }
}
