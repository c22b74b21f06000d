import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Door-to-door visits: record one, coverage per village, households not yet visited.
struct VisitAPI {
    let services: AppServices

    struct VisitResultJSON: Encodable, Sendable {
        var id: String
        var status: String
    }

    struct VisitJSON: Encodable, Sendable {
        var id: String
        var householdId: String
        var villageCode: String
        var date: String
        var status: String
        var head: String?
        var memberId: String?
        var memberName: String?
        var present: [String]
        var note: String?
        var sessions: [SessionJSON]

        init(_ line: VisitStore.VisitLine, sessions: [SessionJSON]) {
            id = line.visit.id.uuidString
            householdId = line.visit.householdID.uuidString
            villageCode = line.visit.villageCode
            date = line.visit.day.iso
            status = line.visit.status.rawValue
            head = line.household.headName
            memberId = line.visit.memberID?.uuidString
            memberName = line.memberName
            present = line.presentNames
            note = line.visit.note
            self.sessions = sessions
        }
    }

    struct HouseholdJSON: Encodable, Sendable {
        var id: String
        var villageCode: String
        var number: String?
        var address: String?
        var head: String?
        var members: Int
    }

    func register(_ routes: Routes) {
        routes.post("/api/v1/units/{code}/visits", .unit(.recordSessions)) { request, context in
            let village = try ActivityUnits.village(try context.authorizedUnit())
            let body = try await decode(VisitRequest.self, request, context)
            let account = try context.account()
            let visit = try await self.visit(body, village: village, account: account)
            let created = try await services.store.visits.record(visit, communeCode: village.parentCode ?? "")
            return JSONResponse(VisitResultJSON(id: visit.id.uuidString, status: created ? "created" : "duplicate"),
                                status: created ? .created : .ok)
        }
        routes.get("/api/v1/units/{code}/visits", .unit(.readActivity)) { _, context in
            let unit = try context.authorizedUnit()
            return JSONResponse(try await Self.coverage(unit, services: services))
        }
        routes.get("/api/v1/units/{code}/visits/recent", .unit(.readActivity)) { request, context in
            let unit = try context.authorizedUnit()
            let per = min(request.query("per").flatMap(Int.init) ?? 50, ActivityQuery.maxPerPage)
            let page = try await services.store.visits.recent(unit: unit, page: try request.pageNumber(), perPage: max(1, per))
            let sessions = try await services.store.sessions.sessions(ofVisits: page.items.map(\.visit.id))
            try await services.store.accessLog.record(.list, actor: context.actor(), subject: nil, unitCode: unit.code,
                                                      detail: "visits page \(page.page)")
            let catalog = services.store.catalog
            return JSONResponse(ListJSON(total: page.total, page: page.page, per: page.perPage, items: page.items.map {
                VisitJSON($0, sessions: (sessions[$0.visit.id] ?? []).map { SessionJSON($0, catalog: catalog) })
            }))
        }
        routes.get("/api/v1/units/{code}/households/not-visited", .unit(.readActivity)) { request, context in
            let village = try ActivityUnits.village(try context.authorizedUnit())
            let per = min(request.query("per").flatMap(Int.init) ?? 50, ActivityQuery.maxPerPage)
            let page = try await services.store.visits.notVisited(village: village.code, page: try request.pageNumber(), perPage: max(1, per))
            return JSONResponse(ListJSON(total: page.total, page: page.page, per: page.perPage, items: page.items.map {
                HouseholdJSON(id: $0.id.uuidString, villageCode: $0.villageCode, number: $0.number, address: $0.address,
                              head: $0.headName, members: $0.members)
            }))
        }
    }

    private func visit(_ body: VisitRequest, village: AdminUnit, account: Account) async throws -> HouseholdVisit {
        guard let household = UUID(uuidString: body.householdId) else {
            throw DomainError(.invalid, code: "visit.household", message: Strings.householdNotFound)
        }
        var id = UUID()
        if let text = body.id {
            guard let parsed = UUID(uuidString: text) else { throw DomainError(.invalid, code: "visit.id", message: Strings.idInvalid) }
            id = parsed
        }
        let today = CivilDate(services.clock.now())
        let day = try TeamAPI.date(body.date, default: today)
        try HouseholdVisit.checkDay(day, today: today)
        let status = VisitStatus(rawValue: body.status ?? VisitStatus.visited.rawValue) ?? .visited
        var present: [UUID] = []
        for text in body.present ?? [] {
            guard let resident = UUID(uuidString: text) else {
                throw DomainError(.invalid, code: "visit.present", message: Strings.visitPresentNotMember)
            }
            present.append(resident)
        }
        let note = body.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let note, note.count > SessionRules.maxNoteLength {
            throw DomainError(.invalid, code: "visit.note", message: Strings.fieldTooLong(SessionRules.maxNoteLength))
        }
        let member = try await services.memberships.membership(of: account.id, on: today)
        return HouseholdVisit(id: id, householdID: household, villageCode: village.code, day: day, memberID: member,
                              recordedBy: account.id, status: status, presentResidentIDs: present,
                              note: note?.isEmpty == true ? nil : note)
    }

    /// Households visited against all households, for a village or for each village of a commune.
    static func coverage(_ unit: AdminUnit, services: AppServices) async throws -> CoverageJSON {
        let directory = services.store.directory
        let villages = unit.level == .village ? [unit] : directory.children(of: unit.code).filter { $0.level == .village }
        let counts = try await services.store.rollups.counts(units: [unit.code] + villages.map(\.code))
        func numbers(_ code: String) -> (Int, Int) {
            (counts[code]?[RollupStore.Metric.households] ?? 0, counts[code]?[RollupStore.Metric.householdsVisited] ?? 0)
        }
        let (households, visited) = numbers(unit.code)
        return CoverageJSON(code: unit.code, households: households, visited: visited, villages: villages.map {
            let (h, v) = numbers($0.code)
            return CoverageJSON.Village(code: $0.code, name: $0.fullName, households: h, visited: v, notVisited: max(0, h - v))
        })
    }
}
