/// Appends text to an XML byte buffer, escaped for element content or attribute values.
/// Characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF) are dropped;
/// CR is written as `&#13;` so parsers do not turn it into LF.
enum XMLText {
    static func append(_ text: String, to out: inout [UInt8]) {
        if !needsWork(text) {
            out.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "\r": out.append(contentsOf: "&#13;".utf8)
            case "\t", "\n": out.append(UInt8(scalar.value))
            case "\u{FFFE}", "\u{FFFF}": continue
            default:
                if scalar.value < 0x20 { continue }
                out.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    static func escaped(_ text: String) -> String {
        var out = [UInt8]()
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsWork(_ text: String) -> Bool {
        text.utf8.contains { b in
            b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\"") || b == 0xEF
        }
    }

    /// Protects text that looks like an OOXML escape ("_x0041_") so Excel does not decode it:
    /// its underscore is written as "_x005F_".
    static func protectingOOXMLEscapes(_ text: String) -> String {
        guard OOXMLText.mayContainEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if scalar == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               scalars[(i + 2)..<(i + 6)].allSatisfy(\.properties.isASCIIHexDigit) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
