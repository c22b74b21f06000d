import Foundation

extension ReportDocx {
    static let recipientsColumnCm = 7.0
    static let recipientsLabelSizePt = 12.0
    static let recipientsSizePt = 11.0
    /// Empty lines left between the signing authority and the name for the signature and seal.
    static let signatureSpaceLines = 4
    static let signatureCellMarginCm = 0.1

    /// Borderless, one row that is kept on one page: "Nơi nhận:" and its list on the left, the signing
    /// authority in bold capitals, room to sign, and the signer's name on the right.
    static func signature(_ sheet: ReportSheet, width: Double) -> Table {
        var recipients: [Paragraph] = []
        if !sheet.recipients.isEmpty {
            recipients.append(Paragraph(S.recipientsLabel, bold: true, italic: true, sizePt: recipientsLabelSizePt))
            for line in sheet.recipients { recipients.append(Paragraph(line, sizePt: recipientsSizePt)) }
        }
        var signer = sheet.signature.map { line in
            Paragraph(line.uppercased(), bold: true, sizePt: bodySizePt, alignment: .center)
        }
        for _ in 0..<signatureSpaceLines {
            signer.append(Paragraph([], alignment: .center, markSizePt: bodySizePt))
        }
        signer.append(Paragraph(sheet.signerName, bold: true, sizePt: bodySizePt, alignment: .center))
        let row = Table.Row([Table.Cell(recipients), Table.Cell(signer)], cantSplit: true)
        return Table(columnWidthsCm: [recipientsColumnCm, width - recipientsColumnCm], rows: [row], borders: false,
                     cellMarginCm: signatureCellMarginCm)
    }
}
