import Foundation
import HocVuSoCore
import SQLKit

/// The support categories: the shared defaults (stored under commune code "") and each commune's own.
public struct CategoryStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    /// Adds any default category that is missing. Safe to run at every start.
    public func seedDefaults() async throws {
        try await database.write { sql in
            let insert = sql.insert(into: "support_categories").columns("commune_code", "key", "label", "position", "active")
            for (position, category) in SupportCategory.defaults.enumerated() {
                insert.values(SQLBind(""), SQLBind(category.key), SQLBind(category.label), SQLBind(position), SQLBind(1))
            }
            try await insert.ignoringConflicts(with: ["commune_code", "key"]).run()
        }
    }

    public func catalog() async throws -> CategoryCatalog {
        try await database.read { sql in
            let rows = try await sql.select().columns("commune_code", "key", "label", "active").from("support_categories")
                .orderBy("position").all()
            return CategoryCatalog(try rows.map { row in
                let commune = try row.text("commune_code")
                return SupportCategory(key: try row.text("key"), label: try row.text("label"),
                                       communeCode: commune.isEmpty ? nil : commune, active: try row.integer("active") != 0)
            })
        }
    }

    /// Adds a commune's own category; its key is made from the label.
    public func add(label: String, commune communeCode: String) async throws -> SupportCategory {
        try SupportCategory.checkLabel(label)
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        let key = SupportCategory.key(forLabel: trimmed)
        return try await database.write { sql in
            let clash = try await sql.select().column("key").from("support_categories")
                .where("key", .equal, key).where { $0.where("commune_code", .equal, "").orWhere("commune_code", .equal, communeCode) }
                .first()
            guard clash == nil else {
                throw DomainError(.conflict, code: "category.exists", message: Strings.categoryExists)
            }
            let position = try await sql.raw("SELECT COALESCE(MAX(position), 100) + 1 AS n FROM support_categories WHERE commune_code = \(bind: communeCode)")
                .first()?.integer("n") ?? 101
            try await sql.insert(into: "support_categories").columns("commune_code", "key", "label", "position", "active")
                .values(SQLBind(communeCode), SQLBind(key), SQLBind(trimmed), SQLBind(position), SQLBind(1)).run()
            return SupportCategory(key: key, label: trimmed, communeCode: communeCode)
        }
    }

    /// Stops (or resumes) offering one of the commune's own categories; old sessions keep their label.
    public func setActive(_ active: Bool, key: String, commune communeCode: String) async throws {
        try await database.write { sql in
            if try await sql.select().column("key").from("support_categories").where("commune_code", .equal, "")
                .where("key", .equal, key).first() != nil {
                throw DomainError(.conflict, code: "category.default", message: Strings.categoryDefaultLocked)
            }
            guard try await sql.select().column("key").from("support_categories").where("commune_code", .equal, communeCode)
                .where("key", .equal, key).first() != nil else {
                throw DomainError(.notFound, code: "category.not-found", message: Strings.categoryNotFound)
            }
            try await sql.update("support_categories").set("active", to: active ? 1 : 0)
                .where("commune_code", .equal, communeCode).where("key", .equal, key).run()
        }
    }
}
