import Foundation
import HocVuSoCore

/// Lines of monthly values over one year (months without data yet are left out), with a legend and a value grid.
struct TrendChart {
    struct Series {
        var name: String
        /// Twelve values, January first; nil for months still to come.
        var values: [Int?]
        /// "s1", "s2": the line's look in app.css.
        var className: String
    }

    var title: String
    var series: [Series]

    static let width = 360.0, height = 210.0
    static let left = 44.0, right = 8.0, top = 30.0, bottom = 24.0

    /// A round ceiling for the value axis: 1, 2, 5 × 10ⁿ, at least 4 (one per grid line).
    static func ceiling(_ value: Int) -> Int {
        guard value > 4 else { return 4 }
        var step = 1
        while true {
            for factor in [1, 2, 5] where step * factor * 4 >= value { return step * factor * 4 }
            step *= 10
        }
    }

    func svg() -> String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let maximum = Self.ceiling(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0)
        func x(_ month: Int) -> Double { Self.left + plotWidth * (Double(month) - 0.5) / 12 }
        func y(_ value: Int) -> Double { Self.top + plotHeight * (1 - Double(value) / Double(maximum)) }
        var body = ""
        for step in 0...4 {
            let value = maximum * step / 4
            body += SVG.line(x1: Self.left, y1: y(value), x2: Self.width - Self.right, y2: y(value), className: step == 0 ? "axis" : "grid")
            body += SVG.text(VietnameseFormat.integer(value), x: Self.left - 4, y: y(value) + 4, anchor: .end, className: "note")
        }
        for month in 1...12 {
            body += SVG.text(Strings.monthShort(month), x: x(month), y: Self.height - 6, anchor: .middle, className: "note")
        }
        var legendX = 4.0
        for line in series {
            body += SVG.rect(x: legendX, y: 8, width: 14, height: 4, className: "key \(line.className)")
            body += SVG.text(line.name, x: legendX + 18, y: 14, className: "note")
            legendX += 30 + Double(line.name.count) * 6.2
            let points = line.values.enumerated().compactMap { month, value in value.map { (month + 1, $0) } }
            guard !points.isEmpty else { continue }
            let coordinates = points.map { "\(SVG.number(x($0.0))),\(SVG.number(y($0.1)))" }.joined(separator: " ")
            body += "<polyline points=\"\(coordinates)\" class=\"series \(line.className)\"/>"
            for (month, value) in points {
                body += "<circle cx=\"\(SVG.number(x(month)))\" cy=\"\(SVG.number(y(value)))\" r=\"2.5\" class=\"dot \(line.className)\"/>"
            }
        }
        return SVG.document(width: Self.width, height: Self.height, title: title, className: "trend", body: body)
    }
}
