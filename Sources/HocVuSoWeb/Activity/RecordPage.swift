import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/ghi-nhan`: the volunteer's page for recording a support session on a phone. It installs as an app (manifest and
/// service worker) and keeps working offline: sessions wait in the phone's IndexedDB queue until they can be sent.
struct RecordPage {
    let services: AppServices

    struct Option {
        var code: String
        var label: String
        var selected: Bool
    }

    struct Choice {
        var key: String
        var label: String
        var checked: Bool = false
    }

    struct Model {
        var csrf: String
        var accountName: String
        var memberName: String?
        var teamName: String?
        var communeName: String
        var communeCode: String
        var units: [Option]
        var categories: [Choice]
        var places: [Choice]
        var outcomes: [Choice]
        var ageBands: [Choice]
        var genders: [Choice]
    }

    func register(_ routes: Routes) {
        routes.get("/ghi-nhan", .permission(.recordSessions)) { _, context in
            HTML(try services.templates.fragment("record", model: try await model(context)))
        }
        routes.get("/sw.js", .open) { _, _ in
            try Self.asset("sw.js", contentType: "text/javascript; charset=utf-8", cache: "no-cache")
        }
        routes.get("/manifest.webmanifest", .open) { _, _ in
            try Self.asset("manifest.webmanifest", contentType: "application/manifest+json", cache: "public, max-age=3600")
        }
    }

    static func asset(_ name: String, contentType: String, cache: String) throws -> Response {
        guard let asset = StaticAssets.shared[name] else { throw HTTPError(.notFound) }
        return Response(status: .ok, headers: [.contentType: contentType, .cacheControl: cache],
                        body: .init(byteBuffer: ByteBuffer(bytes: asset.data)))
    }

    private func model(_ context: AppContext) async throws -> Model {
        let account = try context.account()
        let directory = services.store.directory
        guard let home = directory[account.unitCode], let communeCode = home.communeCode, let commune = directory[communeCode] else {
            throw DomainError(.invalid, code: "record.unit", message: Strings.recordNeedsCommuneAccount)
        }
        let today = CivilDate(services.clock.now())
        let membership = try await services.store.teams.membership(userID: account.id, on: today)
        let villages = directory.children(of: commune.code).filter { $0.level == .village && $0.status == .active }
        // A village account records in its village; a commune account anywhere in the commune.
        let units = home.level == .village ? [home] : [commune] + villages
        let preferred = membership?.team.unitCode ?? home.code
        return Model(
            csrf: context.csrfToken, accountName: account.displayName,
            memberName: membership.map { Strings.memberTitle($0.member) }, teamName: membership?.team.name,
            // The resident search runs over the account's own scope: its village, or the whole commune.
            communeName: commune.fullName, communeCode: home.level == .village ? home.code : commune.code,
            units: units.map { Option(code: $0.code, label: $0.fullName, selected: $0.code == preferred) },
            categories: services.store.catalog.offered(to: commune.code).map { Choice(key: $0.key, label: $0.label) },
            places: SupportPlace.allCases.map {
                Choice(key: $0.rawValue, label: Strings.placeLabel($0), checked: $0 == (preferred == commune.code ? .centre : .home))
            },
            outcomes: SupportOutcome.allCases.map { Choice(key: $0.rawValue, label: Strings.outcomeLabel($0), checked: $0 == .done) },
            ageBands: AgeBand.allCases.map { Choice(key: $0.rawValue, label: Strings.ageBandLabel($0)) },
            genders: Gender.allCases.map { Choice(key: $0.rawValue, label: Strings.genderLabel($0)) })
    }
}
