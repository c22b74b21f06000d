import Foundation

/// A kind of help a team gives. The eight defaults come with every commune; a commune may add its own.
/// Keys are stable identifiers (used by the API, exports and reports); labels are data.
public struct SupportCategory: Sendable, Equatable, Codable {
    public var key: String
    public var label: String
    /// nil for the defaults shared by every commune.
    public var communeCode: String?
    public var active: Bool

    public init(key: String, label: String, communeCode: String? = nil, active: Bool = true) {
        self.key = key
        self.label = label
        self.communeCode = communeCode
        self.active = active
    }

    /// The default keys of DOMAIN.md §5, in the order they are offered.
    public static let defaultKeys = ["vneid", "account-recovery", "public-services", "payment", "app-install",
                                     "anti-fraud", "e-commerce", "other"]

    public static var defaults: [SupportCategory] {
        defaultKeys.map { SupportCategory(key: $0, label: Strings.defaultCategoryLabel($0)) }
    }

    /// A key for a commune's own category, made from its label: "Hướng dẫn dùng Zalo" → "huong-dan-dung-zalo".
    public static func key(forLabel label: String) -> String {
        let folded = VietnameseText.fold(label)
        var key = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                key.unicodeScalars.append(scalar)
            } else if !key.isEmpty, !key.hasSuffix("-") {
                key.append("-")
            }
        }
        while key.hasSuffix("-") { key.removeLast() }
        return String(key.prefix(40))
    }

    public static func checkLabel(_ label: String) throws {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !key(forLabel: trimmed).isEmpty else {
            throw DomainError(.invalid, code: "category.label", message: Strings.categoryLabelRequired)
        }
        guard trimmed.count <= 120 else {
            throw DomainError(.invalid, code: "category.label", message: Strings.fieldTooLong(120))
        }
    }
}

/// The categories one commune may use: the defaults plus its own, by key.
public struct CategoryCatalog: Sendable {
    private let byCommune: [String: [SupportCategory]]
    private let shared: [SupportCategory]

    public init(_ categories: [SupportCategory]) {
        shared = categories.filter { $0.communeCode == nil }
        byCommune = Dictionary(grouping: categories.filter { $0.communeCode != nil }, by: { $0.communeCode! })
    }

    /// Active categories offered to a commune, defaults first.
    public func offered(to communeCode: String) -> [SupportCategory] {
        (shared + (byCommune[communeCode] ?? [])).filter(\.active)
    }

    /// Every category a commune has had (inactive ones included), for labelling old records.
    public func all(for communeCode: String) -> [SupportCategory] {
        shared + (byCommune[communeCode] ?? [])
    }

    public func category(_ key: String, commune communeCode: String) -> SupportCategory? {
        all(for: communeCode).first { $0.key == key }
    }

    public func label(_ key: String, commune communeCode: String) -> String {
        category(key, commune: communeCode)?.label ?? key
    }
}
