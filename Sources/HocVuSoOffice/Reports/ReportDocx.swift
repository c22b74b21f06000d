import Foundation
import HocVuSoCore

/// Lays a report out as NĐ 30/2020/NĐ-CP Phụ lục I requires: A4 upright, margins 20/20/30/15 mm, Times New Roman;
/// the two-column header (issuing body, number | national title, motto, place and date), the type and summary,
/// the body (14 pt, justified, first-line indent 1.27 cm, 6 pt between paragraphs), then "Nơi nhận" beside the
/// signature block. Every text of the sheet is written escaped; none of it is markup.
public enum ReportDocx {
    typealias Paragraph = DocxDocument.Paragraph
    typealias Run = DocxDocument.Run
    typealias Table = DocxDocument.Table
    typealias S = Strings.ReportDocument

    /// The size of body text, the type, the summary and the signature block.
    static let bodySizePt = 14.0
    /// Decree 30: first-line indent of 1–1.27 cm.
    static let firstLineIndentCm = 1.27
    /// Decree 30: at least 6 pt between paragraphs.
    static let paragraphSpacingPt = 6.0
    /// Decree 30 allows single up to 1.5 lines; 1.15 keeps a commune report compact and readable.
    static let lineSpacing = Paragraph.LineSpacing.multiple(1.15)

    public static func make(_ sheet: ReportSheet) throws -> Data {
        let page = DocxDocument.PageSetup.a4Portrait
        let width = page.textWidthCm
        var document = DocxDocument(page: page, defaultFont: "Times New Roman",
                                    defaultSizeHalfPoints: DocxUnits.halfPoints(pt: bodySizePt),
                                    title: documentTitle(sheet), author: sheet.issuer)
        document.pageNumbersFromSecondPage = true
        document.append(header(sheet, width: width))
        if sheet.isDraft {
            document.append(spacer())
            document.append(draftMarker())
        }
        for paragraph in title(sheet, width: width) { document.append(paragraph) }
        for block in sheet.blocks { append(block, to: &document, width: width) }
        document.append(spacer())
        document.append(signature(sheet, width: width))
        return try document.write()
    }

    /// The type and summary on one line, for the file's properties.
    static func documentTitle(_ sheet: ReportSheet) -> String {
        ([sheet.kind] + sheet.summary).joined(separator: " ")
    }

    /// A 6 pt gap. Also keeps two tables apart, which Word would otherwise join into one.
    static func spacer() -> Paragraph {
        Paragraph([], lineSpacing: .exactly(paragraphSpacingPt), markSizePt: paragraphSpacingPt)
    }
}
