import Foundation
import HocVuSoCore

/// What the event page shows, already formatted.
struct EventPageModel {
    struct GroupRow {
        var label: String
        var count: String
        var unnamed: Bool
    }

    struct Person {
        var id: String
        var name: String
        var birthDate: String
        var village: String
        var group: String
        var attending: Bool
    }

    struct ProblemRow {
        var row: String
        var column: String
        var value: String
        var reason: String
    }

    var id: String
    var title: String
    var type: String
    var day: String
    var place: String
    var organiser: String
    var unit: String
    var nav: [NavLink]
    var listHref: String
    var groups: [GroupRow]
    var named: String
    var headCount: String?
    var participants: String
    var attendees: [Person]
    var hasAttendees: Bool
    var canManage: Bool
    var csrf: String
    var headCountValue: String
    // The resident picker (managers only).
    var q: String
    var villages: [Option]
    var candidates: [Person]
    var hasCandidates: Bool
    var candidatesTotal: String
    var pickerPage: String
    var pickerPrevious: String?
    var pickerNext: String?
    var pickerFiltered: Bool
    var pickerPageNumber: String
    var pickerVillage: String
    // Errors of the attendance and import forms.
    var attendanceError: String?
    var importError: String?
    var problems: [ProblemRow]
    var hasProblems: Bool
    var moreProblems: Bool
}

/// The resident picker's state, carried from the page to the attendance form and back.
struct EventPickerState {
    /// The village choice that lists the whole commune.
    static let allVillages = "all"

    var q: String?
    var village: String?
    var page: Int
    /// The token the search term is kept under on the server (see SearchTerms); links carry it, never `q`.
    var token: String? = nil

    var pairs: [(String, String?)] {
        [("s", q == nil ? nil : token), ("village", village), ("page", page > 1 ? String(page) : nil)]
    }
}

/// Which form of the event page failed.
enum EventPageFailure {
    case attendance(String)
    case importFile(String, [Problem])
}
