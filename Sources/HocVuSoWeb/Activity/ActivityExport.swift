import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// The session and event lists as XLSX or CSV files, with the same filters as the pages.
struct ActivityExport {
    let services: AppServices

    enum Format: String {
        case xlsx, csv
    }

    func sessions(_ request: Request, _ context: AppContext) async throws -> Download {
        let unit = try context.authorizedUnit()
        let format = try Self.format(request)
        let query = try ActivityFilterInput(request).query(unit: unit, directory: services.store.directory, page: 1)
        let items = try await services.store.sessions.export(query, unit: unit)
        let catalog = services.store.catalog
        let directory = services.store.directory
        let rows: [[CellValue]] = items.map { item in
            let s = item.session
            return [.date(s.day), .text(ActivityFormat.time(s.at)), .text(directory[s.unitCode]?.fullName ?? s.unitCode),
                    .text(catalog.label(s.category, commune: s.communeCode)), .text(s.category),
                    .text(item.residentName ?? Strings.unregistered), Self.text(s.ageBand.map(Strings.ageBandLabel)),
                    Self.text(s.gender.map(Strings.genderLabel)), .text(Strings.placeLabel(s.place)),
                    .text(Strings.outcomeLabel(s.outcome)), Self.text(item.memberName), Self.text(item.teamName),
                    Self.text(s.note), .text(s.id.uuidString)]
        }
        try await services.store.accessLog.record(.export, actor: context.actor(), subject: nil, unitCode: unit.code,
                                                  detail: "sessions \(format.rawValue) \(items.count)", now: services.clock.now())
        return try Self.file(sheet: Strings.sessionsTitle, header: Strings.sessionExportHeader, rows: rows, format: format,
                             name: Self.fileName(Strings.sessionFilePrefix, unit: unit, query: query))
    }

    func events(_ request: Request, _ context: AppContext) async throws -> Download {
        let unit = try context.authorizedUnit()
        let format = try Self.format(request)
        let query = try ActivityFilterInput(request).query(unit: unit, directory: services.store.directory, page: 1)
        let lines = try await services.store.events.export(query, unit: unit)
        let rows: [[CellValue]] = lines.map { line in
            let e = line.event
            return [.date(e.day), .text(Strings.eventTypeLabel(e.type)), .text(e.topic), .text(e.place), .text(e.organiser),
                    .text(services.unitName(e.unitCode)), e.headCount.map(CellValue.integer) ?? .empty, .integer(line.named),
                    .integer(line.participants), .text(e.id.uuidString)]
        }
        return try Self.file(sheet: Strings.eventsTitle, header: Strings.eventExportHeader, rows: rows, format: format,
                             name: Self.fileName(Strings.eventFilePrefix, unit: unit, query: query))
    }

    static func format(_ request: Request) throws -> Format {
        let text = request.query("format") ?? Format.xlsx.rawValue
        guard let format = Format(rawValue: text.lowercased()) else {
            throw DomainError(.badRequest, code: "query.format", message: Strings.invalidParameter("format", text))
        }
        return format
    }

    static func text(_ value: String?) -> CellValue {
        value.map(CellValue.text) ?? .empty
    }

    /// "luot-ho-tro-11131-2026-01-01-2026-11-23" (the period parts only when given).
    static func fileName(_ prefix: String, unit: AdminUnit, query: ActivityQuery) -> String {
        var parts = [prefix, unit.code]
        switch (query.from, query.to) {
        case let (from?, to?): parts += [from.iso, to.iso]
        case let (from?, nil): parts += [Strings.fileFromWord, from.iso]
        case let (nil, to?): parts += [Strings.fileToWord, to.iso]
        case (nil, nil): break
        }
        return parts.joined(separator: "-").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    static func file(sheet: String, header: [String], rows: [[CellValue]], format: Format, name: String) throws -> Download {
        switch format {
        case .xlsx:
            let data = try XLSXWriter.write([XLSXSheet(name: sheet, header: header, rows: rows)])
            return Download(data: data, contentType: Download.xlsxType,
                            filename: "\(name).xlsx")
        case .csv:
            let data = CSVWriter.write([header] + rows.map { $0.map(csvText) })
            return Download(data: data, contentType: "text/csv; charset=utf-8", filename: "\(name).csv")
        }
    }

    static func csvText(_ cell: CellValue) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return text
        case .integer(let n): return String(n)
        case .decimal(let d): return String(d)
        case .date(let date): return VietnameseFormat.date(date)
        }
    }
}

/// A file to save: the bytes, their type, and an ASCII file name.
struct Download: ResponseGenerator, Sendable {
    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    var data: Data
    var contentType: String
    var filename: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        httpResponse
    }

    var httpResponse: Response {
        Response(status: .ok,
                 headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(filename)\"",
                           .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
