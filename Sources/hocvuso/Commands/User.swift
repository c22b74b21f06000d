import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage accounts.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account with a role over a unit's subtree.")
        @OptionGroup var store: StoreOptions
        @Option var username: String
        @Option var password: String
        @Option(help: "admin, department, commune-officer, commune-leader, team-leader, team-member, viewer, auditor")
        var role: String
        @Option(help: "The unit code the account works in (not needed for admin).") var unit: String?
        @Option(name: .customLong("name"), help: "Display name.") var displayName: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else { throw ValidationError(Strings.unknownRole) }
            let username = username.lowercased()
            if let problem = AccountRules.usernameProblem(username) ?? AccountRules.passwordProblem(password, username: username) {
                throw ValidationError(problem)
            }
            let opened = try await store.open(commandLogger())
            defer { Task { await opened.close() } }
            let unitCode = unit ?? ""
            if role != .admin {
                guard let target = opened.directory[unitCode] else { throw ValidationError(Strings.unitNotFound(unitCode)) }
                guard role.expectedLevels.contains(target.level) else { throw ValidationError(Strings.roleUnitMismatch) }
            }
            let account = Account(id: UUID(), username: username, displayName: displayName ?? username, role: role, unitCode: unitCode)
            try await opened.accounts.create(account, passwordHash: try await PasswordHasher(cost: 12).hash(password), now: Date())
            print("created \(username) (\(role.rawValue)\(unitCode.isEmpty ? "" : " @ \(unitCode)"))")
        }
    }
}
