import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// Importing a learning platform's spreadsheet: read the file, find the header, map the columns (a saved mapping
/// for the platform first, else a guess), read every row, then match and store. Shared by the browser flow, the
/// API and the command line.
public struct LearningImport: Sendable {
    let store: Store
    let clock: any WallClock

    public init(store: Store, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// A file read and its header found.
    public struct Prepared: Sendable {
        public var platform: String
        public var headers: [String]
        public var rows: [[String]]
        public var firstRowNumber: Int
        public var mapping: LearningMapping
        /// The mapping came from an earlier import of this platform.
        public var savedMapping: Bool
    }

    public func prepare(data: Data, filename: String?, platform typed: String) async throws -> Prepared {
        let platform = Course.platformName(typed)
        guard !platform.isEmpty, platform.count <= 100 else {
            throw DomainError(.invalid, code: "learning.platform", message: Strings.learningPlatformRequired)
        }
        guard !data.isEmpty else {
            throw DomainError(.invalid, code: "import.empty", message: Strings.importEmptyFile)
        }
        let tables = try TabularFile.read(data, filename: filename)
        for table in tables {
            guard let header = table.rows.prefix(HeaderDetector.searchDepth)
                .firstIndex(where: { LearningMapping.knownHeaderCount($0) >= 2 }) else { continue }
            let headers = table.rows[header].map { VietnameseText.normalize($0) }
            var mapping = LearningMapping.guess(headers: headers)
            var saved = false
            if let known = try await store.learning.mapping(platform: platform),
               known.columns.keys.allSatisfy({ $0 < headers.count }) {
                mapping = known
                saved = true
            }
            return Prepared(platform: platform, headers: headers, rows: Array(table.rows.dropFirst(header + 1)),
                            firstRowNumber: header + 2, mapping: mapping, savedMapping: saved)
        }
        throw DomainError(.invalid, code: "import.header", message: Strings.importHeaderNotFound(searchedRows: HeaderDetector.searchDepth))
    }

    /// Reads every row with the mapping; all problems or all rows.
    public func read(_ prepared: Prepared) throws -> [LearningRow] {
        let reader = LearningRowReader(mapping: prepared.mapping, headers: prepared.headers, today: CivilDate(clock.now()))
        switch reader.read(rows: prepared.rows, firstRowNumber: prepared.firstRowNumber) {
        case .success(let rows): return rows
        case .failure(let error): throw error
        }
    }

    /// Where the learners of an import into `unit` are looked for.
    public static func scope(_ unit: AdminUnit, directory: UnitDirectory) throws -> LearningStore.Scope {
        let path = directory.path(to: unit.code)
        guard let province = path.first(where: { $0.level == .province }) else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(unit.code))
        }
        switch unit.level {
        case .province: return .init(unitCode: unit.code, provinceCode: province.code, communeCode: nil)
        case .commune: return .init(unitCode: unit.code, provinceCode: province.code, communeCode: unit.code)
        case .village:
            let commune = path.first(where: { $0.level == .commune })?.code
            return .init(unitCode: commune ?? unit.code, provinceCode: province.code, communeCode: commune)
        }
    }

    /// The whole import in one call (API and command line).
    public func run(data: Data, filename: String?, platform: String, unit: AdminUnit, dryRun: Bool, actor: AccessActor,
                    progress: (@Sendable (Int) async -> Void)? = nil) async throws -> LearningImportSummary {
        let prepared = try await prepare(data: data, filename: filename, platform: platform)
        let rows = try read(prepared)
        if dryRun {
            var summary = LearningImportSummary()
            summary.rows = rows.count
            return summary
        }
        return try await store.learning.importRows(rows, platform: prepared.platform,
                                                   scope: try Self.scope(unit, directory: store.directory),
                                                   filename: filename ?? "", actor: actor, progress: progress)
    }
}
