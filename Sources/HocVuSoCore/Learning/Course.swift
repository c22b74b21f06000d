import Foundation

/// A course of an online learning platform, as the catalogue knows it.
public struct Course: Sendable, Equatable, Codable {
    public var id: UUID
    /// "binhdanhocvuso.gov.vn", "hatinh.mobiedu.vn" …
    public var platform: String
    /// The platform's own key, such as `course-v1:MOET+KNS-ND+2026-1`, or the folded title when the file has none.
    public var key: String
    public var title: String
    /// The target groups for which completing it counts as having basic digital skills.
    public var basicFor: Set<TargetGroup>
    /// The framework domains it teaches: what a weak result in those domains is pointed to.
    public var domains: Set<String>
    /// Found in an imported file and not yet classified by an officer.
    public var needsReview: Bool

    public init(id: UUID, platform: String, key: String, title: String, basicFor: Set<TargetGroup> = [],
                domains: Set<String> = [], needsReview: Bool = false) {
        self.id = id
        self.platform = platform
        self.key = key
        self.title = title
        self.basicFor = basicFor
        self.domains = domains
        self.needsReview = needsReview
    }

    /// A key for a course named only by its title: the folded title, so "Kỹ năng số cơ bản" and
    /// "KY NANG SO CO BAN" are the same course.
    public static func keyForTitle(_ title: String) -> String {
        "title:" + ColumnSynonyms.key(title)
    }

    /// A platform name as typed ("https://binhdanhocvuso.gov.vn/", "BinhDanHocVuSo.gov.vn") in its stored form.
    public static func platformName(_ typed: String) -> String {
        var text = VietnameseText.normalize(typed).lowercased()
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Checks an officer's entry.
    public func validate() throws {
        var problems: [Problem] = []
        if platform.isEmpty || platform.count > 100 {
            problems.append(Problem(column: Strings.courseFieldPlatform, value: platform, reason: Strings.courseBadPlatform))
        }
        if key.isEmpty || key.count > 200 {
            problems.append(Problem(column: Strings.courseFieldKey, value: key, reason: Strings.courseBadKey))
        }
        if title.isEmpty || title.count > 300 {
            problems.append(Problem(column: Strings.courseFieldTitle, value: title, reason: Strings.courseBadTitle))
        }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "course.invalid", message: problems[0].reason, details: problems)
        }
    }
}
