import Foundation
import HocVuSoCore

/// The demo accounts listed in README: one per role, on the seed communes.
public enum DemoAccounts {
    public static let all: [Account] = [
        account("admin", "Quản trị hệ thống", .admin, ""),
        account("so.haiphong", "Sở KH&CN Hải Phòng", .department, "31"),
        account("kiemsoat.haiphong", "Kiểm soát dữ liệu cá nhân Hải Phòng", .auditor, "31"),
        account("canbo.chiminh", "Cán bộ VHXH xã Chí Minh", .communeOfficer, "11131"),
        account("lanhdao.chiminh", "Phó Chủ tịch UBND xã Chí Minh", .communeLeader, "11131"),
        account("totruong.chiminh", "Tổ trưởng tổ CNS thôn 01", .teamLeader, "11131-01"),
        account("thanhvien.chiminh", "Thành viên tổ CNS thôn 01", .teamMember, "11131-01"),
        account("xem.chiminh", "Người xem xã Chí Minh", .viewer, "11131"),
        account("canbo.phuthai", "Cán bộ VHXH xã Phú Thái", .communeOfficer, "10750"),
        account("canbo.thuonghong", "Cán bộ VHXH xã Thượng Hồng", .communeOfficer, "10993"),
        account("so.hatinh", "Sở KH&CN Hà Tĩnh", .department, "42"),
        account("canbo.ducthinh", "Cán bộ VHXH xã Đức Thịnh", .communeOfficer, "18277"),
    ]

    static func account(_ username: String, _ name: String, _ role: Role, _ unit: String) -> Account {
        // Stable IDs so demo data is the same on every machine.
        var generator = SeededGenerator(seed: 7).derived(username)
        let id = UUID.seeded(using: &generator)
        return Account(id: id, username: username, displayName: name, role: role, unitCode: unit)
    }

    /// Creates the accounts that do not exist yet, all with the same password hash.
    public static func create(in store: Store, passwordHash: String, now: Date) async throws -> [Account] {
        var created: [Account] = []
        for account in all where try await store.accounts.credentials(username: account.username) == nil {
            try await store.accounts.create(account, passwordHash: passwordHash, now: now)
            created.append(account)
        }
        return created
    }
}

extension UUID {
    /// A version-4 UUID drawn from a seeded generator.
    public static func seeded(using generator: inout some RandomNumberGenerator) -> UUID {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

extension DemoAccounts {
    /// Makes the demo team leader and member log in as a leader and a member of their village's team, so the
    /// record page shows their names and their sessions carry them. Accounts already linked are left alone.
    public static func linkTeamMembers(in store: Store, today: CivilDate) async throws {
        for account in all where account.role == .teamLeader || account.role == .teamMember {
            guard try await store.teams.membership(userID: account.id, on: today) == nil,
                  let communeCode = store.directory[account.unitCode]?.communeCode else { continue }
            let roster = try await store.teams.roster(commune: communeCode)
            guard let team = roster.teams.first(where: { $0.unitCode == account.unitCode && $0.isActive(on: today) }) else { continue }
            let role: TeamRole = account.role == .teamLeader ? .leader : .member
            if let member = roster.members(of: team.id).first(where: { $0.role == role && $0.userID == nil && $0.isActive(on: today) }) {
                try await store.teams.linkAccount(member: member.id, userID: account.id)
            }
        }
    }
}
