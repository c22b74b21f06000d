import Foundation
import HocVuSoCore
import HocVuSoStore

/// Takes a batch of sessions from a phone or a script: checks each item, writes the valid ones (idempotent by id)
/// and answers per item, in the order received. An invalid item never stops the others.
struct SessionBatch {
    let services: AppServices

    struct Request: Decodable {
        var items: [SessionDraft]
    }

    struct ResultJSON: Encodable, Sendable {
        var id: String
        var status: String
        var reason: String?
    }

    struct Response: Encodable, Sendable {
        var results: [ResultJSON]
    }

    func record(_ items: [SessionDraft], account: Account) async throws -> [RecordOutcome] {
        guard !items.isEmpty else {
            throw DomainError(.invalid, code: "batch.empty", message: Strings.batchEmpty)
        }
        guard items.count <= SessionRules.maxBatchItems else {
            throw DomainError(.tooLarge, code: "batch.too-large", message: Strings.batchTooLarge(SessionRules.maxBatchItems))
        }
        let now = services.clock.now()
        let membership = try await services.memberships.membership(of: account.id, on: CivilDate(now))
        let rules = SessionRules(directory: services.store.directory, categories: services.store.catalog,
                                 scope: account.role == .admin ? nil : account.unitCode, recordedBy: account.id,
                                 member: membership, now: now)
        // Only those who manage teams may record a session in another member's name.
        let mayNameMember = account.role.may(.manageTeams)
        var outcomes: [RecordOutcome?] = Array(repeating: nil, count: items.count)
        var valid: [(index: Int, session: SupportSession)] = []
        for (index, item) in items.enumerated() {
            var draft = item
            if !mayNameMember { draft.memberId = nil }
            switch rules.check(draft) {
            case .success(let session): valid.append((index, session))
            case .failure(let rejection): outcomes[index] = rejection
            }
        }
        let written = try await services.store.sessions.recorder.record(valid.map(\.session))
        for (position, entry) in valid.enumerated() {
            // Answer with the id exactly as the client sent it (phones generate lower-case UUIDs).
            var outcome = written[position]
            outcome.id = items[entry.index].id ?? outcome.id
            outcomes[entry.index] = outcome
        }
        return outcomes.map { $0! }
    }
}

/// The team member an account records as, remembered for a minute so a busy phone does not look it up per request.
actor MembershipCache {
    private let store: Store
    private var entries: [UUID: (member: UUID?, day: CivilDate, until: Date)] = [:]
    static let lifetime: TimeInterval = 60

    init(store: Store) {
        self.store = store
    }

    func membership(of userID: UUID, on day: CivilDate) async throws -> UUID? {
        let now = Date()
        if let entry = entries[userID], entry.day == day, entry.until > now {
            return entry.member
        }
        let member = try await store.teams.membership(userID: userID, on: day)?.member.id
        entries[userID] = (member, day, now.addingTimeInterval(Self.lifetime))
        return member
    }

    /// Forgets an account's membership after its team changes.
    func forget(_ userID: UUID?) {
        if let userID { entries[userID] = nil } else { entries.removeAll() }
    }
}
