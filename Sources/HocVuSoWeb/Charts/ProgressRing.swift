import Foundation

/// A ring filled to a percentage, with a tick at the target and the value in the middle.
struct ProgressRing {
    var title: String
    /// 0–100; nil draws an empty ring.
    var value: Double?
    var valueText: String
    var target: Double?
    var state: BarChart.State

    func svg() -> String {
        let center = 60.0, radius = 48.0
        var body = "<circle cx=\"60\" cy=\"60\" r=\"\(SVG.number(radius))\" class=\"ring-track\"/>"
        if let value {
            let filled = min(max(value, 0), 100)
            body += "<circle cx=\"60\" cy=\"60\" r=\"\(SVG.number(radius))\" pathLength=\"100\" "
                + "stroke-dasharray=\"\(SVG.number(filled)) 100\" transform=\"rotate(-90 60 60)\" class=\"ring-value \(state.rawValue)\"/>"
        }
        if let target {
            let angle = (min(max(target, 0), 100) / 100 * 360 - 90) * Double.pi / 180
            body += SVG.line(x1: center + (radius - 10) * cos(angle), y1: center + (radius - 10) * sin(angle),
                             x2: center + (radius + 10) * cos(angle), y2: center + (radius + 10) * sin(angle), className: "target")
        }
        body += SVG.text(valueText, x: center, y: center + 7, anchor: .middle, className: "ring-text")
        return SVG.document(width: 120, height: 120, title: title, className: "ring", body: body)
    }
}
