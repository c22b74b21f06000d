import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore
import NIOCore

/// The department's list of what communes sent for a request the old way, the upload form, the reading's progress,
/// the original file, and putting a document aside.
struct ReceivedPages {
    let services: AppServices

    struct Row {
        var href: String
        var fileName: String
        var uploadedAt: String
        var uploadedBy: String
        var status: String
        var state: String
        var commune: String
    }

    struct ListModel {
        var title: String
        var document: String
        var requestHref: String
        var action: String
        var csrf: String
        var communes: [Option]
        var rows: [Row]
        var error: String?
    }

    func list(_ request: Request, _ context: AppContext) async throws -> Response {
        try await render(try context.uuidParameter("request", notFound: Strings.requestNotFound), error: nil, context: context)
            .response(from: request, context: context)
    }

    func render(_ id: UUID, error: DomainError?, context: AppContext) async throws -> HTML {
        let asked = try await services.store.reports.request(id)
        let directory = services.store.directory
        let received = try await services.store.received.reports(request: id)
        let model = ListModel(
            title: Strings.receivedListTitle, document: asked.documentLine, requestHref: "/report-requests/\(id.uuidString)",
            action: "/report-requests/\(id.uuidString)/received", csrf: context.csrfToken,
            communes: asked.communes.compactMap { directory[$0] }
                .sorted { VietnameseCollation.namePrecedes($0.name, $1.name) }
                .map { Option(value: $0.code, label: $0.fullName, selected: false) },
            rows: received.map { r in
                Row(href: "/received/\(r.id.uuidString)", fileName: r.fileName, uploadedAt: ActivityFormat.dateTime(r.createdAt),
                    uploadedBy: r.createdBy, status: Strings.receivedStatusLabel(r.status), state: r.status.rawValue,
                    commune: r.communeCode.flatMap { directory[$0]?.fullName } ?? "")
            },
            error: error?.message)
        return try services.render("received-reports", model,
                                   layout: services.layout(model.title, context: context, unit: directory[asked.provinceCode]),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    /// Keeps the uploaded file and starts reading it; the officer lands on its page, which shows the progress.
    func upload(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.uuidParameter("request", notFound: Strings.requestNotFound)
        let contentType = request.headers[.contentType] ?? ""
        var request = request
        do {
            guard contentType.hasPrefix("multipart/form-data") else {
                throw DomainError(.badRequest, code: "received.form", message: Strings.receivedChooseFile)
            }
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let form = try Multipart.parse(body: body, contentType: contentType)
            guard let file = form.file("file"), let name = file.filename, !name.isEmpty else {
                throw DomainError(.invalid, code: "received.file", message: Strings.receivedChooseFile)
            }
            let asked = try await services.store.reports.request(id)
            let commune = form.field("commune").flatMap { $0.isEmpty ? nil : $0 }
            if let commune, !asked.communes.contains(commune) {
                throw DomainError(.invalid, code: "received.not-addressed",
                                  message: Strings.receivedNotAddressed(services.store.directory[commune]?.fullName ?? commune))
            }
            let kind = try ReceivedFileKind.of(file.data, name: name)
            let received = try await services.store.received.create(provinceCode: asked.provinceCode, requestID: id, fileName: name,
                                                                     fileKind: kind.rawValue, bytes: file.data, actor: context.actor())
            await services.receivedReadings.start(received, unitCode: commune)
            return try SeeOther("/received/\(received.id.uuidString)").response(from: request, context: context)
        } catch let error as DomainError where [.invalid, .badRequest, .tooLarge].contains(error.kind) {
            return try await render(id, error: error, context: context).response(from: request, context: context)
        }
    }

    func status(_ request: Request, _ context: AppContext) async throws -> Response {
        let received = try await services.store.received.report(try receivedID(context))
        return try JSONResponse(ReceivedStatusJSON(
            running: received.status == .reading, done: received.pagesDone, total: received.pagesTotal,
            label: Strings.receivedProgress(received.pagesDone, received.pagesTotal)))
            .response(from: request, context: context)
    }

    func original(_ request: Request, _ context: AppContext) async throws -> Response {
        let file = try await services.store.received.original(try receivedID(context))
        let kind = ReceivedFileKind(rawValue: file.kind) ?? .text
        return Response(status: .ok, headers: [
            .contentType: kind.contentType, .contentDisposition: DocumentPages.disposition(file.name),
            .cacheControl: "private, no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    func reread(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try receivedID(context)
        try await services.store.received.restartReading(id)
        let received = try await services.store.received.report(id)
        await services.receivedReadings.start(received, unitCode: nil)
        return try SeeOther("/received/\(id.uuidString)").response(from: request, context: context)
    }

    func discard(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let id = try receivedID(context)
        let form = try await request.form()
        guard form.first("confirm") == "yes" else {
            throw DomainError(.invalid, code: "received.confirm", message: Strings.receivedDiscardConfirm)
        }
        let received = try await services.store.received.report(id)
        try await services.store.received.discard(id, actor: context.actor())
        return try seeOther("/report-requests/\(received.requestID.uuidString)/received", done: "received-discarded")
            .response(from: request, context: context)
    }

    func receivedID(_ context: AppContext) throws -> UUID {
        try context.uuidParameter("received", notFound: Strings.receivedNotFound)
    }
}

struct ReceivedStatusJSON: Encodable, Sendable {
    var running: Bool
    var done: Int
    var total: Int
    var label: String
}
