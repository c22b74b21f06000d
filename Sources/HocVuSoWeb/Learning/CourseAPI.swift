import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/api/v1/courses`: the course catalogue.
struct CourseAPI {
    let services: AppServices

    struct CourseJSON: Encodable, Sendable {
        var id: String
        var platform: String
        var key: String
        var title: String
        var basicFor: [String]
        var domains: [String]
        var needsReview: Bool

        init(_ course: Course) {
            id = course.id.uuidString
            platform = course.platform
            key = course.key
            title = course.title
            basicFor = TargetGroup.allCases.filter(course.basicFor.contains).map(\.rawValue)
            domains = course.domains.sorted()
            needsReview = course.needsReview
        }
    }

    struct ListJSON: Encodable, Sendable {
        var items: [CourseJSON]
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/courses", .permission(.readLearning)) { _, _ in
            JSONResponse(ListJSON(items: try await services.store.courses.all().map(CourseJSON.init)))
        }
    }
}
