import Foundation
import HocVuSoCore

/// The dashboard's charts from its figures.
enum DashboardCharts {
    /// Each percentage indicator as a bar on a 0–100% scale, with its target marked.
    static func bars(_ texts: [StatusText], title: String) -> String {
        BarChart(title: title, bars: texts.map { text in
            BarChart.Bar(label: Strings.indicatorShortLabel(text.key), value: text.status.value.value ?? 0, valueText: text.value,
                         target: text.status.target?.value,
                         targetText: text.status.target == nil ? Strings.noTarget : Strings.targetMark(text.target), state: text.state)
        }, maximum: 100).svg()
    }

    /// Rankings longer than this show only the lowest units.
    static let rankingLimit = 30
    static let rankingShown = 20

    /// The units below, best first, by one indicator; one target line when they share a target, a mark per bar otherwise.
    static func ranking(_ rows: [IndicatorBoard.Row], key: String, title: String) -> (svg: String, note: String?) {
        let definition = IndicatorDefinition.named(key)
        let entries = rows.compactMap { row in row.status(key).map { (unit: row.unit, text: StatusText($0)) } }
            .sorted { ($0.text.status.value.value ?? -1) > ($1.text.status.value.value ?? -1) }
        let shown = entries.count > rankingLimit ? Array(entries.suffix(rankingShown)) : entries
        let targets = Set(entries.map { $0.text.status.target?.value })
        let shared: Double?? = targets.count == 1 ? targets.first : nil
        let largest = entries.compactMap { [$0.text.status.value.value, $0.text.status.target?.value].compactMap { $0 }.max() }.max() ?? 0
        let maximum = definition?.kind == .count ? max(largest * 1.05, 1) : 100
        var chart = BarChart(title: title, bars: shown.map { entry in
            BarChart.Bar(label: entry.unit.fullName, value: entry.text.status.value.value ?? 0, valueText: entry.text.value,
                         target: shared == nil ? entry.text.status.target?.value : nil, state: entry.text.state)
        }, maximum: maximum, labelWidth: 120)
        if let value = shared ?? nil, let first = entries.first {
            chart.sharedTarget = value
            chart.sharedTargetText = Strings.targetMark(first.text.target)
        }
        return (chart.svg(), shown.count < entries.count ? Strings.rankLowest(shown.count, of: entries.count) : nil)
    }

    /// Support sessions by category, largest first.
    static func categories(_ counts: [(label: String, n: Int)], title: String) -> String {
        let sorted = counts.sorted { $0.n != $1.n ? $0.n > $1.n : $0.label < $1.label }
        return BarChart(title: title, bars: sorted.map {
            BarChart.Bar(label: $0.label, value: Double($0.n), valueText: VietnameseFormat.integer($0.n))
        }, maximum: Double(sorted.first?.n ?? 1)).svg()
    }
}
