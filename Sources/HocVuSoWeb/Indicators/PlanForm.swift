import Foundation
import HocVuSoCore

/// The plan form as typed: kept as text so a refused form comes back as the person left it.
struct PlanForm {
    struct Own {
        var comparison = Comparison.atLeast.rawValue
        var value = ""
    }

    struct Child {
        var unit = ""
        var indicator = ""
        var comparison = Comparison.atLeast.rawValue
        var value = ""

        var isBlank: Bool { unit.isEmpty && indicator.isEmpty && value.isEmpty }
    }

    static let childRows = 5

    var number = ""
    var issuedOn = ""
    var year = ""
    var title = ""
    var own: [String: Own] = [:]
    var children: [Child] = Array(repeating: Child(), count: childRows)

    init(year: Int, today: CivilDate) {
        self.year = String(year)
        issuedOn = VietnameseFormat.date(today)
    }

    init(_ form: FormData) {
        number = form.text("number") ?? ""
        issuedOn = form.text("issuedOn") ?? ""
        year = form.text("year") ?? ""
        title = form.text("title") ?? ""
        for definition in IndicatorDefinition.all {
            own[definition.key] = Own(comparison: form.text("cmp.\(definition.key)") ?? Comparison.atLeast.rawValue,
                                      value: form.text("val.\(definition.key)") ?? "")
        }
        children = (0..<Self.childRows).map { i in
            Child(unit: form.text("child\(i).unit") ?? "", indicator: form.text("child\(i).indicator") ?? "",
                  comparison: form.text("child\(i).cmp") ?? Comparison.atLeast.rawValue, value: form.text("child\(i).value") ?? "")
        }
    }

    /// A target value as typed: "80", "80,5", "80.5" for a share; "1500", "1.500" for a count.
    static func number(_ text: String, kind: IndicatorKind) -> Double? {
        var cleaned = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "%", with: "")
        if cleaned.contains(",") || kind == .count {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// A target row turned into the API's input, or the problem with it (named after the row).
    struct Parsed {
        var inputs: [(input: IndicatorAPI.PlanRequest.TargetInput, row: String)] = []
        var problems: [String] = []
    }

    /// Reads the target rows; `units` are the units a row of the second section may name.
    func targets(units: [AdminUnit]) -> Parsed {
        var parsed = Parsed()
        func add(_ key: String, _ comparison: String, _ value: String, unitCode: String?, row: String) {
            guard let definition = IndicatorDefinition.named(key) else {
                parsed.problems.append(Strings.targetProblem(row, Strings.childIndicatorRequired))
                return
            }
            guard Comparison(rawValue: comparison) != nil else {
                parsed.problems.append(Strings.targetProblem(row, Strings.comparisonInvalid))
                return
            }
            guard let number = Self.number(value, kind: definition.kind) else {
                parsed.problems.append(Strings.targetProblem(row, Strings.targetValueInvalid))
                return
            }
            parsed.inputs.append((IndicatorAPI.PlanRequest.TargetInput(indicator: key, comparison: comparison, value: number,
                                                                       unitCode: unitCode), row))
        }
        for definition in IndicatorDefinition.all {
            guard let row = own[definition.key], !row.value.isEmpty else { continue }
            add(definition.key, row.comparison, row.value, unitCode: nil, row: definition.label)
        }
        for (i, child) in children.enumerated() where !child.isBlank {
            let name = Strings.childRow(i + 1)
            guard let unit = units.first(where: { $0.code == child.unit }) else {
                parsed.problems.append(Strings.targetProblem(name, Strings.childUnitRequired))
                continue
            }
            guard let definition = IndicatorDefinition.named(child.indicator) else {
                parsed.problems.append(Strings.targetProblem("\(name) (\(unit.fullName))", Strings.childIndicatorRequired))
                continue
            }
            add(child.indicator, child.comparison, child.value, unitCode: unit.code,
                row: "\(unit.fullName) – \(definition.label)")
        }
        return parsed
    }
}
