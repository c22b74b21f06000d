import Foundation
import HocVuSoCore
import SQLKit

/// Fulfilling requests: each one changes the registry (or reads it) and closes the request in one transaction,
/// with its access-log entries.
extension DataSubjectRequestStore {
    /// What is stored about the request's resident, logged as a view (`.view`) or as an export of personal data
    /// (`.export`, for a copy handed over as a file).
    public func dossier(for id: UUID, action: AccessLogStore.Action, format: String? = nil,
                        actor: AccessActor) async throws -> PersonalDataDossier {
        guard let line = try await get(id) else {
            throw DomainError(.notFound, code: "privacy-request.not-found", message: Strings.privacyRequestNotFound)
        }
        let request = line.request
        guard line.residentName != nil else {
            throw DomainError(.notFound, code: "privacy-request.resident-gone", message: Strings.privacyResidentGone)
        }
        let dossier = try await database.read { sql in
            try await PersonalDataQuery.dossier(request.residentID, provinceCode: request.provinceCode, sql)
        }
        let entries = try await AccessLogStore(database).entries(subject: request.residentID.uuidString, limit: 1000)
        var result = dossier
        result.accessLog = entries.map { .init(at: $0.at, username: $0.username, action: $0.action, detail: $0.detail) }
        let detail = ["privacy-request", request.kind.rawValue, request.id.uuidString, format].compactMap { $0 }.joined(separator: " ")
        try await AccessLogStore(database).record(action, actor: actor, subject: request.residentID.uuidString,
                                                  unitCode: request.villageCode, detail: detail, now: clock.now())
        return result
    }

    /// Restricts the processing of the resident's data (see `ResidentRestriction`) and closes the request.
    public func restrict(_ id: UUID, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.open(id, sql)
            try Self.expect(request, .restrict)
            try await ResidentStore.setRestricted(request.residentID, true, actor: actor,
                                                  detail: "privacy-request restrict \(request.id.uuidString)", now: now, sql)
            try await Self.close(request, status: .done, outcome: Strings.privacyOutcomeRestricted, changedFields: [],
                                 actor: actor, now: now, sql)
        }
    }

    /// Ends a restriction at the resident's request: processing resumes as before. A resident who is not restricted
    /// is refused (the request should be refused with a reason instead).
    public func unrestrict(_ id: UUID, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.open(id, sql)
            try Self.expect(request, .unrestrict)
            guard try await ResidentStore.isRestricted(request.residentID, sql) else {
                throw DomainError(.conflict, code: "privacy-request.not-restricted", message: Strings.privacyNotRestricted)
            }
            try await ResidentStore.setRestricted(request.residentID, false, actor: actor,
                                                  detail: "privacy-request unrestrict \(request.id.uuidString)", now: now, sql)
            try await Self.close(request, status: .done, outcome: Strings.privacyOutcomeUnrestricted, changedFields: [],
                                 actor: actor, now: now, sql)
        }
    }

    /// Corrects the resident's record through the registry's own update (counters follow) and closes the request
    /// with the fields that changed.
    public func correct(_ id: UUID, to resident: Resident, residents: ResidentStore, directory: UnitDirectory,
                        actor: AccessActor) async throws -> [String] {
        guard let line = try await get(id) else {
            throw DomainError(.notFound, code: "privacy-request.not-found", message: Strings.privacyRequestNotFound)
        }
        try Self.expect(line.request, .correct)
        guard line.request.isOpen else { throw DomainError(.conflict, code: "privacy-request.closed", message: Strings.privacyAlreadyClosed) }
        guard resident.id == line.request.residentID else {
            throw DomainError(.invalid, code: "privacy-request.resident", message: Strings.privacyResidentNotFound)
        }
        let old = try await residents.find(resident.id)
        let saved = try await residents.update(resident, directory: directory, actor: actor)
        let changed = ResidentChanges.fields(from: old, to: saved)
        try await complete(id, outcome: Strings.privacyOutcomeCorrected(changed), changedFields: changed, actor: actor)
        return changed
    }

    /// Erases the resident: the registry row goes through the registry's delete (counters follow, an emptied household
    /// goes too) and every record that pointed at them is made anonymous in the same transaction
    /// (see `PersonalDataErasure`). The request is closed; it keeps only the resident's ID.
    public func erase(_ id: UUID, directory: UnitDirectory, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.open(id, sql)
            try Self.expect(request, .delete)
            let resident = try await ResidentStore.fetch(request.residentID, sql)
            try await PersonalDataErasure.anonymise(resident, provinceCode: request.provinceCode, sql)
            try await Self.close(request, status: .done, outcome: Strings.privacyOutcomeDeleted, changedFields: [],
                                 actor: actor, now: now, sql)
            try await ResidentStore.delete(request.residentID, directory: directory, actor: actor, now: now, sql)
        }
    }

    static func expect(_ request: DataSubjectRequest, _ kind: DataSubjectRequest.Kind) throws {
        guard request.kind == kind else {
            throw DomainError(.conflict, code: "privacy-request.kind", message: Strings.privacyWrongKind(request.kind))
        }
    }
}
