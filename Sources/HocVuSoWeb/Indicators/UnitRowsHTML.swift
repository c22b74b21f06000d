import Foundation

/// The body rows of the units table, built as a string: a province has over a hundred rows of a dozen cells, and
/// rendering them through Mustache sections cost more than computing every indicator. The markup is the template's
/// (same classes); every text comes from the model, escaped.
enum UnitRowsHTML {
    static func render(_ rows: [DashboardModel.UnitRow]) -> String {
        var html = ""
        html.reserveCapacity(rows.count * 1_200)
        for row in rows {
            html += "<tr><th scope=\"row\">" + link(row.name, row.href) + "</th><td class=\"num\"><span class=\"verdict "
                + SVG.escape(row.behindState) + "\">" + SVG.escape(row.behind) + "</span></td>"
            for cell in row.cells {
                html += "<td class=\"num cell " + SVG.escape(cell.state) + "\"><strong>" + link(cell.value, cell.valueHref) + "</strong>"
                if let denominator = cell.denominator {
                    html += "<small>" + link(cell.numerator, cell.href) + "/" + SVG.escape(denominator) + "</small>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        return html
    }

    private static func link(_ text: String, _ href: String?) -> String {
        guard let href else { return SVG.escape(text) }
        return "<a href=\"" + SVG.escape(href) + "\">" + SVG.escape(text) + "</a>"
    }
}
