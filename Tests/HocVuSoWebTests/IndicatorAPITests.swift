import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Indicators and plans over the API")
struct IndicatorAPITests {
    func get(_ client: some TestClientProtocol, _ uri: String, token: String) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:])
        }
    }

    func item(_ json: [String: Any], _ key: String) -> [String: Any]? {
        (json["items"] as? [[String: Any]])?.first { $0["key"] as? String == key }
    }

    @Test("indicators have the documented shape, follow a write at once, and show the inherited target", arguments: WebEngine.allCases)
    func liveIndicators(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store, village = made.homeVillage
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                let (status, before) = try await get(client, "/api/v1/units/11131/indicators?year=2026", token: token)
                #expect(status == .ok)
                let sessions = try #require(item(before, "support_sessions"))
                for field in ["key", "value", "numerator", "target"] where field != "target" { #expect(sessions[field] != nil) }
                let officials = try #require(item(before, "officials_skilled_pct"))
                #expect(officials["denominator"] as? Int == 0)

                // A skilled official appears in the very next request.
                let official = Resident(id: UUID(), fullName: "Phạm Thị Lan", birthDate: CivilDate(iso: "1988-04-04")!, gender: .female,
                                        villageCode: village, targetGroup: .official, targetGroupSource: .set, hasBasicDigitalSkills: true)
                _ = try await store.residents.create(official, directory: store.directory, actor: AccessActor(userID: nil, username: "test", client: "test"))
                let (_, after) = try await get(client, "/api/v1/units/11131/indicators?year=2026", token: token)
                #expect(item(after, "officials_skilled_pct")?["numerator"] as? Int == 1)
                #expect(item(after, "officials_skilled_pct")?["value"] as? Double == 100)

                // A session recorded now counts in this year's support sessions at once.
                let count = item(after, "support_sessions")?["numerator"] as? Int ?? -1
                let batch = #"{"items":[{"id":"\#(UUID().uuidString)","unitCode":"\#(village)","category":"vneid","at":"2026-05-16T08:00:00+07:00","outcome":"done"}]}"#
                _ = try await client.execute(uri: "/api/v1/sessions/batch", method: .post,
                                             headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                             body: ByteBuffer(string: batch)) { $0.status }
                let (_, live) = try await get(client, "/api/v1/units/11131/indicators?year=2026", token: token)
                #expect(item(live, "support_sessions")?["numerator"] as? Int == count + 1)

                // The nation's plan applies to the commune until it sets its own, which may only be stricter.
                try await DemoPlans.load(into: store)
                let (_, planned) = try await get(client, "/api/v1/units/11131/indicators?year=2026", token: token)
                #expect(item(planned, "adults_skilled_pct")?["target"] as? Double == 100)
                let looser = #"{"number":"41/KH-UBND","issuedOn":"05/01/2026","year":2026,"targets":[{"indicator":"adults_skilled_pct","comparison":">=","value":90}]}"#
                let refused = try await client.execute(uri: "/api/v1/units/11131/plans", method: .post,
                                                       headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                       body: ByteBuffer(string: looser)) { ($0.status, String(buffer: $0.body)) }
                #expect(refused.0 == .unprocessableContent)
                #expect(refused.1.contains("thấp hơn chỉ tiêu cấp trên"))
                let (_, children) = try await get(client, "/api/v1/units/11131/indicators?year=2026&level=children", token: token)
                #expect((children["children"] as? [[String: Any]])?.map { $0["code"] as? String } == [village])
            }
        }
    }

    @Test("a period that is not a real period, and a unit outside the scope, are refused", arguments: WebEngine.allCases)
    func badInput(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            try await made.application().test(.router) { client in
                let token = try await client.token(Role.communeOfficer.rawValue)
                for year in ["1999", "20x6", "2026-13"] {
                    let (status, body) = try await get(client, "/api/v1/units/11131/indicators?year=\(year)", token: token)
                    #expect(status == .badRequest)
                    #expect(((body["error"] as? [String: Any])?["message"] as? String)?.contains("không phải là một năm") == true)
                }
                #expect(try await get(client, "/api/v1/units/10750/indicators?year=2026", token: token).0 == .forbidden)
                let plan = #"{"number":"1/KH","issuedOn":"05/01/2026","year":2026,"targets":[{"indicator":"officials_skilled_pct","value":100}]}"#
                let outside = try await client.execute(uri: "/api/v1/units/10750/plans", method: .post,
                                                       headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                       body: ByteBuffer(string: plan)) { $0.status }
                #expect(outside == .forbidden)
                let tooHigh = #"{"number":"1/KH","issuedOn":"05/01/2026","year":2026,"targets":[{"indicator":"officials_skilled_pct","value":120}]}"#
                let high = try await client.execute(uri: "/api/v1/units/11131/plans", method: .post,
                                                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                    body: ByteBuffer(string: tooHigh)) { $0.status }
                #expect(high == .unprocessableContent)
            }
        }
    }
}
