import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

/// What the session benchmark records against: the Chí Minh demo commune, a village team with a member whose
/// account the phones log in as, and a sample of residents to name in sessions.
struct BenchSessionTarget {
    let village: String
    let residents: [UUID]
    /// A fresh account per run, so the benchmark can run again on the same store.
    let username = "bench.totruong." + SessionService.randomToken().prefix(6).lowercased()
    let password = "bench-" + SessionService.randomToken().prefix(16)

    static func prepare(_ store: Store) async throws -> BenchSessionTarget {
        let commune = DemoCommunes.chiMinh
        let today = CivilDate(Date())
        if try await !DemoSeeder(store: store, today: today).alreadyLoaded([commune]) {
            _ = try await DemoSeeder(store: store, today: today).load([commune])
        }
        guard let village = store.directory.children(of: commune.code).first(where: { $0.level == .village })?.code else {
            throw BenchError.noVillage
        }
        let page = try await store.residents.list(ResidentQuery(unitCode: village, perPage: 200), directory: store.directory,
                                                  actor: AccessActor(userID: nil, username: "bench", client: "bench"))
        return BenchSessionTarget(village: village, residents: page.items.map(\.id))
    }

    /// Creates the member's account (each run) and team (once) and logs in through the real session service.
    func token(_ store: Store, configuration: AppConfiguration) async throws -> String {
        let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
        let account = Account(id: UUID(), username: username, displayName: "Tổ trưởng (đo hiệu năng)", role: .teamLeader,
                              unitCode: village)
        try await store.accounts.create(account, passwordHash: try await services.passwords.hash(password), now: Date())
        guard let communeCode = store.directory[village]?.parentCode else { throw BenchError.noVillage }
        let roster = try await store.teams.roster(commune: communeCode)
        let teamID: UUID
        if let team = roster.teams.first(where: { $0.villageCode == village }) {
            teamID = team.id
        } else {
            let team = Team(id: UUID(), communeCode: communeCode, villageCode: village, level: .village, name: "Tổ đo hiệu năng",
                            formedOn: CivilDate(Date()))
            try await store.teams.create(team, directory: store.directory)
            teamID = team.id
        }
        try await store.teams.add(TeamMember(id: UUID(), teamID: teamID, fullName: account.displayName, userID: account.id,
                                             role: .member, from: CivilDate(Date())), directory: store.directory)
        return try await services.sessions.login(username: username, password: password, kind: "api", client: "bench",
                                                 lifetime: 3600).token
    }

    func storedCount(_ store: Store) async throws -> Int {
        try await store.sessions.count(unit: store.directory[village]!)
    }

    /// A wrk script: each request carries one session with a fresh UUID; 85% name a resident.
    func wrkScript(token: String) -> String {
        let ids = residents.map { "\"\($0.uuidString)\"" }.joined(separator: ",")
        let categories = SupportCategory.defaultKeys.map { "\"\($0)\"" }.joined(separator: ",")
        let at = Date().addingTimeInterval(-60).formatted(.iso8601)
        return """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "Bearer \(token)"
        local residents = {\(ids)}
        local categories = {\(categories)}
        local counter = 0
        function setup(thread) counter = counter + 1; thread:set("seed", counter) end
        function init(args) math.randomseed(os.time() * 1000 + seed * 7919) end
        local function uuid()
          return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
            local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
            return string.format("%x", v)
          end))
        end
        function request()
          local resident = ""
          if math.random() < 0.85 then resident = ',"residentId":"' .. residents[math.random(#residents)] .. '"' end
          local body = '{"items":[{"id":"' .. uuid() .. '","unitCode":"\(village)","category":"' ..
            categories[math.random(#categories)] .. '","at":"\(at)","outcome":"done","place":"home"' .. resident .. '}]}'
          return wrk.format(nil, nil, nil, body)
        end
        """
    }
}

enum BenchError: Error {
    case noVillage
}
