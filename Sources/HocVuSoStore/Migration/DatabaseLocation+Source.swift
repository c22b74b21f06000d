import Foundation

extension DatabaseLocation {
    /// The source of a migration: `sqlite:PATH` where PATH is a data directory (holding `hocvuso.sqlite`) or the
    /// `.sqlite` file itself. Unlike opening a store, this never creates an empty one: the file must exist.
    public static func existingSQLiteStore(_ text: String) throws -> DatabaseLocation {
        guard text.hasPrefix("sqlite:") else { throw StoreCopyError.wrongEngines }
        let path = String(text.dropFirst("sqlite:".count))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreCopyError.noSource(path)
        }
        let location = isDirectory.boolValue ? DatabaseLocation.dataDirectory(path) : .sqlite(path: path)
        guard let file = location.sqlitePath, FileManager.default.fileExists(atPath: file) else {
            throw StoreCopyError.noSource(path)
        }
        return location
    }
}
