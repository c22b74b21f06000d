import Foundation

/// The copies a document may carry: PDF, Word, Excel or a photo of the paper, up to 10 MB. The file's content must
/// match its extension, so nothing else (a web page renamed .pdf) is ever stored and served back.
public enum DocumentAttachment {
    public static let maxBytes = 10 * 1024 * 1024

    /// The content type to store and serve for an accepted file; throws a Vietnamese message otherwise.
    public static func contentType(filename: String, data: Data) throws -> String {
        guard !data.isEmpty else {
            throw DomainError(.invalid, code: "document.file-empty", message: Strings.officialDocFileEmpty)
        }
        guard data.count <= maxBytes else {
            throw DomainError(.tooLarge, code: "document.file-too-large", message: Strings.officialDocFileTooLarge)
        }
        let ext = (filename as NSString).pathExtension.lowercased()
        guard let kind = kinds.first(where: { $0.extensions.contains(ext) }) else {
            throw DomainError(.invalid, code: "document.file-type", message: Strings.officialDocFileType)
        }
        guard data.starts(with: kind.magic) else {
            throw DomainError(.invalid, code: "document.file-content", message: Strings.officialDocFileMismatch)
        }
        return kind.contentType
    }

    /// The name to keep: the last path component, without characters that would break a header or a page,
    /// at most 150 characters (the extension kept).
    public static func cleanName(_ filename: String) -> String {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(last.filter { !$0.isNewline && $0 != "\"" && $0 != "<" && $0 != ">" && !($0.asciiValue.map { $0 < 0x20 } ?? false) })
            .trimmingCharacters(in: .whitespaces)
        if name.count > 150 {
            let ext = (name as NSString).pathExtension
            name = String(name.prefix(140)) + (ext.isEmpty ? "" : "." + ext)
        }
        return name.isEmpty ? "tep-dinh-kem" : name
    }

    struct Kind {
        var extensions: [String]
        var contentType: String
        var magic: [UInt8]
    }

    static let kinds: [Kind] = [
        Kind(extensions: ["pdf"], contentType: "application/pdf", magic: Array("%PDF".utf8)),
        Kind(extensions: ["docx"], contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             magic: [0x50, 0x4B, 0x03, 0x04]),
        Kind(extensions: ["xlsx"], contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             magic: [0x50, 0x4B, 0x03, 0x04]),
        Kind(extensions: ["doc"], contentType: "application/msword", magic: [0xD0, 0xCF, 0x11, 0xE0]),
        Kind(extensions: ["jpg", "jpeg"], contentType: "image/jpeg", magic: [0xFF, 0xD8, 0xFF]),
        Kind(extensions: ["png"], contentType: "image/png", magic: [0x89, 0x50, 0x4E, 0x47]),
    ]
}
