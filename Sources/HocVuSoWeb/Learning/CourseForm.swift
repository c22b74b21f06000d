import Foundation
import HocVuSoCore

/// A course form as typed (add or classify), kept so a refused form comes back as it was sent.
struct CourseFormInput {
    var platform: String
    var key: String
    var title: String
    var basicFor: Set<TargetGroup>
    var domains: Set<String>

    init(_ course: Course? = nil) {
        platform = course?.platform ?? ""
        key = course?.key ?? ""
        title = course?.title ?? ""
        basicFor = course?.basicFor ?? []
        domains = course?.domains ?? []
    }

    /// The form's fields; domains outside `knownDomains` are dropped.
    init(form: FormData, knownDomains: Set<String>) {
        platform = form.text("platform") ?? ""
        key = form.text("key") ?? ""
        title = form.text("title").map(VietnameseText.normalize) ?? ""
        basicFor = Set(form.all("basicFor").compactMap(TargetGroup.init(rawValue:)))
        domains = Set(form.all("domains")).intersection(knownDomains)
    }

    /// A new course from the add form: the platform in its stored form, the key from the title when left blank.
    func newCourse(id: UUID) -> Course {
        let platformName = Course.platformName(platform)
        let courseKey = key.isEmpty && !title.isEmpty ? Course.keyForTitle(title) : key
        return Course(id: id, platform: platformName, key: courseKey, title: title, basicFor: basicFor, domains: domains)
    }

    /// An officer's classification of a known course: platform and key stay (imports find the course by them), and
    /// the course no longer waits for review.
    func classified(_ course: Course) -> Course {
        var changed = course
        changed.title = title
        changed.basicFor = basicFor
        changed.domains = domains
        changed.needsReview = false
        return changed
    }
}

/// The choices a course form offers: target groups and framework domains, with the typed ones ticked.
struct CourseFormModel {
    struct Choice {
        var value: String
        var label: String
        var checked: Bool
    }

    var platform: String
    var key: String
    var title: String
    var groups: [Choice]
    var domains: [Choice]

    init(_ input: CourseFormInput, domainTitles: [(key: String, title: String)]) {
        platform = input.platform
        key = input.key
        title = input.title
        groups = TargetGroup.allCases.map { Choice(value: $0.rawValue, label: Strings.targetGroupLabel($0), checked: input.basicFor.contains($0)) }
        domains = domainTitles.map { Choice(value: $0.key, label: $0.title, checked: input.domains.contains($0.key)) }
    }
}
