import Foundation
import HocVuSoCore

/// What the dashboard template shows: already formatted Vietnamese strings and SVG the charts built.
struct DashboardModel {
    struct Ring {
        var svg: String
        var label: String
        var hasTarget: Bool
        var target: String
        var verdict: String
        var state: String
    }

    struct IndicatorRow {
        var key: String
        var label: String
        var value: String
        /// Counts link their value; shares link their numerator ("17/20").
        var valueHref: String?
        var fraction: String?
        var fractionHref: String?
        var hasTarget: Bool
        var target: String
        var gap: String
        var verdict: String
        var state: String
    }

    struct Header {
        var label: String
        var href: String
        var sort: String?
        var arrow: String
        var title: String
        var numeric: Bool
    }

    /// A unit's value for one indicator; the number behind it links to the unit's dashboard
    /// (the value itself for a count, the numerator of "17/20" for a share of somebody).
    struct Cell {
        var value: String
        var valueHref: String?
        var numerator: String
        var denominator: String?
        var href: String?
        var state: String
    }

    struct UnitRow {
        var name: String
        var href: String?
        var behind: String
        var behindState: String
        var cells: [Cell]
    }

    struct Units {
        var title: String
        var note: String
        var headers: [Header]
        /// The rows, as HTML (see UnitRowsHTML): the row models are not handed to the template.
        var rowsHTML: String
        var exports: [Link]
        var rankTitle: String
        var rankOptions: [Option]
        var rankSVG: String
        var rankNote: String?
        var hiddenSort: String?
        var hiddenDir: String?
    }

    struct Month {
        var label: String
        var sessions: String
        var participants: String
    }

    struct Trend {
        var title: String
        var svg: String
        var months: [Month]
    }

    struct Categories {
        var svg: String?
        var emptyText: String?
    }

    struct Link {
        var title: String
        var href: String
    }

    var heading: String
    var subtitle: String
    var note: String
    var nav: [NavLink]
    var action: String
    var years: [Option]
    var year: String
    var rank: String?
    var upHref: String?
    var upTitle: String?
    var plansHref: String?
    var exports: [Link] = []
    var summary: String
    var rings: [Ring]
    var rows: [IndicatorRow]
    var barsSVG: String
    var units: Units?
    var trend: Trend?
    var categories: Categories?
}
