// A JSON value that is Sendable: the parameters and results of DevTools commands, and what
// `ChromiumPage.evaluate` returns.
//
//     let count = try await page.evaluate("document.querySelectorAll('tr').length").intValue
//     let title = try await page.evaluate("document.title").stringValue

import Foundation

public enum CDPValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([CDPValue])
    case object([String: CDPValue])

    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    public var doubleValue: Double? { if case .number(let value) = self { value } else { nil } }
    public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var arrayValue: [CDPValue]? { if case .array(let value) = self { value } else { nil } }
    public var objectValue: [String: CDPValue]? { if case .object(let value) = self { value } else { nil } }
    public var isNull: Bool { self == .null }

    /// The number as an Int, if it is a whole number.
    public var intValue: Int? {
        guard let value = doubleValue, value.rounded() == value, abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    /// JavaScript truthiness (false, 0, NaN, "" and null are falsy).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value): value != 0 && !value.isNaN
        case .string(let value): !value.isEmpty
        case .array, .object: true
        }
    }

    /// A member of an object (nil for other values or a missing key).
    public subscript(key: String) -> CDPValue? {
        objectValue?[key]
    }

    /// An element of an array (nil for other values or an index out of range).
    public subscript(index: Int) -> CDPValue? {
        guard let array = arrayValue, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// Decodes the value into a Decodable type (e.g. a struct mirroring a JSON object the page returned).
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(self))
    }
}

extension CDPValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([CDPValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: CDPValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension CDPValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "<unencodable>"
    }
}

extension CDPValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: CDPValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, CDPValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
