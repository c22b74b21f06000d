import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Classes and events: list, create, read with attendance by target group, change attendance.
struct EventAPI {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/events", .unit(.readActivity)) { request, context in
            let unit = try context.authorizedUnit()
            let query = try ActivityQuery(request, unit: unit, directory: services.store.directory)
            let page = try await services.store.events.list(query, unit: unit)
            return JSONResponse(ListJSON(total: page.total, page: page.page, per: page.perPage, items: page.items.map(EventJSON.init)))
        }
        routes.post("/api/v1/units/{code}/events", .unit(.manageEvents)) { request, context in
            let unit = try context.authorizedUnit()
            let body = try await decode(EventRequest.self, request, context)
            let event = try Self.event(body, unit: unit, directory: services.store.directory)
            let created = try await services.store.events.create(event, provinceCode: unit.provinceCode)
            guard let line = try await services.store.events.get(event.id) else {
                throw DomainError(.notFound, code: "event.not-found", message: Strings.eventNotFound)
            }
            return JSONResponse(EventJSON(line), status: created ? .created : .ok)
        }
        routes.get("/api/v1/events/{event}", .event(.readActivity)) { _, context in
            let id = try Self.id(context)
            return JSONResponse(try await detail(id, actor: context.actor()))
        }
        routes.post("/api/v1/events/{event}/attendance", .event(.manageEvents)) { request, context in
            let id = try Self.id(context)
            let body = try await decode(AttendanceRequest.self, request, context)
            func ids(_ list: [String]?) throws -> [UUID] {
                try (list ?? []).map {
                    guard let id = UUID(uuidString: $0) else {
                        throw DomainError(.invalid, code: "event.attendee", message: Strings.sessionResidentInvalid)
                    }
                    return id
                }
            }
            try await services.store.events.updateAttendance(event: id, add: try ids(body.add), remove: try ids(body.remove),
                                                             headCount: body.headCount.map { .some($0) })
            return JSONResponse(try await detail(id, actor: context.actor()))
        }
    }

    private func detail(_ id: UUID, actor: AccessActor) async throws -> EventJSON {
        guard let line = try await services.store.events.get(id), let summary = try await services.store.events.summary(event: id) else {
            throw DomainError(.notFound, code: "event.not-found", message: Strings.eventNotFound)
        }
        var json = EventJSON(line)
        json.byTargetGroup = Dictionary(uniqueKeysWithValues: summary.byGroup.map { ($0.key.rawValue, $0.value) })
        json.byTargetGroup?["unnamed"] = summary.unnamed
        let attendees = try await services.store.events.attendees(event: id, actor: actor)
        try await services.store.accessLog.record(.list, actor: actor, subject: nil, unitCode: line.event.unitCode,
                                                  detail: "event \(id.uuidString) attendees")
        json.attendees = attendees.map {
            EventJSON.Attendee(id: $0.id.uuidString, fullName: $0.fullName, targetGroup: $0.targetGroup.rawValue, villageCode: $0.villageCode)
        }
        return json
    }

    static func id(_ context: AppContext) throws -> UUID {
        guard let text = context.parameters.get("event"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "event.not-found", message: Strings.eventNotFound)
        }
        return id
    }

    /// An event from the request, held in `unit` (a commune, or one of its villages).
    static func event(_ body: EventRequest, unit: AdminUnit, directory: UnitDirectory) throws -> CommunityEvent {
        guard let type = EventType(rawValue: body.type) else {
            throw DomainError(.invalid, code: "event.type", message: Strings.eventTypeInvalid)
        }
        guard let day = CivilDate(typed: body.date) else {
            throw DomainError(.invalid, code: "event.date", message: Strings.dateInvalid)
        }
        let commune = try ActivityUnits.commune(of: unit, directory)
        var village = unit.level == .village ? unit.code : nil
        if let code = body.villageCode, !code.isEmpty {
            guard directory[code]?.parentCode == commune.code else {
                throw DomainError(.invalid, code: "event.village", message: Strings.teamVillageRequired)
            }
            village = code
        }
        var id = UUID()
        if let text = body.id {
            guard let parsed = UUID(uuidString: text) else { throw DomainError(.invalid, code: "event.id", message: Strings.idInvalid) }
            id = parsed
        }
        return CommunityEvent(id: id, communeCode: commune.code, villageCode: village, type: type, day: day,
                              place: body.place.trimmingCharacters(in: .whitespaces),
                              organiser: body.organiser.trimmingCharacters(in: .whitespaces),
                              topic: body.topic.trimmingCharacters(in: .whitespaces), headCount: body.headCount)
    }
}
