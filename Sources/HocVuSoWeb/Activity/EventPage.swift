import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// One class or event: its details, attendance by target group, the named attendees, and (for managers) the
/// resident picker, the head count and the list import.
struct EventPage {
    let services: AppServices
    static let pickerPerPage = 20
    static let shownProblems = 500

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let line = try await event(context)
        let picker = EventPickerState(q: request.query("q"), village: request.query("village"), page: try request.pageNumber(),
                                      token: request.query("s"))
        return try await render(line, picker: picker, failure: nil, context: context, flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    func event(_ context: AppContext) async throws -> EventStore.EventLine {
        let id = try context.uuidParameter("event", notFound: Strings.eventNotFound)
        guard let line = try await services.store.events.get(id) else {
            throw DomainError(.notFound, code: "event.not-found", message: Strings.eventNotFound)
        }
        return line
    }

    func render(_ line: EventStore.EventLine, picker: EventPickerState, failure: EventPageFailure?, context: AppContext,
                flash: String?) async throws -> HTML {
        let account = try context.account()
        let event = line.event
        let directory = services.store.directory
        let summary = try await services.store.events.summary(event: event.id)
            ?? AttendanceSummary(byGroup: [:], headCount: event.headCount)
        let attendees = try await services.store.events.attendees(event: event.id, actor: context.actor())
        let attending = Set(attendees.map(\.id))
        func person(_ r: Resident) -> EventPageModel.Person {
            EventPageModel.Person(id: r.id.uuidString, name: r.fullName, birthDate: VietnameseFormat.date(r.birthDate),
                                  village: directory[r.villageCode]?.fullName ?? r.villageCode,
                                  group: Strings.targetGroupLabel(r.targetGroup), attending: attending.contains(r.id))
        }
        let canManage = account.role.may(.manageEvents)
        // The picker lists the whole commune; a village event starts on its village ("all" widens it).
        let pickerUnit = directory[event.communeCode]
        let pickerVillage = picker.village == EventPickerState.allVillages ? nil : (picker.village ?? event.villageCode)
        var model = EventPageModel(
            id: event.id.uuidString, title: event.topic, type: Strings.eventTypeLabel(event.type), day: VietnameseFormat.date(event.day),
            place: event.place, organiser: event.organiser, unit: services.unitName(event.unitCode),
            nav: directory[event.unitCode].map { ActivityNav.links($0, current: .events) } ?? [],
            listHref: "/units/\(event.unitCode)/events",
            groups: TargetGroup.allCases.map {
                EventPageModel.GroupRow(label: Strings.targetGroupLabel($0), count: VietnameseFormat.integer(summary.byGroup[$0] ?? 0), unnamed: false)
            } + [EventPageModel.GroupRow(label: Strings.unnamedAttendees, count: VietnameseFormat.integer(summary.unnamed), unnamed: true)],
            named: VietnameseFormat.integer(summary.named), headCount: summary.headCount.map(VietnameseFormat.integer),
            participants: VietnameseFormat.integer(summary.participants),
            attendees: attendees.map(person), hasAttendees: !attendees.isEmpty, canManage: canManage, csrf: context.csrfToken,
            headCountValue: summary.headCount.map(String.init) ?? "",
            q: picker.q ?? "", villages: [], candidates: [], hasCandidates: false, candidatesTotal: "0", pickerPage: "",
            pickerPrevious: nil, pickerNext: nil, pickerFiltered: picker.q != nil || picker.village != nil,
            pickerPageNumber: String(picker.page), pickerVillage: picker.village ?? "",
            attendanceError: nil, importError: nil, problems: [], hasProblems: false, moreProblems: false)
        if canManage, let pickerUnit {
            model.villages = directory.children(of: pickerUnit.code).map {
                Option(value: $0.code, label: $0.fullName, selected: $0.code == pickerVillage)
            }
            var query = ResidentQuery(unitCode: pickerUnit.code, text: picker.q, page: picker.page, perPage: Self.pickerPerPage)
            if let village = pickerVillage, directory.contains(village, under: pickerUnit.code) { query.villageCode = village }
            let page = try await services.store.residents.list(query, directory: directory, actor: context.actor())
            model.candidates = page.items.map(person)
            model.hasCandidates = !page.items.isEmpty
            model.candidatesTotal = page.totalIsCapped
                ? Strings.moreThan(VietnameseFormat.integer(ResidentQuery.countCap)) : VietnameseFormat.integer(page.total)
            model.pickerPage = Strings.pageOf(VietnameseFormat.integer(page.page), VietnameseFormat.integer(page.pageCount))
            let base = "/events/\(event.id.uuidString)"
            func href(_ n: Int) -> String {
                QueryString.path(base, [("s", picker.q == nil ? nil : picker.token), ("village", picker.village), ("page", String(n))]) + "#chon"
            }
            model.pickerPrevious = page.page > 1 ? href(page.page - 1) : nil
            model.pickerNext = page.page < page.pageCount ? href(page.page + 1) : nil
        }
        switch failure {
        case .attendance(let message): model.attendanceError = message
        case .importFile(let message, let problems):
            model.importError = message
            model.problems = problems.prefix(Self.shownProblems).map {
                EventPageModel.ProblemRow(row: $0.row.map(String.init) ?? "", column: $0.column ?? "", value: $0.value ?? "", reason: $0.reason)
            }
            model.hasProblems = !problems.isEmpty
            model.moreProblems = problems.count > Self.shownProblems
        case nil: break
        }
        if !attendees.isEmpty {
            try await services.store.accessLog.record(.list, actor: context.actor(), subject: nil, unitCode: event.unitCode,
                                                      detail: "event attendance \(event.id.uuidString)", now: services.clock.now())
        }
        let layout = services.layout(event.topic, context: context, unit: directory[event.unitCode], flash: flash)
        return try services.render("event", model, layout: layout, status: failure == nil ? .ok : .unprocessableContent)
    }
}
