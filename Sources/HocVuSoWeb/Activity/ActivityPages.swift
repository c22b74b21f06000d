import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The pages of the community teams' work: teams and roster, sessions, door-to-door visits, events, categories.
struct ActivityPages {
    let services: AppServices

    func register(_ routes: Routes) {
        registerTeams(routes)
        registerLists(routes)
        registerVisits(routes)
        registerEvents(routes)
        registerCategories(routes)
    }

    private func registerTeams(_ routes: Routes) {
        let list = TeamListPage(services: services)
        let team = TeamPage(services: services)
        let members = TeamMemberActions(services: services)
        let account = TeamAccountAction(services: services)
        let shifts = TeamShiftActions(services: services)
        let roster = RosterPage(services: services)
        routes.get("/units/{code}/teams", .unit(.readActivity)) { try await list.show($0, $1) }
        routes.post("/units/{code}/teams", .unit(.manageTeams)) { try await list.create($0, $1) }
        routes.get("/teams/{team}", .team(.readActivity)) { try await team.show($0, $1) }
        routes.post("/teams/{team}/members", .team(.manageTeams)) { try await members.add($0, $1) }
        routes.post("/teams/{team}/members/{member}/end", .team(.manageTeams)) { try await members.end($0, $1) }
        routes.post("/teams/{team}/members/{member}/account", .team(.manageTeams)) { try await account.create($0, $1) }
        routes.post("/teams/{team}/shifts", .team(.manageTeams)) { try await shifts.add($0, $1) }
        routes.post("/teams/{team}/shifts/{shift}/delete", .team(.manageTeams)) { try await shifts.delete($0, $1) }
        routes.get("/units/{code}/roster", .unit(.readActivity)) { try await roster.show($0, $1) }
    }

    private func registerLists(_ routes: Routes) {
        let sessions = SessionListPage(services: services)
        let export = ActivityExport(services: services)
        routes.get("/units/{code}/sessions", .unit(.readActivity)) { try await sessions.show($0, $1) }
        routes.get("/units/{code}/sessions/export", .unit(.readActivity)) { try await export.sessions($0, $1) }
        routes.get("/units/{code}/events/export", .unit(.readActivity)) { try await export.events($0, $1) }
    }

    private func registerVisits(_ routes: Routes) {
        let overview = VisitOverviewPage(services: services)
        let form = VisitFormPage(services: services)
        routes.get("/units/{code}/visits", .unit(.readActivity)) { try await overview.show($0, $1) }
        routes.get("/units/{code}/visits/new", .unit(.recordSessions)) { try await form.show($0, $1) }
        routes.post("/units/{code}/visits", .unit(.recordSessions)) { try await form.record($0, $1) }
    }

    private func registerEvents(_ routes: Routes) {
        let list = EventListPage(services: services)
        let form = EventFormPage(services: services)
        let event = EventPage(services: services)
        let attendance = EventAttendanceActions(services: services)
        routes.get("/units/{code}/events", .unit(.readActivity)) { try await list.show($0, $1) }
        routes.get("/units/{code}/events/new", .unit(.manageEvents)) { try await form.show($0, $1) }
        routes.post("/units/{code}/events", .unit(.manageEvents)) { try await form.create($0, $1) }
        routes.get("/events/{event}", .event(.readActivity)) { try await event.show($0, $1) }
        routes.post("/events/{event}/attendance", .event(.manageEvents)) { try await attendance.save($0, $1) }
        routes.post("/events/{event}/attendance/import", .event(.manageEvents)) { try await attendance.importFile($0, $1) }
    }

    private func registerCategories(_ routes: Routes) {
        let categories = CategoryPages(services: services)
        routes.get("/units/{code}/categories", .unit(.readActivity)) { try await categories.show($0, $1) }
        routes.post("/units/{code}/categories", .unit(.manageTeams)) { try await categories.add($0, $1) }
        routes.post("/units/{code}/categories/{key}/active", .unit(.manageTeams)) { try await categories.setActive($0, $1) }
    }
}
