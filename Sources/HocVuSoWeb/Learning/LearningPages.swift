import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A unit's online learning: learners per course, the import history, the review queue; and the import flow.
struct LearningPages {
    let services: AppServices

    func register(_ routes: Routes) {
        let importer = LearningImportPages(services: services)
        let review = LearningReviewPage(services: services)
        routes.get("/units/{code}/learning", .unit(.readLearning)) { try await overview($0, $1) }
        routes.get("/units/{code}/learning/import", .unit(.manageLearning)) { try await importer.upload($0, $1) }
        routes.post("/units/{code}/learning/import", .unit(.manageLearning)) { try await importer.start($0, $1) }
        routes.get("/units/{code}/learning/import/{job}", .unit(.manageLearning)) { try await importer.show($0, $1) }
        routes.get("/units/{code}/learning/import/{job}/status", .unit(.manageLearning)) { try await importer.status($0, $1) }
        routes.post("/units/{code}/learning/import/{job}", .unit(.manageLearning)) { try await importer.map($0, $1) }
        routes.get("/units/{code}/learning/review", .unit(.manageLearning)) { try await review.show($0, $1) }
        routes.post("/units/{code}/learning/review/{review}/link", .unit(.manageLearning)) { try await review.link($0, $1) }
        routes.post("/units/{code}/learning/review/{review}/create", .unit(.manageLearning)) { try await review.create($0, $1) }
        routes.post("/units/{code}/learning/review/{review}/dismiss", .unit(.manageLearning)) { try await review.dismiss($0, $1) }
    }

    struct CourseRow {
        var title: String
        var platform: String
        var key: String
        var enrolled: String
        var completed: String
        var basic: String
    }

    struct ImportRow {
        var at: String
        var platform: String
        var filename: String
        var rows: String
        var created: String
        var updated: String
        var queued: String
        var actor: String
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var courses: [CourseRow]
        var imports: [ImportRow]
        var enrolled: String
        var completed: String
        var waiting: String
        var hasWaiting: Bool
        var canManage: Bool
        var canImport: Bool
        var reviewHref: String
    }

    func overview(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let account = try context.account()
        let scope = try LearningImport.scope(unit, directory: services.store.directory)
        let counts = try await services.store.learning.courseCounts(unit: unit)
        let courses = Dictionary(try await services.store.courses.all().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = counts.compactMap { count -> (Course, LearningStore.CourseCount)? in
            courses[count.courseID].map { ($0, count) }
        }.sorted { $0.1.enrolled > $1.1.enrolled }
        let imports = try await services.store.learning.imports(unitCode: scope.unitCode)
        let waiting = try await services.store.learning.openReviews(unitCode: scope.unitCode, provinceCode: scope.provinceCode,
                                                                    page: 1, per: 1).total
        let canManage = account.role.may(.manageLearning) && services.inScope(scope.unitCode, context: context)
        let model = Model(
            code: unit.code, title: "\(Strings.learningTitle) – \(unit.fullName)",
            nav: ActivityNav.links(unit, current: .learning),
            courses: rows.map { course, count in
                CourseRow(title: course.title, platform: course.platform, key: course.key,
                          enrolled: VietnameseFormat.integer(count.enrolled), completed: VietnameseFormat.integer(count.completed),
                          basic: course.basicFor.isEmpty ? "" : TargetGroup.allCases.filter(course.basicFor.contains)
                            .map(Strings.targetGroupLabel).joined(separator: ", "))
            },
            imports: imports.map {
                ImportRow(at: ActivityFormat.dateTime($0.at), platform: $0.platform, filename: $0.filename,
                          rows: VietnameseFormat.integer($0.rows), created: VietnameseFormat.integer($0.created),
                          updated: VietnameseFormat.integer($0.updated), queued: VietnameseFormat.integer($0.queued), actor: $0.actor)
            },
            enrolled: VietnameseFormat.integer(counts.reduce(0) { $0 + $1.enrolled }),
            completed: VietnameseFormat.integer(counts.reduce(0) { $0 + $1.completed }),
            waiting: VietnameseFormat.integer(waiting), hasWaiting: waiting > 0, canManage: canManage,
            canImport: canManage, reviewHref: "/units/\(scope.unitCode)/learning/review")
        return try services.render("learning", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                              flash: Flash.message(request.query("done"))))
            .response(from: request, context: context)
    }
}
