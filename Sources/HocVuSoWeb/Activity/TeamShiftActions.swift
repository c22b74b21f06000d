import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Planning a team's weekly shifts: one member, one or more weekdays, the same hours and place; and deleting a shift.
struct TeamShiftActions {
    let services: AppServices
    var page: TeamPage { TeamPage(services: services) }

    func add(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let team = try await page.team(context)
        var state = TeamPageState()
        state.memberForm.from = VietnameseFormat.date(services.today)
        state.shiftForm = TeamPageModel.ShiftForm(memberID: data.text("member") ?? "", days: Set(data.all("day").compactMap { Int($0) }),
                                                  start: data.text("start") ?? "", end: data.text("end") ?? "",
                                                  place: data.text("place") ?? "")
        do {
            let days = state.shiftForm.days.sorted().compactMap(Weekday.init(rawValue:))
            guard !days.isEmpty else {
                throw DomainError(.invalid, code: "shift.weekday", message: Strings.weekdayInvalid)
            }
            guard let memberID = UUID(uuidString: state.shiftForm.memberID),
                  let member = try await services.store.teams.member(memberID), member.isOnTeam(on: services.today) else {
                throw DomainError(.invalid, code: "shift.member", message: Strings.shiftMemberRequired)
            }
            let start = try ActivityInput.time(data.text("start")), end = try ActivityInput.time(data.text("end"))
            let shifts = days.map { DutyShift(id: UUID(), teamID: team.id, memberID: memberID, weekday: $0, start: start, end: end,
                                              place: state.shiftForm.place) }
            // Check every day first, so a bad form adds no shift at all.
            for shift in shifts { try TeamRules.check(shift, member: member) }
            for shift in shifts { try await services.store.teams.addShift(shift) }
            return try seeOther("/teams/\(team.id.uuidString)", done: "shift-added").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            state.failure = .shift(error.message)
            return try await page.render(team, state: state, context: context, flash: nil).response(from: request, context: context)
        }
    }

    func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let team = try await page.team(context)
        let id = try context.uuidParameter("shift", notFound: Strings.shiftNotFound)
        guard data.first("confirm") == "yes" else {
            let roster = try await services.store.teams.roster(commune: team.communeCode)
            guard roster.shifts.contains(where: { $0.id == id && $0.teamID == team.id }) else {
                throw DomainError(.notFound, code: "shift.not-found", message: Strings.shiftNotFound)
            }
            var state = TeamPageState()
            state.memberForm.from = VietnameseFormat.date(services.today)
            state.failure = .deleteShift(id, Strings.confirmRequired)
            return try await page.render(team, state: state, context: context, flash: nil).response(from: request, context: context)
        }
        try await services.store.teams.removeShift(id, team: team.id)
        return try seeOther("/teams/\(team.id.uuidString)", done: "shift-deleted").response(from: request, context: context)
    }
}
