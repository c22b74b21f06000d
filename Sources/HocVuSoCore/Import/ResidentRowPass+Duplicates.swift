/// The checks across rows, once every row has been read: repeated CCCDs, repeated people, two heads of one household.
extension RowPass {
    mutating func addCrossRowProblems() {
        let c = columns
        for (number, rows) in cccdRepeats {
            for row in rows {
                let (shown, total) = Self.others(of: row, in: rows, includingIt: true)
                report(row, c.cccd, number, Strings.importCCCDDuplicateInFile(otherRows: shown, total: total))
            }
        }
        for (_, entries) in personRepeats {
            // A row without CCCD clashes with every other row; rows with CCCDs only with the rows without one.
            let all = entries.map(\.row)
            let withoutCCCD = entries.filter { $0.cccd == nil }.map(\.row)
            for entry in entries {
                let (shown, total) = entry.cccd == nil
                    ? Self.others(of: entry.row, in: all, includingIt: true)
                    : Self.others(of: entry.row, in: withoutCCCD, includingIt: false)
                guard total > 0 else { continue }
                report(entry.row, c.name, entry.name, Strings.importPersonDuplicateInFile(otherRows: shown, total: total))
            }
        }
        for (_, household) in heads where household.rows.count > 1 {
            for row in household.rows {
                let (shown, total) = Self.others(of: row, in: household.rows, includingIt: true)
                report(row, c.householdNumber, household.number,
                       Strings.importHouseholdTwoHeads(number: household.number, otherRows: shown, total: total))
            }
        }
    }

    /// Up to five rows of `rows` other than `row`, and how many others there are (`includingIt`: whether `rows`
    /// contains `row`). O(1) per call, so a value repeated on every row of a large file stays cheap.
    static func others(of row: Int, in rows: [Int], includingIt: Bool, limit: Int = 5) -> (shown: [Int], total: Int) {
        var shown: [Int] = []
        shown.reserveCapacity(limit)
        for other in rows.prefix(limit + 1) where other != row && shown.count < limit {
            shown.append(other)
        }
        return (shown, rows.count - (includingIt ? 1 : 0))
    }
}
