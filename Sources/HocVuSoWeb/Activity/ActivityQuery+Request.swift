import Foundation
import Hummingbird
import HocVuSoCore

extension ActivityQuery {
    /// Reads the list filters from the query string (`from`, `to` as YYYY-MM-DD or dd/mm/yyyy, `village`, `team`,
    /// `member`, `category`, `type`, `page`, `per`); a malformed value is an error that names it.
    init(_ request: Request, unit: AdminUnit, directory: UnitDirectory) throws {
        func date(_ name: String) throws -> CivilDate? {
            guard let text = request.query(name) else { return nil }
            guard let date = CivilDate(typed: text) else {
                throw DomainError(.badRequest, code: "query.\(name)", message: Strings.invalidParameter(name, text))
            }
            return date
        }
        func uuid(_ name: String) throws -> UUID? {
            guard let text = request.query(name) else { return nil }
            guard let id = UUID(uuidString: text) else {
                throw DomainError(.badRequest, code: "query.\(name)", message: Strings.invalidParameter(name, text))
            }
            return id
        }
        var village: String?
        if let code = request.query("village") {
            guard directory.contains(code, under: unit.code), directory[code]?.level == .village else {
                throw DomainError(.badRequest, code: "query.village", message: Strings.invalidParameter("village", code))
            }
            village = code
        }
        var type: EventType?
        if let text = request.query("type") {
            guard let parsed = EventType(rawValue: text) else {
                throw DomainError(.badRequest, code: "query.type", message: Strings.invalidParameter("type", text))
            }
            type = parsed
        }
        let per = try request.pageNumber("per")
        self.init(unitCode: unit.code, from: try date("from"), to: try date("to"), villageCode: village,
                  teamID: try uuid("team"), memberID: try uuid("member"), category: request.query("category"),
                  eventType: type, page: try request.pageNumber(), perPage: request.query("per") == nil ? 50 : per)
        try checkPeriod()
    }
}
