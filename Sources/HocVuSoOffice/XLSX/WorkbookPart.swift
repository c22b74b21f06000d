/// `xl/workbook.xml`: the sheets in tab order and the date system.
struct WorkbookPart {
    struct SheetEntry: Equatable {
        var name: String
        var relationshipID: String
        var isHidden: Bool
    }

    var sheets: [SheetEntry] = []
    var date1904 = false

    static func read(_ path: String, in directory: ZipDirectory, limit: Int) throws -> WorkbookPart {
        let handler = WorkbookHandler()
        try XMLPart.parse(path, in: directory, limit: limit, with: handler)
        return handler.workbook
    }
}

final class WorkbookHandler: XMLPartHandler {
    private(set) var workbook = WorkbookPart()

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            workbook.date1904 = value == "1" || value == "true"
        case "sheet":
            guard let id = Self.attribute(attributes, local: "id") else { return }
            let state = attributes["state"] ?? "visible"
            workbook.sheets.append(.init(name: attributes["name"] ?? "", relationshipID: id,
                                         isHidden: state == "hidden" || state == "veryHidden"))
        default:
            break
        }
    }
}
