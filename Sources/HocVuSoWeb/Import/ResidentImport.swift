import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import SQLKit

/// Importing a resident list: read the file, find the header, map columns, validate every row, then store all
/// rows in one transaction, or nothing. Shared by the web flow, the API and the command line.
public struct ResidentImport: Sendable {
    let store: Store
    let clock: any WallClock

    public init(store: Store, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// A file read and its header found: what the mapping step shows.
    public struct Prepared: Sendable {
        public var sheetNames: [String]
        public var sheet: Int
        /// The sheets (by index) that hold a list with a recognisable header; one is imported at a time.
        public var listSheets: [Int]
        public var header: DetectedHeader
        public var mapping: ColumnMapping
        public var rows: [[String]]
        /// 1-based file row number of `rows[0]`.
        public var firstRowNumber: Int
    }

    /// Reads the file and prepares one sheet: the one asked for (by 0-based index or by name), or the only sheet
    /// that holds a list. A workbook with several lists must say which one, so no sheet is skipped unnoticed.
    /// The browser flow passes `firstWhenSeveral` and shows a sheet picker instead of refusing.
    public static func prepare(data: Data, filename: String?, sheet wanted: String? = nil,
                               firstWhenSeveral: Bool = false) throws -> Prepared {
        guard !data.isEmpty else {
            throw DomainError(.invalid, code: "import.empty", message: Strings.importEmptyFile)
        }
        let tables = try TabularFile.read(data, filename: filename)
        let headers = tables.map { HeaderDetector.detect(rows: $0.rows) }
        let listSheets = tables.indices.filter { headers[$0] != nil }
        let chosen: Int
        if let wanted {
            guard let index = Int(wanted).flatMap({ tables.indices.contains($0) ? $0 : nil })
                    ?? tables.firstIndex(where: { $0.name == wanted }) else {
                throw DomainError(.invalid, code: "import.sheet", message: Strings.importSheetUnknown(wanted, tables.map(\.name)))
            }
            chosen = index
        } else if listSheets.count > 1, !firstWhenSeveral {
            throw DomainError(.invalid, code: "import.sheets", message: Strings.importSeveralSheets(listSheets.map { tables[$0].name }))
        } else if let only = listSheets.first {
            chosen = only
        } else if tables.allSatisfy({ $0.rows.allSatisfy { $0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } } }) {
            throw DomainError(.invalid, code: "import.empty", message: Strings.importEmptyFile)
        } else {
            throw DomainError(.invalid, code: "import.header", message: Strings.importHeaderNotFound(searchedRows: HeaderDetector.searchDepth))
        }
        guard let header = headers[chosen] else {
            throw DomainError(.invalid, code: "import.header", message: Strings.importHeaderNotFound(searchedRows: HeaderDetector.searchDepth))
        }
        return Prepared(sheetNames: tables.map(\.name), sheet: chosen, listSheets: listSheets, header: header,
                        mapping: ColumnMapping.guess(headers: header.headers),
                        rows: Array(tables[chosen].rows.dropFirst(header.firstDataRow)), firstRowNumber: header.firstDataRow + 1)
    }

    /// Validates every row against the mapping and the stored residents of the province.
    public func validate(_ prepared: Prepared, unit: AdminUnit) async throws -> ResidentValidation {
        let directory = store.directory
        let villages = ResidentImport.villages(for: unit, directory: directory)
        let resolver = ResidentImport.villageResolver(villages)
        let candidates = ResidentRowValidator.candidateCCCDs(rows: prepared.rows, mapping: prepared.mapping)
        let existing = try await store.residents.existingCCCDs(Array(candidates))
        let validator = ResidentRowValidator(mapping: prepared.mapping, headers: prepared.header.headers,
                                             defaultVillageCode: unit.level == .village ? unit.code : nil,
                                             villageResolver: resolver, existingCCCDs: existing,
                                             today: CivilDate(clock.now()))
        return validator.validate(rows: prepared.rows, firstRowNumber: prepared.firstRowNumber)
    }

    /// Stores every draft in one transaction; `progress` hears how many rows are written so far.
    public func commit(_ drafts: [ResidentDraft], actor: AccessActor, unitCode: String,
                       progress: (@Sendable (Int) async -> Void)? = nil) async throws -> (residents: Int, households: Int) {
        let (households, residents) = ResidentImport.assemble(drafts)
        let directory = store.directory
        try await store.residents.insertInOneTransaction(households: households, residents: residents, directory: directory,
                                                         actor: actor, unitCode: unitCode, progress: progress)
        return (residents.count, households.count)
    }

    /// The whole import in one call (API and command line): validate, then commit unless `dryRun`.
    public func run(data: Data, filename: String?, sheet: String? = nil, unit: AdminUnit, dryRun: Bool,
                    actor: AccessActor) async throws -> (residents: Int, households: Int) {
        let prepared = try Self.prepare(data: data, filename: filename, sheet: sheet)
        let validation = try await validate(prepared, unit: unit)
        if let error = validation.error { throw error }
        let drafts = validation.drafts ?? []
        if dryRun {
            return (drafts.count, Self.assemble(drafts).households.count)
        }
        return try await commit(drafts, actor: actor, unitCode: unit.code)
    }

    /// Households from the drafts' household keys; a draft without a key gets a household of its own.
    static func assemble(_ drafts: [ResidentDraft]) -> (households: [Household], residents: [Resident]) {
        var households: [Household] = []
        var byKey: [String: UUID] = [:]
        var residents: [Resident] = []
        residents.reserveCapacity(drafts.count)
        for draft in drafts {
            let household: UUID
            var head = draft.isHouseholdHead
            if let key = draft.householdKey {
                if let known = byKey[key] {
                    household = known
                } else {
                    household = UUID()
                    byKey[key] = household
                    households.append(Household(id: household, villageCode: draft.villageCode, number: draft.householdNumber))
                }
            } else {
                household = UUID()
                head = true
                households.append(Household(id: household, villageCode: draft.villageCode, number: draft.householdNumber))
            }
            var resident = draft.resident(id: UUID(), householdID: household)
            resident.isHouseholdHead = head
            residents.append(resident)
        }
        return (households, residents)
    }

    /// The villages rows may name: the unit itself when it is a village, else the commune's active villages.
    static func villages(for unit: AdminUnit, directory: UnitDirectory) -> [AdminUnit] {
        switch unit.level {
        case .village: return [unit]
        case .commune: return directory.children(of: unit.code).filter { $0.status == .active }
        case .province: return []
        }
    }

    /// Resolves a village cell by code, by full name ("Thôn 3") or by name ("3"), ignoring diacritics and case.
    static func villageResolver(_ villages: [AdminUnit]) -> @Sendable (String) -> String? {
        var index: [String: String] = [:]
        for village in villages {
            index[village.code] = village.code
            index[VietnameseText.fold(village.fullName)] = village.code
            index[VietnameseText.fold(village.name)] = village.code
        }
        let lookup = index
        return { cell in lookup[cell] ?? lookup[VietnameseText.fold(cell)] }
    }
}
