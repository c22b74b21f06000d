import HocVuSoCore

/// A link of the activity pages' sub-navigation.
struct NavLink {
    var title: String
    var href: String
    var current: Bool
}

/// The sub-navigation between the activity pages of one unit (the `activity-nav` partial).
enum ActivityNav {
    enum Page: CaseIterable {
        case teams, roster, sessions, visits, events, categories, indicators, learning, assessments, certificates, documents, reports

        var path: String {
            switch self {
            case .teams: return "teams"
            case .roster: return "roster"
            case .sessions: return "sessions"
            case .visits: return "visits"
            case .events: return "events"
            case .categories: return "categories"
            case .indicators: return "dashboard"
            case .learning: return "learning"
            case .assessments: return "assessments"
            case .certificates: return "certificates"
            case .documents: return "documents"
            case .reports: return "report-requests"
            }
        }

        var title: String {
            switch self {
            case .teams: return Strings.navTeams
            case .roster: return Strings.rosterTitle
            case .sessions: return Strings.sessionsTitle
            case .visits: return Strings.navVisits
            case .events: return Strings.eventsTitle
            case .categories: return Strings.categoriesTitle
            case .indicators: return Strings.navIndicators
            case .learning: return Strings.navLearning
            case .assessments: return Strings.navAssessments
            case .certificates: return Strings.navCertificates
            case .documents: return Strings.navDocuments
            case .reports: return Strings.navReports
            }
        }

        /// Which unit levels the page exists for.
        func offered(at level: UnitLevel) -> Bool {
            switch self {
            case .sessions, .events, .indicators, .learning, .certificates, .documents, .reports: return true
            case .assessments: return level != .province
            case .visits: return level != .province
            case .teams, .roster, .categories: return level != .province
            }
        }
    }

    static func links(_ unit: AdminUnit, current: Page?) -> [NavLink] {
        Page.allCases.filter { $0.offered(at: unit.level) }.map {
            NavLink(title: $0.title, href: "/units/\(unit.code)/\($0.path)", current: $0 == current)
        }
    }
}
