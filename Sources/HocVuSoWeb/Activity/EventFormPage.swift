import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Creating a class or event of a commune (or one of its villages).
struct EventFormPage {
    let services: AppServices

    struct Form {
        var id = UUID().uuidString
        var type = EventType.villageClass.rawValue
        var day = ""
        var place = ""
        var organiser = ""
        var topic = ""
        var village = ""
        var headCount = ""
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var csrf: String
        var action: String
        var form: Form
        var types: [Option]
        var villages: [Option]
        var hasVillages: Bool
        var villageName: String?
        var error: String?
        var cancelHref: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try services.requireLocalUnit(try context.authorizedUnit())
        var form = Form()
        form.day = VietnameseFormat.date(services.today)
        form.organiser = Strings.defaultOrganiser(services.commune(of: unit)?.fullName ?? unit.fullName)
        return try render(unit, form: form, error: nil, context: context).response(from: request, context: context)
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let unit = try services.requireLocalUnit(try context.authorizedUnit())
        let commune = try services.requireCommune(unit)
        let form = Form(id: data.text("id") ?? UUID().uuidString, type: data.text("type") ?? "", day: data.text("day") ?? "",
                        place: data.text("place") ?? "", organiser: data.text("organiser") ?? "", topic: data.text("topic") ?? "",
                        village: data.text("village") ?? "", headCount: data.text("headCount") ?? "")
        do {
            guard let type = EventType(rawValue: form.type) else {
                throw DomainError(.invalid, code: "event.type", message: Strings.eventTypeInvalid)
            }
            var village: String?
            if unit.level == .village {
                village = unit.code
            } else if !form.village.isEmpty {
                guard services.store.directory[form.village]?.parentCode == commune.code else {
                    throw DomainError(.invalid, code: "event.village", message: Strings.eventVillageInvalid)
                }
                village = form.village
            }
            let event = CommunityEvent(id: UUID(uuidString: form.id) ?? UUID(), communeCode: commune.code, villageCode: village,
                                       type: type, day: try ActivityInput.date(data.text("day"), fallback: services.today),
                                       place: form.place, organiser: form.organiser, topic: form.topic,
                                       headCount: try ActivityInput.count(data.text("headCount"), max: CommunityEvent.maxHeadCount))
            try await services.store.events.create(event, provinceCode: commune.provinceCode)
            return try seeOther("/events/\(event.id.uuidString)", done: "event-created").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try render(unit, form: form, error: error.message, context: context).response(from: request, context: context)
        }
    }

    func render(_ unit: AdminUnit, form: Form, error: String?, context: AppContext) throws -> HTML {
        let villages = unit.level == .commune ? services.activeVillages(of: unit.code) : []
        let model = Model(
            code: unit.code, title: Strings.newEventTitle, nav: ActivityNav.links(unit, current: .events), csrf: context.csrfToken,
            action: "/units/\(unit.code)/events", form: form,
            types: EventType.allCases.map { Option(value: $0.rawValue, label: Strings.eventTypeLabel($0), selected: $0.rawValue == form.type) },
            villages: villages.map { Option(value: $0.code, label: $0.fullName, selected: $0.code == form.village) },
            hasVillages: !villages.isEmpty, villageName: unit.level == .village ? unit.fullName : nil, error: error,
            cancelHref: "/units/\(unit.code)/events")
        return try services.render("event-form", model, layout: services.layout(Strings.newEventTitle, context: context, unit: unit),
                                   status: error == nil ? .ok : .unprocessableContent)
    }
}
