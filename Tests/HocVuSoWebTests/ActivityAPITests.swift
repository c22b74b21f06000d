import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Teams, visits and events over the API")
struct ActivityAPITests {
    func call(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String,
              _ body: String? = nil) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                 body: body.map { ByteBuffer(string: $0) }) { response in
            let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
            return (response.status, object)
        }
    }

    @Test("a team is formed with a member and a shift; the roster shows the shift on its weekday", arguments: WebEngine.allCases)
    func teamsAndRoster(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let village = made.homeVillage, resident = made.homeResident
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                let (created, team) = try await call(client, .post, "/api/v1/units/11131/teams", token: token,
                                                     #"{"level":"village","villageCode":"\#(village)","formedOn":"2025-08-01"}"#)
                #expect(created == .created)
                let teamID = try #require(team["id"] as? String)
                #expect(try await call(client, .post, "/api/v1/units/11131/teams", token: token,
                                       #"{"level":"village","villageCode":"\#(village)"}"#).0 == .conflict)
                let (_, withMember) = try await call(client, .post, "/api/v1/teams/\(teamID)/members", token: token,
                                                     #"{"residentId":"\#(resident.uuidString)","role":"leader","from":"2025-08-01"}"#)
                let members = try #require(withMember["members"] as? [[String: Any]])
                #expect(members.first?["fullName"] as? String == "Nguyễn Văn Đức")
                let memberID = try #require(members.first?["id"] as? String)
                let (shiftStatus, _) = try await call(client, .post, "/api/v1/teams/\(teamID)/shifts", token: token,
                                                      #"{"memberId":"\#(memberID)","weekday":2,"start":"07:30","end":"11:30"}"#)
                #expect(shiftStatus == .created)
                #expect(try await call(client, .post, "/api/v1/teams/\(teamID)/shifts", token: token,
                                       #"{"memberId":"\#(memberID)","weekday":2,"start":"11:30","end":"07:30"}"#).0 == .unprocessableContent)
                let (_, roster) = try await call(client, .get, "/api/v1/units/11131/roster?date=2026-05-17", token: token)
                let duties = try #require(roster["items"] as? [[String: Any]])
                #expect(duties.map { $0["date"] as? String } == ["2026-05-12"])
                let (_, teams) = try await call(client, .get, "/api/v1/units/11131/teams", token: token)
                #expect((teams["villagesWithoutTeam"] as? [String])?.contains(village) == false)
            }
        }
    }

    @Test("a visit over the API is idempotent, moves coverage and lists the sessions recorded during it", arguments: WebEngine.allCases)
    func visits(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let village = made.homeVillage, resident = made.homeResident, store = made.store
            let household = Household(id: UUID(), villageCode: village, number: "7")
            let member = Resident(id: UUID(), fullName: "Lê Thị Mai", birthDate: CivilDate(iso: "1992-02-03")!, gender: .female,
                                  villageCode: village, householdID: household.id, targetGroup: .citizen)
            try await store.residents.insert(households: [household], residents: [member], directory: store.directory)
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.teamLeader.rawValue)
                let (_, before) = try await call(client, .get, "/api/v1/units/\(village)/households/not-visited", token: token)
                #expect((before["items"] as? [[String: Any]])?.contains { $0["id"] as? String == household.id.uuidString } == true)
                let visitID = UUID().uuidString
                let body = #"{"id":"\#(visitID)","householdId":"\#(household.id.uuidString)","date":"2026-05-16","present":["\#(member.id.uuidString)"]}"#
                #expect(try await call(client, .post, "/api/v1/units/\(village)/visits", token: token, body).0 == .created)
                let (again, replay) = try await call(client, .post, "/api/v1/units/\(village)/visits", token: token, body)
                #expect(again == .ok && replay["status"] as? String == "duplicate")
                let foreign = #"{"householdId":"\#(household.id.uuidString)","present":["\#(resident.uuidString)"]}"#
                #expect(try await call(client, .post, "/api/v1/units/\(village)/visits", token: token, foreign).0 == .unprocessableContent)
                let session = #"{"items":[{"id":"\#(UUID().uuidString)","unitCode":"\#(village)","category":"vneid","at":"2026-05-16T09:00:00+07:00","outcome":"done","residentId":"\#(member.id.uuidString)","visitId":"\#(visitID)"}]}"#
                #expect(try await call(client, .post, "/api/v1/sessions/batch", token: token, session).0 == .ok)
                let (_, coverage) = try await call(client, .get, "/api/v1/units/11131/visits", token: token)
                #expect(coverage["visited"] as? Int == 1)
                let (_, recent) = try await call(client, .get, "/api/v1/units/\(village)/visits/recent", token: token)
                let visit = try #require((recent["items"] as? [[String: Any]])?.first)
                #expect(visit["present"] as? [String] == ["Lê Thị Mai"])
                #expect((visit["sessions"] as? [[String: Any]])?.count == 1)
            }
        }
    }

    @Test("an event's attendance is counted by target group; a resident of another commune is refused", arguments: WebEngine.allCases)
    func events(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let resident = made.homeResident, stranger = made.otherResident
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                let (created, event) = try await call(client, .post, "/api/v1/units/11131/events", token: token,
                    #"{"type":"learning-day","date":"2025-10-10","place":"Hội trường UBND xã","organiser":"UBND xã Chí Minh","topic":"Ngày hội toàn dân học tập số","headCount":250}"#)
                #expect(created == .created)
                let id = try #require(event["id"] as? String)
                #expect(try await call(client, .post, "/api/v1/units/11131/events", token: token,
                    #"{"type":"party","date":"2025-10-10","place":"x","organiser":"y","topic":"z"}"#).0 == .unprocessableContent)
                let (added, detail) = try await call(client, .post, "/api/v1/events/\(id)/attendance", token: token,
                                                     #"{"add":["\#(resident.uuidString)"]}"#)
                #expect(added == .ok)
                #expect(detail["participants"] as? Int == 250)
                #expect((detail["byTargetGroup"] as? [String: Int])?["citizen"] == 1)
                #expect((detail["byTargetGroup"] as? [String: Int])?["unnamed"] == 249)
                #expect(try await call(client, .post, "/api/v1/events/\(id)/attendance", token: token,
                                       #"{"add":["\#(stranger.uuidString)"]}"#).0 == .unprocessableContent)
                let (_, list) = try await call(client, .get, "/api/v1/units/11131/events?type=learning-day", token: token)
                #expect(list["total"] as? Int == 1)
            }
        }
    }
}
