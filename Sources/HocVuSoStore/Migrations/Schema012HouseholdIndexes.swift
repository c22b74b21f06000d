/// Lookups by household inside a province (visits of a household, members of a household) get an index led by the
/// province code: without it the planner may walk the primary key's province prefix, which grows with the province.
enum Schema012HouseholdIndexes {
    static let migration = Migration("012-household-indexes") { _ in
        [
            "CREATE INDEX residents_province_household ON residents (province_code, household_id)",
            "CREATE INDEX household_visits_province_household ON household_visits (province_code, household_id, status)",
        ]
    }
}
