import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// A province's consolidation of one request: each commune's figures as its approved report states them (so later
/// changes to raw data do not move a submitted report), the totals, and the communes that have not sent one.
struct Consolidation {
    let services: AppServices

    struct Row {
        var commune: AdminUnit
        var report: CommuneReport?
        var progress: RequestProgress
    }

    static let figureKeys = ["teams", "members", "sessions", "events", "participants", "learners.enrolled", "learners.completed",
                             "certificates.issued"]

    func rows(_ request: ReportRequest) async throws -> [Row] {
        let reports = Dictionary(try await services.store.reports.reports(request: request.id).map { ($0.communeCode, $0) },
                                 uniquingKeysWith: { a, _ in a })
        let directory = services.store.directory
        return request.communes.compactMap { code in
            guard let commune = directory[code] else { return nil }
            let report = reports[code]
            return Row(commune: commune, report: report,
                       progress: RequestProgress.of(report?.status, sentOn: report?.sentAt.map { CivilDate($0) }, deadline: request.deadline))
        }.sorted { VietnameseCollation.namePrecedes($0.commune.name, $1.commune.name) }
    }

    /// A report counts in the consolidation once it was sent (or accepted): its stored figures.
    static func counted(_ row: Row) -> ReportFigures? {
        guard let report = row.report, report.status == .sent || report.status == .accepted else { return nil }
        return report.figures
    }

    /// The row's status, marked when its figures were entered from a received document.
    static func progressLabel(_ row: Row) -> String {
        let label = Strings.requestProgressLabel(row.progress)
        return row.report?.source == .received ? "\(label) – \(Strings.receivedSourceMark)" : label
    }

    static func value(_ key: String, _ f: ReportFigures) -> Int {
        // A report entered from a received document states its teams as one figure ("teams").
        key == "teams" ? f.int("teams") + f.int("teams.commune") + f.int("teams.village") + f.int("teams.rapid") : f.int(key)
    }

    func sheet(_ request: ReportRequest, rows: [Row]) -> ReportSheet {
        let province = services.store.directory[request.provinceCode]
        let counted = rows.compactMap { row in Self.counted(row).map { (row, $0) } }
        var table = counted.map { row, f in
            [row.commune.fullName, row.report?.number ?? ""] + Self.figureKeys.map { VietnameseFormat.integer(Self.value($0, f)) }
                + [Self.progressLabel(row)]
        }
        table.append([Strings.reportTotal, ""] + Self.figureKeys.map { key in
            VietnameseFormat.integer(counted.reduce(0) { $0 + Self.value(key, $1.1) })
        } + [""])
        var blocks: [ReportBlock] = [
            .paragraph(Strings.consolidationIntro(request: request.documentLine, communes: rows.count, received: counted.count)),
            .table(ReportTable(header: Strings.consolidationColumns, rows: table,
                               widths: [2.6, 1.6, 0.9, 1.1, 1.1, 1, 1.1, 1.1, 1.1, 1.1, 1.4],
                               numericColumns: Set(2..<(2 + Self.figureKeys.count)), lastRowIsTotal: true)),
        ]
        let missing = rows.filter { Self.counted($0) == nil }
        if !missing.isEmpty {
            blocks.append(.subheading(Strings.consolidationMissingHeading))
            blocks += missing.map { .bullet("- \($0.commune.fullName): \(Strings.requestProgressLabel($0.progress))") }
        }
        let today = CivilDate(services.clock.now())
        return ReportSheet(
            issuerParent: (province.map { "UBND \($0.fullName)" } ?? "").uppercased(), issuer: Strings.departmentName.uppercased(),
            number: Strings.reportDraftNumber("BC-SKHCN"),
            placeAndDate: VietnameseFormat.documentPlaceDate(place: province?.name ?? "", today),
            kind: Strings.consolidationKind, summary: Strings.consolidationSummary(province: province?.fullName.lowercasedType() ?? ""),
            blocks: blocks, recipients: Strings.consolidationRecipients, signature: Strings.departmentSignature, signerName: "",
            isDraft: true)
    }

    func workbook(_ request: ReportRequest, rows: [Row]) throws -> Data {
        let header = Strings.consolidationColumns
        var data: [[CellValue]] = rows.map { row in
            let f = Self.counted(row)
            return [.text(row.commune.fullName), .text(row.commune.code), .text(row.report?.number ?? "")]
                + Self.figureKeys.map { key in f.map { .integer(Self.value(key, $0)) } ?? .empty }
                + [.text(Self.progressLabel(row))]
        }
        let counted = rows.compactMap(Self.counted)
        data.append([.text(Strings.reportTotal), .empty, .empty]
                    + Self.figureKeys.map { key in .integer(counted.reduce(0) { $0 + Self.value(key, $1) }) } + [.empty])
        return try XLSXWriter.write([XLSXSheet(name: Strings.annexSheetFigures,
                                              header: [header[0], Strings.unitCodeColumn] + header.dropFirst(), rows: data)])
    }
}
