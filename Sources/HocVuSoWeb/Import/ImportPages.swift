import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The import flow in the browser: upload → column mapping → check (with progress) → preview → write (with progress).
struct ImportPages {
    let services: AppServices
    static let previewRows = 20
    static let shownProblems = 500

    struct UploadModel {
        var code: String
        var unitName: String
        var csrf: String
        var error: String?
    }

    struct ColumnChoice {
        var index: Int
        var header: String
        var sample: String
        var options: [Option]
    }

    struct ProblemRow {
        var row: String
        var column: String
        var value: String
        var reason: String
    }

    struct JobModel {
        var id: String
        var unitCode: String
        var unitName: String
        var filename: String
        var csrf: String
        var isMapping: Bool
        var isRunning: Bool
        var isInvalid: Bool
        var isReady: Bool
        var isDone: Bool
        var isFailed: Bool
        var failure: String?
        var columns: [ColumnChoice]
        var rowCount: String
        var problemCount: String
        var problems: [ProblemRow]
        var moreProblems: Bool
        var preview: [ResidentViewModel]
        var households: String
        var stageLabel: String
        var done: Int
        var total: Int
        var doneMessage: String
        var statusHref: String
        var sheets: [Option]
        var otherSheets: String?
    }

    func register(_ routes: Routes) {
        routes.get("/units/{code}/import", .unit(.importResidents)) { _, context in
            let unit = try importableUnit(context)
            return try services.render("import-upload", UploadModel(code: unit.code, unitName: unit.fullName, csrf: context.csrfToken),
                                       layout: services.layout(Strings.importTitle, context: context, unit: unit))
        }
        routes.post("/units/{code}/import", .unit(.importResidents)) { request, context in
            let unit = try importableUnit(context)
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let form = try Multipart.parse(body: body, contentType: request.headers[.contentType] ?? "")
            do {
                guard let file = form.file("file"), !(file.filename ?? "").isEmpty else {
                    throw DomainError(.invalid, code: "import.no-file", message: Strings.importNoFile)
                }
                let id = try await services.imports.start(unitCode: unit.code, filename: file.filename ?? "", data: file.data)
                return try SeeOther("/imports/\(id.uuidString)").response(from: request, context: context)
            } catch let error as DomainError {
                let model = UploadModel(code: unit.code, unitName: unit.fullName, csrf: context.csrfToken, error: error.message)
                return try services.render("import-upload", model, layout: services.layout(Strings.importTitle, context: context, unit: unit),
                                           status: ErrorMiddleware.status(error.kind)).response(from: request, context: context)
            }
        }
        routes.get("/imports/{job}", .importJob(.importResidents)) { _, context in
            let job = try await services.imports.job(try Self.jobID(context))
            return try services.render("import-job", model(job, context: context),
                                       layout: services.layout(Strings.importTitle, context: context, unit: try context.authorizedUnit()))
        }
        routes.get("/imports/{job}/status", .importJob(.importResidents)) { _, context in
            let job = try await services.imports.job(try Self.jobID(context))
            return JSONResponse(ImportStatusJSON(stage: job.stage.rawValue, running: job.running, done: job.written,
                                                 total: job.total, label: Self.stageLabel(job)))
        }
        routes.post("/imports/{job}/mapping", .importJob(.importResidents)) { request, context in
            var request = request
            let form = try await request.form()
            let id = try Self.jobID(context)
            let job = try await services.imports.job(id)
            var columns: [Int: ResidentColumn] = [:]
            for index in job.prepared.header.headers.indices {
                if let value = form.text("col\(index)"), let column = ResidentColumn(rawValue: value) { columns[index] = column }
            }
            try await services.imports.check(id, mapping: ColumnMapping(columns))
            return SeeOther("/imports/\(id.uuidString)")
        }
        routes.post("/imports/{job}/sheet", .importJob(.importResidents)) { request, context in
            var request = request
            let form = try await request.form()
            let id = try Self.jobID(context)
            try await services.imports.choose(sheet: form.text("sheet") ?? "", for: id)
            return SeeOther("/imports/\(id.uuidString)")
        }
        routes.post("/imports/{job}/commit", .importJob(.importResidents)) { _, context in
            let id = try Self.jobID(context)
            try await services.imports.commit(id, actor: context.actor())
            return SeeOther("/imports/\(id.uuidString)")
        }
    }

    func importableUnit(_ context: AppContext) throws -> AdminUnit {
        let unit = try context.authorizedUnit()
        guard unit.level != .province else {
            throw DomainError(.invalid, code: "import.level", message: Strings.importWrongLevel)
        }
        return unit
    }

    static func jobID(_ context: AppContext) throws -> UUID {
        guard let text = context.parameters.get("job"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "import.not-found", message: Strings.importJobNotFound)
        }
        return id
    }

    static func stageLabel(_ job: ImportJob) -> String {
        switch job.stage {
        case .checking: return Strings.importStageValidating
        case .writing: return Strings.importStageWriting(VietnameseFormat.integer(job.written), VietnameseFormat.integer(job.total))
        default: return ""
        }
    }

    func model(_ job: ImportJob, context: AppContext) -> JobModel {
        let headers = job.prepared.header.headers
        let sample = job.prepared.rows.first { !$0.allSatisfy { $0.isEmpty } } ?? []
        let columns = headers.indices.map { index in
            ColumnChoice(index: index, header: headers[index], sample: index < sample.count ? sample[index] : "",
                         options: [Option(value: "", label: Strings.importColumnIgnored, selected: job.prepared.mapping[index] == nil)]
                            + ResidentColumn.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: job.prepared.mapping[index] == $0) })
        }
        let directory = services.store.directory
        let today = CivilDate(services.clock.now())
        let preview = ResidentImport.assemble(Array(job.drafts.prefix(Self.previewRows))).residents
        let unit = directory[job.unitCode]
        return JobModel(
            id: job.id.uuidString, unitCode: job.unitCode, unitName: unit?.fullName ?? job.unitCode, filename: job.filename,
            csrf: context.csrfToken, isMapping: job.stage == .mapping || job.stage == .invalid, isRunning: job.running,
            isInvalid: job.stage == .invalid, isReady: job.stage == .ready, isDone: job.stage == .done,
            isFailed: job.stage == .failed, failure: job.failure, columns: columns,
            rowCount: VietnameseFormat.integer(job.prepared.rows.count),
            problemCount: VietnameseFormat.integer(job.problems.count),
            problems: job.problems.prefix(Self.shownProblems).map {
                ProblemRow(row: $0.row.map(String.init) ?? "", column: $0.column ?? "", value: $0.value ?? "", reason: $0.reason)
            },
            moreProblems: job.problems.count > Self.shownProblems,
            preview: preview.map { ResidentViewModel($0, directory: directory, today: today, showIdentity: false) },
            households: VietnameseFormat.integer(job.households), stageLabel: Self.stageLabel(job),
            done: job.written, total: max(job.total, 1),
            doneMessage: Strings.importDone(VietnameseFormat.integer(job.written), VietnameseFormat.integer(job.households)),
            statusHref: "/imports/\(job.id.uuidString)/status",
            sheets: job.prepared.listSheets.count > 1
                ? job.prepared.listSheets.map { Option(value: String($0), label: job.prepared.sheetNames[$0], selected: $0 == job.prepared.sheet) }
                : [],
            otherSheets: job.prepared.listSheets.count > 1
                ? Strings.importOtherSheets(job.prepared.listSheets.filter { $0 != job.prepared.sheet }.map { job.prepared.sheetNames[$0] })
                : nil)
    }
}

struct ImportStatusJSON: Encodable, Sendable {
    var stage: String
    var running: Bool
    var done: Int
    var total: Int
    var label: String
}
