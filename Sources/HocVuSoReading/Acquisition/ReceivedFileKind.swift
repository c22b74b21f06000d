import Foundation
import HocVuSoCore

/// What kind of file arrived, told by its first bytes (the name's extension is only a hint for plain text).
public enum ReceivedFileKind: String, Sendable, Codable, CaseIterable {
    case text
    case docx
    case pdf
    case png
    case jpeg
    case tiff

    public var isImage: Bool { self == .png || self == .jpeg || self == .tiff }

    /// The media type the original is served back with.
    public var contentType: String {
        switch self {
        case .text: return "text/plain; charset=utf-8"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: return "application/pdf"
        case .png: return "image/png"
        case .jpeg: return "image/jpeg"
        case .tiff: return "image/tiff"
        }
    }

    /// Sniffs the bytes; throws a Vietnamese `DomainError` naming the file when it is none of the kinds read.
    public static func of(_ data: Data, name: String) throws -> ReceivedFileKind {
        guard !data.isEmpty else { throw DomainError(.invalid, code: "reading.empty", message: Strings.ReceivedFile.empty) }
        let head = [UInt8](data.prefix(8))
        func starts(_ bytes: [UInt8]) -> Bool { head.count >= bytes.count && Array(head.prefix(bytes.count)) == bytes }
        if starts([0x25, 0x50, 0x44, 0x46]) { return .pdf }                        // %PDF
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .docx }                        // a zip: checked as Word when read
        if PlainText.decode(data) != nil { return .text }
        throw DomainError(.badRequest, code: "reading.type", message: Strings.ReceivedFile.unsupported(name))
    }
}
