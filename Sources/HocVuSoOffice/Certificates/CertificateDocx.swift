import Foundation
import HocVuSoCore

/// The certificate of a completed basic digital skills assessment as a Word document: A4 upright in the
/// layout of Decree 30/2020 (issuer and national title side by side, each underlined by a short rule),
/// the holder's details, a QR code of the verification address and the signature block.
public enum CertificateDocx {
    typealias S = Strings.CertificateDocument
    typealias Paragraph = DocxDocument.Paragraph
    typealias Run = DocxDocument.Run
    typealias Table = DocxDocument.Table

    static let qrSizeCm = 3.5

    /// Throws `qr.tooLong` when the verification address cannot be put in a QR code.
    public static func make(_ sheet: CertificateSheet) throws -> Data {
        let page = DocxDocument.PageSetup.a4Portrait
        var document = DocxDocument(page: page, title: S.documentTitle, author: sheet.issuer)
        document.append(header(sheet, width: page.textWidthCm))
        document.append(Paragraph(S.title, bold: true, sizePt: 26, alignment: .center, spaceBeforePt: 54))
        document.append(Paragraph(S.subtitle, bold: true, sizePt: 15, alignment: .center, spaceBeforePt: 6))
        document.append(Paragraph(S.movement, italic: true, sizePt: 14, alignment: .center, spaceBeforePt: 4,
                                  spaceAfterPt: sheet.revoked ? 6 : 30))
        if sheet.revoked {
            document.append(Paragraph([Run(S.revoked, bold: true, sizePt: 14, color: "C00000")],
                                      alignment: .center, spaceAfterPt: 18))
        }
        document.append(details(sheet))
        document.append(Paragraph([], spaceBeforePt: 36, markSizePt: 6))
        document.append(try footer(sheet, width: page.textWidthCm))
        return try document.write()
    }

    /// Issuer on the left, national title and motto on the right, each with its short rule.
    static func header(_ sheet: CertificateSheet, width: Double) -> Table {
        var table = Table(columnWidthsCm: [7.0, width - 7.0], borders: false, cellMarginCm: 0.1)
        let left = table.textWidthCm(column: 0)
        let right = table.textWidthCm(column: 1)
        table.rows = [Table.Row([
            Table.Cell([
                Paragraph(sheet.issuerParent, sizePt: 12.5, alignment: .center),
                Paragraph(sheet.issuer, bold: true, sizePt: 13, alignment: .center),
                Paragraph.rule(lengthCm: 2.5, availableWidthCm: left),
            ]),
            Table.Cell([
                Paragraph(S.nationalTitle, bold: true, sizePt: 12, alignment: .center),
                Paragraph(S.nationalMotto, bold: true, sizePt: 13.5, alignment: .center),
                Paragraph.rule(lengthCm: 6.0, availableWidthCm: right),
            ]),
        ])]
        return table
    }

    /// Label and value side by side, one row each.
    static func details(_ sheet: CertificateSheet) -> Table {
        let lines: [(label: String, value: Run)] = [
            (S.holderLabel, Run(sheet.holderName, bold: true, sizePt: 16)),
            (S.birthDateLabel, Run(sheet.birthDate)),
            (S.targetGroupLabel, Run(sheet.targetGroup)),
            (S.frameworkLabel, Run(sheet.framework)),
            (S.scoreLabel, Run(sheet.score, bold: true)),
            (S.codeLabel, Run(sheet.code, bold: true)),
        ]
        let rows = lines.map { line in
            Table.Row([
                Table.Cell([Paragraph([Run(line.label)], spaceBeforePt: 8)], verticalAlignment: .bottom),
                Table.Cell([Paragraph([line.value], spaceBeforePt: 8)], verticalAlignment: .bottom),
            ])
        }
        return Table(columnWidthsCm: [5.0, 10.5], rows: rows, borders: false)
    }

    /// The QR code with its caption and address on the left, place, date and signer on the right.
    static func footer(_ sheet: CertificateSheet, width: Double) throws -> Table {
        let qr = try QRCode.encode(sheet.verifyURL)
        let image = DocxDocument.Image(data: qr.png(scale: 8), widthCm: qrSizeCm, heightCm: qrSizeCm,
                                       description: S.qrDescription)
        let left = Table.Cell([
            Paragraph([.image(image)], alignment: .center),
            Paragraph(S.qrCaption, italic: true, sizePt: 11, alignment: .center),
            Paragraph(sheet.verifyURL, sizePt: 8, alignment: .center),
        ])
        let right = Table.Cell([
            Paragraph(sheet.placeAndDate, italic: true, sizePt: 13, alignment: .center),
            Paragraph(sheet.signerTitle, bold: true, sizePt: 13, alignment: .center, spaceBeforePt: 6),
            Paragraph(sheet.signerName, bold: true, sizePt: 14, alignment: .center, spaceBeforePt: 72),
        ])
        return Table(columnWidthsCm: [7.0, width - 7.0], rows: [Table.Row([left, right])], borders: false)
    }
}
