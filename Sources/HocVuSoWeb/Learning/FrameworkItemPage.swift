import Foundation
import HocVuSoCore
import HocVuSoStore

/// The page of one item of a draft: its edit form and its removal.
struct FrameworkItemPage {
    var title: String
    var navFrameworks = true
    var id: String
    var frameworkTitle: String
    var version: Int
    var groupTitle: String
    var backHref: String
    var action: String
    var deleteAction: String
    var csrf: String
    var form: FrameworkItemFormModel
    var deleteError: String?

    init(version: FrameworkStore.Version, framework: SkillsFramework, group: SkillsFramework.Group, itemID: String,
         input: FrameworkItemInput, errors: [String], deleteError: String?, csrf: String) {
        let base = "/frameworks/\(version.id.uuidString)"
        let path = "\(base)/items/\(QueryString.encode(itemID))"
        title = Strings.frameworkItemTitle(itemID)
        id = itemID
        frameworkTitle = framework.title
        self.version = version.version
        groupTitle = group.title
        backHref = "\(base)?group=\(group.targetGroup.rawValue)"
        action = path
        deleteAction = "\(path)/delete"
        self.csrf = csrf
        form = FrameworkItemFormModel(input, framework: framework, group: group, errors: errors)
        self.deleteError = deleteError
    }
}
