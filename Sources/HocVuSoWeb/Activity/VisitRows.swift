import Foundation
import HocVuSoCore
import HocVuSoStore

/// A household as the coverage lists show it.
struct HouseholdRow {
    var name: String
    var number: String?
    var address: String?
    var members: String
    var recordHref: String

    init(_ line: VisitStore.HouseholdLine) {
        name = Strings.householdName(line.headName)
        number = line.number
        address = line.address
        members = VietnameseFormat.integer(line.members)
        recordHref = "/units/\(line.villageCode)/visits/new?household=\(line.id.uuidString)"
    }
}

/// A recorded visit, with the sessions recorded during it.
struct VisitRow {
    var day: String
    var household: String
    var village: String
    var status: String
    var visited: Bool
    var member: String?
    var present: String?
    var note: String?
    var sessions: [SessionRow]
    var hasSessions: Bool
    var sessionCount: String

    init(_ line: VisitStore.VisitLine, sessions: [SessionListItem], catalog: CategoryCatalog, directory: UnitDirectory) {
        day = VietnameseFormat.date(line.visit.day)
        household = Strings.householdName(line.household.headName)
        village = directory[line.visit.villageCode]?.fullName ?? line.visit.villageCode
        status = Strings.visitStatusLabel(line.visit.status)
        visited = line.visit.status == .visited
        member = line.memberName
        present = line.presentNames.isEmpty ? nil : line.presentNames.joined(separator: ", ")
        note = line.visit.note
        self.sessions = sessions.map { SessionRow($0, catalog: catalog, directory: directory) }
        hasSessions = !sessions.isEmpty
        sessionCount = VietnameseFormat.integer(sessions.count)
    }
}

/// Households visited against all households of one unit.
struct CoverageRow {
    var name: String
    var href: String
    var households: String
    var visited: String
    var notVisited: String
    var percent: String
    var percentValue: Int

    init(name: String, href: String, households: Int, visited: Int) {
        self.name = name
        self.href = href
        let coverage = VisitCoverage(unitCode: "", households: households, visited: visited)
        self.households = VietnameseFormat.integer(households)
        self.visited = VietnameseFormat.integer(visited)
        notVisited = VietnameseFormat.integer(coverage.notVisited)
        percent = VietnameseFormat.percent(part: visited, of: households) ?? "–"
        percentValue = households == 0 ? 0 : min(100, visited * 100 / households)
    }
}
