/// Reads a number as Vietnamese documents write it: "." groups thousands ("1.500", "41.401"), "," is the decimal
/// mark ("53,39", "87,5"), leading zeros are kept for looks ("01", "05").
enum VietnameseNumber {
    static func value(_ text: String) -> Double? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Thousands groups are exactly three digits; "10.10" is a day and month, not a number.
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else { return nil }
        }
        var digits = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, !parts[1].contains(".") else { return nil }
            digits += "." + parts[1]
        }
        return Double(digits)
    }
}
