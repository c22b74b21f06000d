import Foundation

/// One `<Relationship>` of a `.rels` part, with its target resolved to an archive path.
struct Relationship: Sendable, Equatable {
    var id: String
    /// The last segment of the type URI ("worksheet", "sharedStrings", "styles", "officeDocument").
    var kind: String
    var path: String
}

enum Relationships {
    /// The `.rels` part that belongs to `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
    static func relsPath(for part: String) -> String {
        let (folder, file) = split(part)
        return folder.isEmpty ? "_rels/\(file).rels" : "\(folder)/_rels/\(file).rels"
    }

    /// The relationships of `part`, or [] when it has no `.rels` part.
    static func read(for part: String, in directory: ZipDirectory, limit: Int) throws -> [Relationship] {
        let rels = relsPath(for: part)
        guard directory.entry(rels) != nil else { return [] }
        let handler = RelationshipsHandler(base: split(part).folder)
        try XMLPart.parse(rels, in: directory, limit: limit, with: handler)
        return handler.relationships
    }

    /// Resolves a relationship target against the folder of its source part: "worksheets/sheet1.xml",
    /// "/xl/worksheets/sheet1.xml" and "../xl/worksheets/sheet1.xml" all work; %-escapes are decoded.
    static func resolve(_ target: String, base: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring] = decoded.hasPrefix("/") ? [] : base.split(separator: "/")
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func split(_ path: String) -> (folder: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}

final class RelationshipsHandler: XMLPartHandler {
    private let base: String
    private(set) var relationships: [Relationship] = []

    init(base: String) { self.base = base }

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", attributes["TargetMode"] != "External",
              let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        relationships.append(Relationship(id: id, kind: kind, path: Relationships.resolve(target, base: base)))
    }
}
