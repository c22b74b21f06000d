import Foundation
import HocVuSoCore
import HocVuSoReading

/// The officer's corrections of a reading: what the review form shows, filled from the proposal the first time and
/// from the posted form when it comes back with an error or a conflict.
struct ReceivedReviewForm {
    struct DocumentInput {
        var include: Bool
        var number: String
        var date: String
        var type: String
    }

    struct FigureInput {
        var include: Bool
        var key: String
        var value: String
        var qualifier: String
        var asOf: String
    }

    var communeCode: String
    var number: String
    var date: String
    var documents: [DocumentInput]
    var figures: [FigureInput]
    /// A figure the reader missed, typed by the officer with the sentence it is in.
    var extra: FigureInput
    var extraSentence: String

    /// The proposal as the form's first values.
    init(_ reading: ReportReading) {
        communeCode = reading.unitCode ?? ""
        number = reading.number ?? ""
        date = reading.date.map(VietnameseFormat.date) ?? ""
        documents = reading.documents.map {
            DocumentInput(include: true, number: $0.number, date: $0.date.map(VietnameseFormat.date) ?? "", type: $0.type.rawValue)
        }
        figures = reading.figures.map {
            FigureInput(include: $0.isTarget != true, key: $0.key, value: FigureNumber.text($0.value), qualifier: $0.qualifier ?? "",
                        asOf: $0.asOf.map(VietnameseFormat.date) ?? "")
        }
        extra = FigureInput(include: false, key: "", value: "", qualifier: "", asOf: "")
        extraSentence = ""
    }

    /// The posted form, item by item in the reading's order (rows are numbered by their index in the proposal).
    init(posted field: (String) -> String?, reading: ReportReading) {
        func text(_ name: String) -> String { (field(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        communeCode = text("commune")
        number = text("number")
        date = text("date")
        documents = reading.documents.indices.map { i in
            DocumentInput(include: text("doc.\(i).include") == "on", number: text("doc.\(i).number"), date: text("doc.\(i).date"),
                          type: text("doc.\(i).type"))
        }
        figures = reading.figures.indices.map { i in
            FigureInput(include: text("fig.\(i).include") == "on", key: text("fig.\(i).key"), value: text("fig.\(i).value"),
                        qualifier: text("fig.\(i).qualifier"), asOf: text("fig.\(i).asOf"))
        }
        extra = FigureInput(include: !text("extra.value").isEmpty, key: text("extra.key"), value: text("extra.value"),
                            qualifier: text("extra.qualifier"), asOf: text("extra.asOf"))
        extraSentence = text("extra.sentence")
    }
}

/// Figures as officers type them: "1.250", "12,5", "150".
enum FigureNumber {
    static func parse(_ text: String) -> Double? {
        let trimmed = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard !trimmed.isEmpty, trimmed.count <= 15 else { return nil }
        var normalized = trimmed
        let groups: [Substring] = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if normalized.contains(",") {
            normalized = normalized.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            normalized = normalized.replacingOccurrences(of: ".", with: "")
        }
        guard let value = Double(normalized), value >= 0, value <= 1e9 else { return nil }
        return value
    }

    static func text(_ value: Double) -> String {
        value == value.rounded() ? VietnameseFormat.integer(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}
