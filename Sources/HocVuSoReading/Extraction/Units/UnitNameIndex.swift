import HocVuSoCore

/// The official provinces and communes by their folded names, split in words ("phu thai"), for matching names in a
/// report. Built once per directory.
struct UnitNameIndex: Sendable {
    struct Entry: Sendable {
        var unit: AdminUnit
        var words: [String]
    }

    let provinces: [Entry]
    /// Communes by their first folded word.
    let communesByFirstWord: [String: [Entry]]
    /// Communes by their number of words, for approximate matching.
    let communesByLength: [Int: [Entry]]

    init(_ directory: UnitDirectory) {
        var provinces: [Entry] = []
        var byFirst: [String: [Entry]] = [:]
        var byLength: [Int: [Entry]] = [:]
        for unit in directory.byCode.values.sorted(by: { $0.code < $1.code }) {
            let words = VietnameseText.fold(unit.name).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let entry = Entry(unit: unit, words: words)
            switch unit.level {
            case .province: provinces.append(entry)
            case .commune:
                byFirst[first, default: []].append(entry)
                byLength[words.count, default: []].append(entry)
            case .village: continue
            }
        }
        self.provinces = provinces
        communesByFirstWord = byFirst
        communesByLength = byLength
    }
}
