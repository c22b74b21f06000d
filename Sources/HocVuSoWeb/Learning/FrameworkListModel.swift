import Foundation
import HocVuSoCore
import HocVuSoStore

/// The framework's versions, newest first, and which one new assessments use.
struct FrameworkListModel {
    struct Row {
        var id: String
        var href: String
        var key: String
        var version: Int
        var title: String
        var isDraft: Bool
        var isCurrent: Bool
        var createdBy: String
        var createdAt: String
        var publishedAt: String?
        var draftAction: String?
    }

    var title: String
    var navFrameworks = true
    var rows: [Row]
    var canManage: Bool
    var csrf: String
    var error: String?

    init(versions: [FrameworkStore.Version], currentID: UUID?, canManage: Bool, csrf: String, error: String?) {
        title = Strings.frameworksTitle
        rows = versions.map { version in
            let current = version.id == currentID
            return Row(id: version.id.uuidString, href: "/frameworks/\(version.id.uuidString)", key: version.key,
                       version: version.version, title: version.title, isDraft: version.status == .draft, isCurrent: current,
                       createdBy: version.createdBy, createdAt: ActivityFormat.dateTime(version.createdAt),
                       publishedAt: version.publishedAt.map(ActivityFormat.dateTime),
                       draftAction: current && canManage ? "/frameworks/\(version.id.uuidString)/draft" : nil)
        }
        self.canManage = canManage
        self.csrf = csrf
        self.error = error
    }
}
