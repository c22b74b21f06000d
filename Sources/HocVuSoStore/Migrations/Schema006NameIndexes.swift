/// Province-wide resident lists: name order without a sort, and name search over the index alone
/// (the folded name rides in the index, so a search reads no table rows until it finds a match).
enum Schema006ProvinceNameIndex {
    static let migration = Migration("006-province-name-index") { _ in
        [
            "CREATE INDEX residents_province_name ON residents (province_code, sort_key, name_fold)",
        ]
    }
}

/// The same for a commune's lists, replacing the commune index that lacked the folded name.
enum Schema007CommuneNameIndex {
    static let migration = Migration("007-commune-name-index") { _ in
        [
            "DROP INDEX residents_commune_sort",
            "CREATE INDEX residents_commune_name ON residents (commune_code, sort_key, name_fold)",
        ]
    }
}
