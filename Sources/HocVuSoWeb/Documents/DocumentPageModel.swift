import Foundation
import HocVuSoCore

/// The register page: tabs for documents issued and received, a year filter, one page of entries, and the form.
struct DocumentPageModel {
    struct Tab {
        var title: String
        var href: String
        var current: Bool
    }

    struct Row {
        var numberText: String
        var date: String
        var typeName: String
        var summary: String
        var party: String?
        var fileHref: String?
        var fileName: String?
    }

    struct TypeChoice {
        var value: String
        var label: String
        var selected: Bool
        /// The next free number of the type this year, and its default symbol, for the form's script.
        var next: Int
        var symbol: String
    }

    struct Form {
        var action: String
        var csrf: String
        var issued: Bool
        var types: [TypeChoice]
        var number: String
        var symbol: String
        var symbolPlaceholder: String
        var issuedOn: String
        var summary: String
        var signer: String
        var issuer: String
        var nextNote: String
        var error: String?
        var problems: [String]
    }

    var code: String
    var title: String
    var nav: [NavLink]
    var tabs: [Tab]
    var issued: Bool
    var yearAction: String
    var direction: String
    var years: [Option]
    var items: [Row]
    var hasItems: Bool
    var total: String
    var pageLabel: String
    var previousHref: String?
    var nextHref: String?
    var form: Form?
}

extension DocumentPageModel.Row {
    init(_ d: OfficialDocument, unitCode: String) {
        numberText = d.numberText
        date = VietnameseFormat.date(d.issuedOn)
        typeName = d.type.name
        summary = d.summary
        party = d.direction == .issued ? d.signer : d.issuer
        fileHref = d.attachmentName == nil ? nil : "/units/\(unitCode)/documents/\(d.id.uuidString)/file"
        fileName = d.attachmentName
    }
}
