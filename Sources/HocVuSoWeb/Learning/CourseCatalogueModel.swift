import Foundation
import HocVuSoCore

/// The course catalogue's table and its add form.
struct CourseCatalogueModel {
    struct Row {
        var href: String
        var platform: String
        var key: String
        var title: String
        var basicFor: [String]
        var domains: [String]
        var needsReview: Bool
    }

    var title: String
    var navCourses = true
    var rows: [Row]
    var hasRows: Bool
    var reviewCount: Int
    var hasReview: Bool
    var canManage: Bool
    var csrf: String
    var form: CourseFormModel
    var errors: [String]

    init(courses: [Course], domainTitles: [(key: String, title: String)], canManage: Bool, csrf: String,
         input: CourseFormInput, errors: [String]) {
        title = Strings.coursesTitle
        let names = Dictionary(domainTitles.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(domainTitles.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
        rows = courses.map { course in
            Row(href: "/courses/\(course.id.uuidString)", platform: course.platform, key: course.key, title: course.title,
                basicFor: TargetGroup.allCases.filter(course.basicFor.contains).map(Strings.targetGroupLabel),
                domains: course.domains.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map { names[$0] ?? $0 },
                needsReview: course.needsReview)
        }
        hasRows = !rows.isEmpty
        reviewCount = courses.filter(\.needsReview).count
        hasReview = reviewCount > 0
        self.canManage = canManage
        self.csrf = csrf
        form = CourseFormModel(input, domainTitles: domainTitles)
        self.errors = errors
    }
}

/// One course: its classification form (or, for readers, what it is classified as).
struct CoursePageModel {
    var title: String
    var navCourses = true
    var action: String
    var platform: String
    var key: String
    var needsReview: Bool
    var canManage: Bool
    var csrf: String
    var form: CourseFormModel
    var basicFor: [String]
    var domains: [String]
    var errors: [String]

    init(course: Course, input: CourseFormInput, domainTitles: [(key: String, title: String)], canManage: Bool, csrf: String,
         errors: [String]) {
        title = Strings.courseTitle(course.title)
        action = "/courses/\(course.id.uuidString)"
        platform = course.platform
        key = course.key
        needsReview = course.needsReview
        self.canManage = canManage
        self.csrf = csrf
        form = CourseFormModel(input, domainTitles: domainTitles)
        basicFor = TargetGroup.allCases.filter(course.basicFor.contains).map(Strings.targetGroupLabel)
        let names = Dictionary(domainTitles.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        domains = domainTitles.map(\.key).filter(course.domains.contains).map { names[$0] ?? $0 }
        self.errors = errors
    }
}
