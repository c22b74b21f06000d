import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The learning import in the browser: upload with the platform's name → column mapping (the platform's saved
/// mapping, or a guess) → import with progress → summary.
struct LearningImportPages {
    let services: AppServices

    struct UploadModel {
        var code: String
        var unitName: String
        var csrf: String
        var platforms: [String]
        var platform: String
        var error: String?
    }

    typealias ColumnChoice = ImportPages.ColumnChoice
    typealias ProblemRow = ImportPages.ProblemRow

    struct JobModel {
        var code: String
        var id: String
        var unitName: String
        var filename: String
        var platform: String
        var csrf: String
        var rowCount: String
        var isMapping: Bool
        var savedMapping: Bool
        var isRunning: Bool
        var isDone: Bool
        var isFailed: Bool
        var failure: String?
        var columns: [ColumnChoice]
        var courses: [Option]
        var fileCourse: String
        var problems: [ProblemRow]
        var hasProblems: Bool
        var done: Int
        var total: Int
        var stageLabel: String
        var statusHref: String
        var summary: SummaryModel?
    }

    struct SummaryModel {
        var rows: String
        var created: String
        var updated: String
        var unchanged: String
        var queued: String
        var hasQueued: Bool
        var linkedEarlier: String
        var newlySkilled: String
        var newCourses: [String]
        var hasNewCourses: Bool
        var reviewHref: String
    }

    func upload(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        return try await renderUpload(unit, platform: request.query("platform") ?? "", error: nil, context: context)
            .response(from: request, context: context)
    }

    func renderUpload(_ unit: AdminUnit, platform: String, error: DomainError?, context: AppContext) async throws -> HTML {
        let model = UploadModel(code: unit.code, unitName: unit.fullName, csrf: context.csrfToken,
                                platforms: try await services.store.learning.platforms(), platform: platform,
                                error: error?.message)
        return try services.render("learning-import", model,
                                   layout: services.layout(Strings.learningImportTitle, context: context, unit: unit),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    func start(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let form = try Multipart.parse(body: body, contentType: request.headers[.contentType] ?? "")
        let platform = form.field("platform") ?? ""
        do {
            guard let file = form.file("file"), !(file.filename ?? "").isEmpty else {
                throw DomainError(.invalid, code: "import.no-file", message: Strings.learningNoFile)
            }
            let id = try await services.learningImports.start(unitCode: unit.code, filename: file.filename ?? "",
                                                              platform: platform, data: file.data)
            return try SeeOther("/units/\(unit.code)/learning/import/\(id.uuidString)").response(from: request, context: context)
        } catch let error as DomainError {
            return try await renderUpload(unit, platform: platform, error: error, context: context)
                .response(from: request, context: context)
        }
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let job = try await services.learningImports.job(try jobID(context), unitCode: unit.code)
        return try await render(job, unit: unit, context: context).response(from: request, context: context)
    }

    func status(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let job = try await services.learningImports.job(try jobID(context), unitCode: unit.code)
        return try JSONResponse(ImportStatusJSON(stage: job.stage.rawValue, running: job.stage == .running, done: job.done,
                                                 total: job.total, label: Self.stageLabel(job)))
            .response(from: request, context: context)
    }

    func map(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        var request = request
        let form = try await request.form()
        let id = try jobID(context)
        let job = try await services.learningImports.job(id, unitCode: unit.code)
        var mapping = LearningMapping()
        for index in job.prepared.headers.indices {
            if let value = form.text("col\(index)"), let field = LearningField(rawValue: value) { mapping.columns[index] = field }
        }
        mapping.fileCourseKey = form.text("fileCourse")
        try await services.learningImports.run(id, unit: unit, mapping: mapping, saveMapping: form.first("save") == "yes",
                                               actor: context.actor())
        return try SeeOther("/units/\(unit.code)/learning/import/\(id.uuidString)").response(from: request, context: context)
    }

    func jobID(_ context: AppContext) throws -> UUID {
        try context.uuidParameter("job", notFound: Strings.learningImportNotFound)
    }

    static func stageLabel(_ job: LearningImportJob) -> String {
        switch job.stage {
        case .mapping, .invalid: return Strings.learningStageReading
        case .running: return Strings.learningStageImporting
        case .done: return Strings.learningStageDone
        case .failed: return job.failure ?? Strings.internalError
        }
    }

    func render(_ job: LearningImportJob, unit: AdminUnit, context: AppContext) async throws -> HTML {
        let prepared = job.prepared
        let courses = try await services.store.courses.all().filter { $0.platform == prepared.platform }
        let columns = prepared.headers.enumerated().map { index, header in
            let sample = prepared.rows.prefix(3).compactMap { index < $0.count ? $0[index] : nil }
                .filter { !$0.isEmpty }.joined(separator: " · ")
            let chosen = prepared.mapping.columns[index]
            let options = [Option(value: "", label: Strings.learningIgnoreColumn, selected: chosen == nil)]
                + LearningField.allCases.map { Option(value: $0.rawValue, label: Strings.learningFieldTitle($0), selected: $0 == chosen) }
            return ColumnChoice(index: index, header: header.isEmpty ? "—" : header, sample: String(sample.prefix(80)), options: options)
        }
        let summary = job.summary.map { s in
            SummaryModel(rows: VietnameseFormat.integer(s.rows), created: VietnameseFormat.integer(s.created),
                         updated: VietnameseFormat.integer(s.updated), unchanged: VietnameseFormat.integer(s.unchanged),
                         queued: VietnameseFormat.integer(s.queued), hasQueued: s.queued > 0,
                         linkedEarlier: VietnameseFormat.integer(s.linkedEarlier), newlySkilled: VietnameseFormat.integer(s.newlySkilled),
                         newCourses: s.newCourses, hasNewCourses: !s.newCourses.isEmpty,
                         reviewHref: "/units/\((try? LearningImport.scope(unit, directory: services.store.directory).unitCode) ?? unit.code)/learning/review")
        }
        let model = JobModel(
            code: unit.code, id: job.id.uuidString, unitName: unit.fullName, filename: job.filename, platform: prepared.platform,
            csrf: context.csrfToken, rowCount: VietnameseFormat.integer(job.total),
            isMapping: job.stage == .mapping || job.stage == .invalid, savedMapping: prepared.savedMapping,
            isRunning: job.stage == .running, isDone: job.stage == .done, isFailed: job.stage == .failed, failure: job.failure,
            columns: columns,
            courses: [Option(value: "", label: "—", selected: prepared.mapping.fileCourseKey == nil)]
                + courses.map { Option(value: $0.key, label: "\($0.title) (\($0.key))", selected: $0.key == prepared.mapping.fileCourseKey) },
            fileCourse: prepared.mapping.fileCourseKey ?? "",
            problems: job.problems.prefix(500).map {
                ProblemRow(row: $0.row.map(String.init) ?? "", column: $0.column ?? "", value: $0.value ?? "", reason: $0.reason)
            },
            hasProblems: !job.problems.isEmpty, done: job.done, total: max(job.total, 1), stageLabel: Self.stageLabel(job),
            statusHref: "/units/\(unit.code)/learning/import/\(job.id.uuidString)/status", summary: summary)
        return try services.render("learning-job", model, layout: services.layout(Strings.learningImportTitle, context: context, unit: unit),
                                   status: job.problems.isEmpty ? .ok : .unprocessableContent)
    }
}
