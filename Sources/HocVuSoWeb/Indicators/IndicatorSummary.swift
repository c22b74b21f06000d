import Foundation
import HocVuSoCore

/// The unit page's short view of this year's indicators, with the way to the dashboard and the plans.
struct IndicatorSummaryModel {
    struct Item {
        var label: String
        var value: String
        var hasTarget: Bool
        var target: String
        var verdict: String
        var state: String
    }

    var year: String
    var summary: String
    var items: [Item]
    var href: String
    var plansHref: String
}

extension AppServices {
    func indicatorSummary(_ unit: AdminUnit) async throws -> IndicatorSummaryModel {
        let year = try IndicatorBoard.year(nil, today: today)
        let board = try await IndicatorBoard(services: self).board(unit, year: year, withChildren: false)
        let texts = board.own.statuses.map(StatusText.init)
        let targeted = texts.filter { $0.status.onTrack != nil }
        return IndicatorSummaryModel(
            year: String(year),
            summary: targeted.isEmpty ? Strings.noTargetsYet
                : Strings.onTrackSummary(targeted.filter { $0.status.onTrack == true }.count, targeted.count),
            items: DashboardPage.headline.compactMap { key in texts.first { $0.key == key } }.map {
                IndicatorSummaryModel.Item(label: $0.definition.label, value: $0.value, hasTarget: $0.status.target != nil,
                                           target: $0.target, verdict: $0.verdict,
                                           state: $0.state.rawValue)
            },
            href: "/units/\(unit.code)/dashboard?year=\(year)", plansHref: "/units/\(unit.code)/plans?year=\(year)")
    }
}
