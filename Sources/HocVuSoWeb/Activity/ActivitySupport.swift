import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Shared pieces of the activity pages: the commune behind a unit, path identifiers, dates and times as typed.
extension AppServices {
    var today: CivilDate { CivilDate(clock.now()) }

    /// The commune of a commune or village; nil for a province.
    func commune(of unit: AdminUnit) -> AdminUnit? {
        unit.communeCode.flatMap { store.directory[$0] }
    }

    /// The commune of a unit, for pages that exist per commune; a province is refused.
    func requireCommune(_ unit: AdminUnit) throws -> AdminUnit {
        guard let commune = commune(of: unit) else {
            throw DomainError(.invalid, code: "unit.level", message: Strings.activityNeedsCommune)
        }
        return commune
    }

    /// A unit that records happen in (a commune or a village); a province is refused.
    func requireLocalUnit(_ unit: AdminUnit) throws -> AdminUnit {
        guard unit.level != .province else {
            throw DomainError(.invalid, code: "unit.level", message: Strings.activityNeedsCommune)
        }
        return unit
    }

    /// A village, for pages about its households.
    func requireVillage(_ unit: AdminUnit) throws -> AdminUnit {
        guard unit.level == .village else {
            throw DomainError(.invalid, code: "unit.level", message: Strings.activityNeedsVillage)
        }
        return unit
    }

    /// Whether the logged-in account may address `code` (its scope covers it).
    func inScope(_ code: String, context: AppContext) -> Bool {
        guard let account = context.identity?.account else { return false }
        return AccessMiddleware.inScope(code, account: account, directory: store.directory)
    }

    /// The active villages of a commune, in directory order.
    func activeVillages(of communeCode: String) -> [AdminUnit] {
        store.directory.children(of: communeCode).filter { $0.status == .active }
    }

    /// A unit's full name, or its code when it is unknown.
    func unitName(_ code: String) -> String {
        store.directory[code]?.fullName ?? code
    }
}

extension AppContext {
    /// A UUID path parameter; a malformed one is "not found" with `message`.
    func uuidParameter(_ name: String, notFound message: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "\(name).not-found", message: message)
        }
        return id
    }
}

/// Reading what a person typed into the activity forms.
enum ActivityInput {
    /// A date typed as dd/mm/yyyy (or ISO); blank gives `fallback`; anything else is an error.
    static func date(_ text: String?, fallback: CivilDate) throws -> CivilDate {
        guard let text else { return fallback }
        return try date(text)
    }

    static func date(_ text: String) throws -> CivilDate {
        guard let date = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) else {
            throw DomainError(.invalid, code: "date", message: Strings.dateInvalid)
        }
        return date
    }

    /// A time of day typed as HH:MM (a browser time field may add ":00" seconds).
    static func time(_ text: String?) throws -> ClockTime {
        var value = text?.trimmingCharacters(in: .whitespaces) ?? ""
        if value.count == 8, value.hasSuffix(":00") { value.removeLast(3) }
        if value.count == 4, value.dropFirst().first == ":" { value = "0" + value }
        guard let time = ClockTime(value) else {
            throw DomainError(.invalid, code: "time", message: Strings.shiftTimeInvalid)
        }
        return time
    }

    /// A non-negative whole number typed with or without thousands dots; blank gives nil.
    static func count(_ text: String?, max: Int) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        let digits = text.filter { $0 != "." && $0 != " " }
        guard let n = Int(digits), (0...max).contains(n) else {
            throw DomainError(.invalid, code: "count", message: Strings.eventHeadCountInvalid(max))
        }
        return n
    }
}

/// Times of day in Vietnam, for lists and the roster.
enum ActivityFormat {
    static func calendar() -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.vietnam
        return calendar
    }

    /// "08:05".
    static func time(_ date: Date) -> String {
        ClockTime(minutes: minutes(date))?.description ?? ""
    }

    /// "19/5/2026 08:05".
    static func dateTime(_ date: Date) -> String {
        "\(VietnameseFormat.date(CivilDate(date))) \(time(date))"
    }

    /// Minutes after midnight in Vietnam.
    static func minutes(_ date: Date) -> Int {
        let c = calendar().dateComponents([.hour, .minute], from: date)
        return (c.hour ?? 0) * 60 + (c.minute ?? 0)
    }

    /// "18/5" (day/month, for the week grid).
    static func dayMonth(_ date: CivilDate) -> String {
        "\(date.day)/\(date.month)"
    }
}

/// Query strings for links that keep a list's filters.
enum QueryString {
    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// "a=1&b=x%20y" from pairs whose value is present.
    static func make(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { "\(name)=\(encode($0))" } }.joined(separator: "&")
    }

    static func path(_ path: String, _ pairs: [(String, String?)]) -> String {
        let query = make(pairs)
        return query.isEmpty ? path : "\(path)?\(query)"
    }
}

/// The redirect after a successful form: 303 to `path` with the flash key.
func seeOther(_ path: String, done: String) -> SeeOther {
    SeeOther(path + (path.contains("?") ? "&" : "?") + "done=\(done)")
}
