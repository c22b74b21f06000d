import Foundation

/// Horizontal bars, each against its own target mark or one target line shared by all bars.
/// Stacked layout (label above the bar) for long labels; inline layout (label at the left) for rankings.
struct BarChart {
    enum State: String {
        case ok, off, none
    }

    struct Bar {
        var label: String
        var value: Double
        var valueText: String
        var target: Double? = nil
        var targetText: String? = nil
        var state: State = .none
    }

    var title: String
    var bars: [Bar]
    /// The value a full bar stands for (100 for a percentage).
    var maximum: Double
    /// When set, labels sit at the left in a column this wide; otherwise above each bar.
    var labelWidth: Double? = nil
    /// One target for every bar, drawn as a line across the chart.
    var sharedTarget: Double? = nil
    var sharedTargetText: String? = nil

    static let width = 340.0
    static let valueWidth = 64.0
    /// Rough glyph widths (user units) of the label and note fonts set in app.css, to keep text inside the chart.
    static let labelGlyph = 7.0, noteGlyph = 6.1

    func svg() -> String {
        let top = sharedTarget == nil ? 2.0 : 20.0
        let rowHeight = labelWidth == nil ? 40.0 : 24.0
        let barLeft = labelWidth.map { $0 + 6 } ?? 0
        let trackWidth = Self.width - barLeft - Self.valueWidth
        let scale = maximum > 0 ? maximum : 1
        func x(_ value: Double) -> Double { barLeft + trackWidth * min(max(value / scale, 0), 1) }
        let height = top + rowHeight * Double(bars.count) + 4
        var body = ""
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let barY: Double
            if let labelWidth {
                body += SVG.text(SVG.clip(bar.label, Int(labelWidth / Self.labelGlyph)), x: 0, y: y + 16, className: "label")
                barY = y + 5
            } else {
                let noteWidth = bar.targetText.map { Double($0.count) * Self.noteGlyph + 8 } ?? 0
                body += SVG.text(SVG.clip(bar.label, Int((Self.width - noteWidth) / Self.labelGlyph)), x: 0, y: y + 13, className: "label")
                if let text = bar.targetText {
                    body += SVG.text(text, x: Self.width, y: y + 13, anchor: .end, className: "note")
                }
                barY = y + 18
            }
            body += SVG.rect(x: barLeft, y: barY, width: trackWidth, height: 14, className: "track", radius: 2)
            body += SVG.rect(x: barLeft, y: barY, width: x(bar.value) - barLeft, height: 14, className: "bar \(bar.state.rawValue)", radius: 2)
            if let target = bar.target {
                body += SVG.line(x1: x(target), y1: barY - 3, x2: x(target), y2: barY + 17, className: "target")
            }
            body += SVG.text(bar.valueText, x: Self.width, y: barY + 12, anchor: .end, className: "value")
        }
        if let target = sharedTarget {
            let at = x(target)
            body += SVG.line(x1: at, y1: top - 4, x2: at, y2: height - 2, className: "target")
            if let text = sharedTargetText {
                let anchor: SVG.Anchor = at > barLeft + trackWidth * 0.7 ? .end : (at < barLeft + 40 ? .start : .middle)
                body += SVG.text(text, x: at, y: 12, anchor: anchor, className: "note")
            }
        }
        return SVG.document(width: Self.width, height: height, title: title, className: "bars", body: body)
    }
}
