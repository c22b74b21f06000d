import Foundation
import HocVuSoCore
import SQLKit

/// Finding a commune's residents by what a list names them by: an ID number, or a name (with a birth date to tell
/// namesakes apart). Used to match an attendance list and to link a team member to a resident.
extension ResidentStore {
    /// The residents of a commune holding these (compacted, 12-digit) ID numbers, by number.
    public func residents(commune communeCode: String, cccds: [String]) async throws -> [String: Resident] {
        let numbers = Array(Set(cccds.filter { !$0.isEmpty }))
        guard !numbers.isEmpty else { return [:] }
        return try await database.read { sql in
            var found: [String: Resident] = [:]
            for chunk in numbers.chunked(500) {
                let rows = try await sql.raw("""
                    SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents
                    WHERE commune_code = \(bind: communeCode) AND cccd IN (\(SQLList(chunk.map { SQLBind($0) })))
                    """).all()
                for resident in try rows.map(ResidentRow.decode) {
                    if let number = resident.cccd { found[number] = resident }
                }
            }
            return found
        }
    }

    /// The residents of a commune whose folded full name (`VietnameseText.fold`) is one of `folds`.
    public func residents(commune communeCode: String, nameFolds folds: [String]) async throws -> [Resident] {
        let names = Array(Set(folds.filter { !$0.isEmpty }))
        guard !names.isEmpty else { return [] }
        return try await database.read { sql in
            var found: [Resident] = []
            for chunk in names.chunked(500) {
                let rows = try await sql.raw("""
                    SELECT \(unsafeRaw: ResidentRow.selectList) FROM residents
                    WHERE commune_code = \(bind: communeCode) AND name_fold IN (\(SQLList(chunk.map { SQLBind($0) })))
                    """).all()
                found += try rows.map(ResidentRow.decode)
            }
            return found
        }
    }
}
