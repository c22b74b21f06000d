/// What a cell's number format means for its text: dates and times become readable text, and an all-zero
/// format ("000000000000") restores the leading zeros of an ID number stored as a number.
enum CellFormat: Sendable, Equatable {
    case general
    case date
    case dateTime(seconds: Bool)
    case time(seconds: Bool)
    case zeroPadded(digits: Int)

    /// The widest zero-padded format kept (a CCCD has 12 digits; Excel shows at most 15 significant ones).
    static let maxPaddedDigits = 30

    /// Excel's built-in formats (ECMA-376 §18.8.30); 27–36 and 50–58 are East Asian date formats.
    static func builtIn(_ id: Int) -> CellFormat {
        switch id {
        case 14...17, 27...36, 50...58: return .date
        case 22: return .dateTime(seconds: false)
        case 18, 20: return .time(seconds: false)
        case 19, 21, 45...47: return .time(seconds: true)
        default: return .general
        }
    }

    /// Classifies a custom format code by the tokens of its first section, ignoring quoted text,
    /// escaped characters, fill/space directives and [brackets] (colours, locales, conditions).
    static func classify(_ code: String) -> CellFormat {
        var hasDay = false, hasMonth = false, hasYear = false, hasHour = false, hasSecond = false
        var zeros = 0
        var other = false
        var chars = Array(code.lowercased().unicodeScalars).makeIterator()
        var inQuotes = false
        while let c = chars.next() {
            if inQuotes {
                if c == "\"" { inQuotes = false }
                continue
            }
            switch c {
            case "\"": inQuotes = true; other = true
            case "\\", "_", "*": _ = chars.next(); other = true
            case ";": chars = [Unicode.Scalar]().makeIterator()
            case "[":
                var inside = ""
                while let d = chars.next(), d != "]" { inside.unicodeScalars.append(d) }
                if inside.allSatisfy({ $0 == "h" }) && !inside.isEmpty { hasHour = true }
                if inside.allSatisfy({ $0 == "s" }) && !inside.isEmpty { hasSecond = true }
                if inside.allSatisfy({ $0 == "m" }) && !inside.isEmpty { hasHour = true }
            case "d": hasDay = true
            case "m": hasMonth = true
            case "y": hasYear = true
            case "h": hasHour = true
            case "s": hasSecond = true
            case "0": zeros += 1
            default: other = true
            }
        }
        let hasTime = hasHour || hasSecond
        let hasDate = hasDay || hasYear || (hasMonth && !hasTime)
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime(seconds: hasSecond)
        case (true, false): return .date
        case (false, true): return .time(seconds: hasSecond)
        default:
            // More zeros than Excel has digits is no ID format; padding to it would let a tiny styles part
            // blow every numeric cell up to megabytes.
            return (2...maxPaddedDigits).contains(zeros) && !other ? .zeroPadded(digits: zeros) : .general
        }
    }
}

/// `xl/styles.xml`: custom number formats and the number format of each cell style (`cellXfs`).
final class StylesHandler: XMLPartHandler {
    private var customFormats: [Int: String] = [:]
    private var styleFormatIDs: [Int] = []
    private var inCellXfs = false

    /// The format of each cell style index (`s` attribute of a cell).
    var formats: [CellFormat] {
        styleFormatIDs.map { id in customFormats[id].map(CellFormat.classify) ?? CellFormat.builtIn(id) }
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            styleFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
