import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Changing an event's attendance: ticking and unticking residents, setting the head count, importing a list.
struct EventAttendanceActions {
    let services: AppServices
    var page: EventPage { EventPage(services: services) }

    /// A tick form posts every resident it showed (`shown`) and the ticked ones (`attend`): the ticked are added,
    /// the shown but unticked removed. A head-count form posts `headCount` with `setHeadCount=1` (blank clears it).
    func save(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let line = try await page.event(context)
        var picker = EventPickerState(q: data.text("q"), village: data.text("village"), page: Int(data.text("page") ?? "") ?? 1)
        if let q = picker.q { picker.token = await services.searchTerms.issue(q, account: try context.account().id) }
        do {
            let attend = Set(data.all("attend").compactMap(UUID.init(uuidString:)))
            let shown = Set(data.all("shown").compactMap(UUID.init(uuidString:)))
            var headCount: Int?? = nil
            if data.first("setHeadCount") == "1" {
                headCount = .some(try ActivityInput.count(data.text("headCount"), max: CommunityEvent.maxHeadCount))
            }
            try await services.store.events.updateAttendance(event: line.event.id, add: Array(attend), remove: Array(shown.subtracting(attend)),
                                                             headCount: headCount)
            let back = QueryString.path("/events/\(line.event.id.uuidString)", picker.pairs)
            return try seeOther(back, done: "attendance-saved").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await page.render(line, picker: picker, failure: .attendance(error.message), context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    func importFile(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let line = try await page.event(context)
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let form = try Multipart.parse(body: body, contentType: request.headers[.contentType] ?? "")
        do {
            guard let file = form.file("file"), !(file.filename ?? "").isEmpty else {
                throw DomainError(.invalid, code: "import.no-file", message: Strings.importNoFile)
            }
            let residents = try await AttendanceImport(residents: services.store.residents)
                .match(data: file.data, filename: file.filename, communeCode: line.event.communeCode)
            let added = try await services.store.events.updateAttendance(event: line.event.id, add: residents)
            try await services.store.accessLog.record(.import, actor: context.actor(), subject: nil, unitCode: line.event.unitCode,
                                                      detail: "event attendance \(line.event.id.uuidString): \(added) added",
                                                      now: services.clock.now())
            return try seeOther("/events/\(line.event.id.uuidString)", done: "attendance-imported").response(from: request, context: context)
        } catch let error as DomainError where error.kind != .forbidden && error.kind != .unauthorized && error.kind != .notFound {
            return try await page.render(line, picker: EventPickerState(page: 1), failure: .importFile(error.message, error.details),
                                         context: context, flash: nil)
                .response(from: request, context: context)
        }
    }
}
