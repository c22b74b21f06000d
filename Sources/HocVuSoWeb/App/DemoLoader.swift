import Foundation
import HocVuSoCore
import HocVuSoStore
import Logging

/// `serve --demo`: on first start, in the background, loads the four seed communes and the demo accounts.
public struct DemoLoader: Sendable {
    let store: Store
    let logger: Logger
    let state: DemoLoadState
    let passwords: PasswordHasher

    public init(store: Store, logger: Logger, state: DemoLoadState, bcryptCost: Int = 12) {
        self.store = store
        self.logger = logger
        self.state = state
        passwords = PasswordHasher(cost: bcryptCost)
    }

    public func loadIfEmpty(password: String, printPassword: Bool) async {
        do {
            let created = try await DemoAccounts.create(in: store, passwordHash: try await passwords.hash(password), now: Date())
            if !created.isEmpty {
                let list = created.map { "\($0.username) (\($0.role.rawValue) @ \($0.unitCode.isEmpty ? "all" : $0.unitCode))" }
                logger.notice("demo accounts created", metadata: ["accounts": .string(list.joined(separator: ", "))])
                if printPassword {
                    print("Demo accounts password: \(password)")
                }
            }
            let seeder = DemoSeeder(store: store, today: CivilDate(Date()))
            guard try await !seeder.alreadyLoaded(DemoCommunes.seeds) else {
                try await DemoPlans.load(into: store)
                try await loadPapers()
                await state.set(nil)
                return
            }
            await state.set("loading")
            let started = Date()
            let done = try await seeder.load(DemoCommunes.seeds) { progress in
                await state.set("loading: \(progress.communes)/\(DemoCommunes.seeds.count) communes, \(progress.residents) residents")
            }
            try await DemoAccounts.linkTeamMembers(in: store, today: CivilDate(Date()))
            try await DemoPlans.load(into: store)
            try await loadPapers()
            logger.notice("demo data loaded", metadata: ["residents": "\(done.residents)", "villages": "\(done.villages)",
                                                         "sessions": "\(done.sessions)", "events": "\(done.events)", "learning": "\(done.learningRecords)", "certificates": "\(done.certificates)",
                                                         "seconds": "\(Int(Date().timeIntervalSince(started)))"])
            await state.set(nil)
        } catch {
            logger.error("demo data failed to load", metadata: ["error": "\(error)"])
            await state.set("failed: \(error)")
        }
    }

    /// The documents of the register and the report request with its reports (each loads once).
    public func loadPapers() async throws {
        try await DemoDocuments.load(into: store)
        let services = AppServices(store: store, configuration: AppConfiguration(database: .dataDirectory(".")),
                                   templates: try await Templates.load())
        try await ReportExport(services: services).loadDemo()
    }
}
