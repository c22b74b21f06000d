import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The document register of a commune or province (sổ đăng ký văn bản đi/đến): the list with its form, registering
/// a document with an optional copy, and downloading that copy. Also registers the register's JSON API.
struct DocumentPages {
    let services: AppServices
    static let perPage = 50

    func register(_ routes: Routes) {
        routes.get("/units/{code}/documents", .unit(.readActivity)) { request, context in
            try await show(request, context)
        }
        routes.post("/units/{code}/documents", .unit(.manageTargets)) { request, context in
            try await create(request, context)
        }
        routes.get("/units/{code}/documents/{document}/file", .unit(.readActivity)) { request, context in
            try await download(request, context)
        }
        DocumentAPI(services: services).register(routes)
    }

    /// The unit whose register a unit's URL shows: a village's commune, otherwise the unit itself.
    static func registerUnit(_ unit: AdminUnit, directory: UnitDirectory) -> AdminUnit {
        guard unit.level == .village, let commune = unit.communeCode.flatMap({ directory[$0] }) else { return unit }
        return commune
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let owner = Self.registerUnit(unit, directory: services.store.directory)
        if owner.code != unit.code, services.inScope(owner.code, context: context) {
            var query = request.uri.query.map { "?\($0)" } ?? ""
            if query == "?" { query = "" }
            return try SeeOther("/units/\(owner.code)/documents\(query)").response(from: request, context: context)
        }
        let direction = DocumentDirection(rawValue: request.query("direction") ?? "") ?? .issued
        let year = try Self.year(request.query("year"))
        let flash = request.query("done") == "document-registered" ? Strings.officialDocRegistered : nil
        var input = DocumentInput()
        input.direction = direction.rawValue
        return try await render(owner, navUnit: unit, direction: direction, year: year, page: try request.pageNumber(),
                                input: input, failure: nil, context: context, flash: flash)
            .response(from: request, context: context)
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let owner = try managedUnit(context)
        let contentType = request.headers[.contentType] ?? ""
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        var input: DocumentInput
        var file: (name: String, contentType: String, data: Data)?
        var upload: Multipart.Part?
        if contentType.hasPrefix("multipart/form-data") {
            let form = try Multipart.parse(body: body, contentType: contentType)
            input = DocumentInput { form.field($0) }
            upload = form.file("file").flatMap { ($0.filename ?? "").isEmpty ? nil : $0 }
        } else {
            let form = FormData(body: body)
            input = DocumentInput { form.first($0) }
        }
        let direction = DocumentDirection(rawValue: input.direction) ?? .issued
        do {
            if let upload {
                let name = upload.filename ?? ""
                file = (name, try DocumentAttachment.contentType(filename: name, data: upload.data), upload.data)
            }
            let document = try await input.document(unitCode: owner.code, organ: DocumentOrgan(owner)) { type, year in
                try await services.store.documents.nextNumber(unitCode: owner.code, type: type, year: year)
            }
            let saved = try await services.store.documents.register(document, file: file, actor: context.actor())
            let back = QueryString.path("/units/\(owner.code)/documents",
                                        [("direction", saved.direction.rawValue), ("year", String(saved.year))])
            return try seeOther(back, done: "document-registered").response(from: request, context: context)
        } catch let error as DomainError where [.invalid, .conflict, .tooLarge].contains(error.kind) {
            return try await render(owner, navUnit: owner, direction: direction, year: nil, page: 1, input: input, failure: error,
                                    context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    func download(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let id = try context.uuidParameter("document", notFound: Strings.officialDocNotFound)
        guard let document = try await services.store.documents.document(id),
              services.store.directory.contains(document.unitCode, under: Self.registerUnit(unit, directory: services.store.directory).code) else {
            throw DomainError(.notFound, code: "document.not-found", message: Strings.officialDocNotFound)
        }
        guard let file = try await services.store.documents.file(id) else {
            throw DomainError(.notFound, code: "document.no-file", message: Strings.officialDocFileNotFound)
        }
        return Response(status: .ok, headers: [
            .contentType: file.contentType, .contentDisposition: Self.disposition(file.name), .cacheControl: "private, no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// The register a change addresses (a village's commune); it must lie inside the account's scope.
    func managedUnit(_ context: AppContext) throws -> AdminUnit {
        let owner = Self.registerUnit(try context.authorizedUnit(), directory: services.store.directory)
        guard services.inScope(owner.code, context: context) else {
            throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
        }
        return owner
    }

    static func year(_ text: String?) throws -> Int? {
        guard let text, text != "all" else { return nil }
        guard let year = Int(text), (2000...9999).contains(year) else {
            throw DomainError(.badRequest, code: "query.year", message: Strings.invalidParameter("year", text))
        }
        return year
    }

    /// `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266), so Vietnamese names survive.
    static func disposition(_ name: String) -> String {
        let ascii = VietnameseText.fold(name).map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || ".-_".contains(c)) ? c : "-"
        }
        let plain = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: plain) ?? ""
        return "attachment; filename=\"\(String(ascii))\"; filename*=UTF-8''\(encoded)"
    }
}
