/// `xl/sharedStrings.xml`: the text of `t="s"` cells. Rich text runs (`<r><t>`) are joined; phonetic
/// runs (`<rPh>`, Japanese furigana) are skipped, as Excel shows them only on request.
final class SharedStringsHandler: XMLPartHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var buffer = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inItem && phoneticDepth == 0:
            inText = true
            buffer = ""
        default:
            break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si":
            strings.append(OOXMLText.unescape(current))
            inItem = false
        case "rPh":
            phoneticDepth -= 1
        case "t" where inText:
            current += buffer
            inText = false
        default:
            break
        }
    }

    override func text(_ string: String) {
        if inText { buffer += string }
    }
}

/// OOXML's `ST_Xstring` escapes characters XML cannot carry as `_xHHHH_` (Excel writes a CR as `_x000D_`,
/// and a literal "_x0041_" as "_x005F_x0041_").
enum OOXMLText {
    /// A quick byte scan for "_x" (Foundation's `contains` is slow on this hot path).
    static func mayContainEscape(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b == UInt8(ascii: "x") && previous == UInt8(ascii: "_") { return true }
            previous = b
        }
        return false
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.count >= 7, mayContainEscape(s) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               scalars[(i + 2)..<(i + 6)].allSatisfy(\.properties.isASCIIHexDigit),
               let code = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
