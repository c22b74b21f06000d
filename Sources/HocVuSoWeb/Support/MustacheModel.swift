import Foundation

/// Turns a page model (structs, arrays, optionals) into dictionaries and arrays once, before rendering.
/// swift-mustache reads struct fields through `Mirror`, one reflection per name it looks up (and again for every
/// enclosing context while it searches up the stack): a province table of a hundred rows made that 80% of a request.
/// Dictionaries are read by key. A nil optional becomes a missing key, which Mustache treats exactly as it treats nil.
enum MustacheModel {
    static func flatten(_ value: Any) -> Any {
        switch value {
        case is String, is Substring, is Bool, is Int, is Double, is Float, is Character, is [String: Any]:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrap(child.value) else { continue }
                fields[label] = flatten(present)
            }
            return fields
        case .collection?, .set?:
            return mirror.children.compactMap { unwrap($0.value).map(flatten) }
        case .optional?:
            return unwrap(value).map(flatten) as Any
        default:
            return value
        }
    }

    /// The value an optional holds (nil for none); any other value as it is.
    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
