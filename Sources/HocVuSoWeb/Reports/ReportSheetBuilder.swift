import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// A commune report as the DOCX layout wants it: header, number, place and date, the sections in order with the
/// tables of indicators and villages after their headings, "Nơi nhận" and the signature.
struct ReportSheetBuilder {
    let services: AppServices

    func sheet(_ report: CommuneReport, commune: AdminUnit) -> ReportSheet {
        let directory = services.store.directory
        let province = directory.path(to: commune.code).first { $0.level == .province }
        let date = report.reportDate ?? CivilDate(services.clock.now())
        var blocks: [ReportBlock] = []
        let headings: [ReportSection: String] = [
            .direction: Strings.reportSectionDirection, .results: Strings.reportSectionResults,
            .difficulties: Strings.reportSectionDifficulties, .nextSteps: Strings.reportSectionNextSteps,
            .recommendations: Strings.reportSectionRecommendations,
        ]
        for section in ReportSection.allCases {
            let paragraphs = report.paragraphs.filter { $0.section == section }
            guard !paragraphs.isEmpty else { continue }
            if let heading = headings[section] { blocks.append(.heading(heading)) }
            for paragraph in paragraphs {
                switch paragraph.kind {
                case .subheading: blocks.append(.subheading(paragraph.text))
                case .bullet: blocks.append(.bullet(paragraph.text))
                case .paragraph: blocks.append(.paragraph(paragraph.text))
                }
                if paragraph.key == "results.indicators.heading" { blocks.append(.table(Self.indicatorTable(report.figures))) }
                if paragraph.key == "results.villages.heading" { blocks.append(.table(Self.villageTable(report.figures))) }
            }
        }
        return ReportSheet(
            issuerParent: (province.map { "UBND \($0.fullName)" } ?? "").uppercased(),
            issuer: "ỦY BAN NHÂN DÂN \(commune.fullName)".uppercased(),
            number: report.number.map(Strings.reportNumber) ?? Strings.reportDraftNumber("BC-UBND"),
            placeAndDate: VietnameseFormat.documentPlaceDate(place: commune.name, date),
            kind: Strings.reportKind, summary: Strings.reportSummary(place: commune.fullName.lowercasedType()),
            blocks: blocks, recipients: report.recipients, signature: report.signature, signerName: report.signerName,
            isDraft: report.number == nil)
    }

    static func indicatorTable(_ f: ReportFigures) -> ReportTable {
        ReportTable(header: Strings.reportIndicatorColumns, rows: f.indicators.map { [$0.label, $0.value, $0.target, $0.status] },
                    widths: [5, 1.5, 1.5, 1.5], numericColumns: [1, 2])
    }

    static func villageTable(_ f: ReportFigures) -> ReportTable {
        var rows = f.villages.map { v in
            [v.name, VietnameseFormat.integer(v.residents), VietnameseFormat.integer(v.skilled), VietnameseFormat.integer(v.sessions),
             VietnameseFormat.integer(v.householdsVisited), v.hasTeam ? Strings.yes : Strings.no]
        }
        rows.append([Strings.reportTotal, VietnameseFormat.integer(f.villages.reduce(0) { $0 + $1.residents }),
                     VietnameseFormat.integer(f.villages.reduce(0) { $0 + $1.skilled }),
                     VietnameseFormat.integer(f.villages.reduce(0) { $0 + $1.sessions }),
                     VietnameseFormat.integer(f.villages.reduce(0) { $0 + $1.householdsVisited }),
                     VietnameseFormat.integer(f.villages.filter(\.hasTeam).count)])
        return ReportTable(header: Strings.reportVillageColumns, rows: rows, widths: [3, 1.3, 1.6, 1.3, 1.3, 1.2],
                           numericColumns: [1, 2, 3, 4], lastRowIsTotal: true)
    }

    /// The tables of a report as a workbook: the figures, the villages, the indicators.
    static func annex(_ report: CommuneReport) throws -> Data {
        let f = report.figures
        let figureRows: [[CellValue]] = f.values.keys.sorted().filter { !$0.hasPrefix("indicator.") }.map { key in
            [.text(Self.figureLabel(key, f)), .integer(Int(f.values[key] ?? 0))]
        }
        let villages = villageTable(f)
        return try XLSXWriter.write([
            XLSXSheet(name: Strings.annexSheetFigures, header: Strings.annexFigureColumns, rows: figureRows),
            XLSXSheet(name: Strings.annexSheetVillages, header: villages.header, rows: f.villages.map { v in
                [.text(v.name), .integer(v.residents), .integer(v.skilled), .integer(v.sessions), .integer(v.householdsVisited),
                 .text(v.hasTeam ? Strings.yes : Strings.no)]
            }),
            XLSXSheet(name: Strings.annexSheetIndicators, header: Strings.reportIndicatorColumns,
                      rows: f.indicators.map { [.text($0.label), .text($0.value), .text($0.target), .text($0.status)] }),
        ])
    }

    static func figureLabel(_ key: String, _ f: ReportFigures) -> String {
        if key.hasPrefix("sessions."), let label = f.categoryLabels[String(key.dropFirst("sessions.".count))] {
            return Strings.reportFigureLabel("sessions.*") + ": " + label
        }
        return Strings.reportFigureLabel(key)
    }
}

extension String {
    /// "Xã Chí Minh" → "xã Chí Minh": the unit type in lower case inside a sentence.
    func lowercasedType() -> String {
        guard let space = firstIndex(of: " ") else { return self }
        return self[..<space].lowercased() + self[space...]
    }
}
