import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The duty roster of a commune: one week, Monday to Sunday, and who is on duty today.
/// A village whose commune is outside the account's scope sees the shifts of its own teams only.
struct RosterPage {
    let services: AppServices

    struct Shift {
        var time: String
        var member: String
        var phone: String?
        var team: String
        var teamHref: String
        var place: String
        var now: Bool
    }

    struct Day {
        var weekday: String
        var date: String
        var isToday: Bool
        var shifts: [Shift]
        var hasShifts: Bool
    }

    struct Model {
        var title: String
        var nav: [NavLink]
        var weekLabel: String
        var previousHref: String
        var nextHref: String
        var thisWeekHref: String?
        var days: [Day]
        var hasShifts: Bool
        var todayLabel: String
        var onDuty: [Shift]
        var teamsHref: String
        var weekValue: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        if unit.level == .village, services.inScope(commune.code, context: context) {
            return try SeeOther(QueryString.path("/units/\(commune.code)/roster", [("week", request.query("week"))]))
                .response(from: request, context: context)
        }
        let today = services.today
        var monday = today.mondayOfWeek
        if let text = request.query("week") {
            guard let day = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) else {
                throw DomainError(.badRequest, code: "query.week", message: Strings.invalidParameter("week", text))
            }
            monday = day.mondayOfWeek
        }
        let roster = try await services.store.teams.roster(commune: commune.code)
        let teams = roster.teams.filter { unit.level == .commune || $0.villageCode == unit.code }
        let teamIDs = Set(teams.map(\.id))
        let shifts = roster.shifts.filter { teamIDs.contains($0.teamID) }
        let nowMinutes = ActivityFormat.minutes(services.clock.now())

        func entries(on day: CivilDate) -> [Shift] {
            shifts.filter { $0.weekday == Weekday(day) }.compactMap { shift -> (DutyShift, Shift)? in
                guard let member = roster.member(shift.memberID), member.isActive(on: day),
                      let team = roster.team(shift.teamID), team.isActive(on: day) else { return nil }
                let now = day == today && shift.start.minutes <= nowMinutes && nowMinutes < shift.end.minutes
                return (shift, Shift(time: "\(shift.start)–\(shift.end)", member: member.fullName, phone: member.phone,
                                     team: team.name, teamHref: "/teams/\(team.id.uuidString)", place: shift.place, now: now))
            }
            .sorted { ($0.0.start, $0.1.member) < ($1.0.start, $1.1.member) }
            .map(\.1)
        }
        let days = (0..<7).map { offset -> Day in
            let day = monday.adding(days: offset)
            let list = entries(on: day)
            return Day(weekday: Strings.weekdayLabel(Weekday(day)), date: ActivityFormat.dayMonth(day), isToday: day == today,
                       shifts: list, hasShifts: !list.isEmpty)
        }
        let sunday = monday.adding(days: 6)
        let base = "/units/\(unit.code)/roster"
        let model = Model(
            title: "\(Strings.rosterTitle) – \(unit.fullName)", nav: ActivityNav.links(unit, current: .roster),
            weekLabel: Strings.weekRange(ActivityFormat.dayMonth(monday), VietnameseFormat.date(sunday)),
            previousHref: "\(base)?week=\(monday.adding(days: -7).iso)", nextHref: "\(base)?week=\(monday.adding(days: 7).iso)",
            thisWeekHref: monday == today.mondayOfWeek ? nil : base,
            days: days, hasShifts: days.contains { $0.hasShifts },
            todayLabel: "\(Strings.weekdayLabel(Weekday(today))) \(VietnameseFormat.date(today))",
            onDuty: entries(on: today), teamsHref: "/units/\(commune.code)/teams", weekValue: VietnameseFormat.date(monday))
        return try services.render("roster", model, layout: services.layout(model.title, context: context, unit: unit))
            .response(from: request, context: context)
    }
}
