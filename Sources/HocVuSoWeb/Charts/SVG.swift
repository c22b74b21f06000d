import Foundation

/// Small helpers for SVG built as plain strings: escaping, numbers with a "." decimal, the outer element.
/// Charts carry no `style` attribute (the CSP forbids it): presentation attributes and classes styled in app.css.
enum SVG {
    /// Text and attribute values with the five XML specials escaped.
    static func escape(_ text: String) -> String {
        // Most texts need nothing: check the bytes once before building a copy.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate: at most two decimals, "." as the separator, never an exponent ("12.5", "100", "-3.25").
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }

    /// The outer element: scales to its container (viewBox, width 100%), announced as one image with a title.
    static func document(width: Double, height: Double, title: String, className: String, body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"100%\" "
            + "class=\"chart \(escape(className))\" role=\"img\" aria-label=\"\(escape(title))\">"
            + "<title>\(escape(title))</title>\(body)</svg>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, className: String, radius: Double = 0) -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\""
            + (radius > 0 ? " rx=\"\(number(radius))\"" : "") + " class=\"\(className)\"/>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" class=\"\(className)\"/>"
    }

    enum Anchor: String {
        case start, middle, end
    }

    static func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, className: String) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\"" + (anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"")
            + " class=\"\(className)\">\(escape(content))</text>"
    }

    /// Shortens a label to about `limit` characters with an ellipsis, so it stays inside the chart.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
