extension Strings {
    /// "ngày 05 tháng 01 năm 2026": the parts come already padded as NĐ 30/2020 requires.
    public static func documentDate(day: String, month: String, year: String) -> String {
        "ngày \(day) tháng \(month) năm \(year)"
    }

    /// "Chí Minh, ngày 19 tháng 5 năm 2026": the place-and-date line under the national motto.
    public static func documentPlaceDate(place: String, date: String) -> String {
        "\(place), \(date)"
    }
}
