import Foundation

/// Turns translated software messages and help pages into plain prose for the language model: format
/// specifiers ("%s", "%1$d", "%PRODUCTNAME", "$(ARG1)", "{0}") become a phrase break "|", keyboard accelerators
/// ("_Mở", "&Lưu", "~Tệp") lose their marker, markup is dropped and character entities decoded.
public enum TrainingText {
    public static func message(_ text: String) -> String {
        decodeEntities(stripTags(stripAccelerators(stripPlaceholders(text))))
    }

    /// The visible text of an HTML page, one line per block; scripts, styles and the head are dropped.
    public static func html(_ page: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(page.unicodeScalars)
        var i = 0
        var skipUntil: String?
        while i < scalars.count {
            let scalar = scalars[i]
            guard scalar == "<" else {
                if skipUntil == nil { out.append(scalar) }
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count, scalars[j] != ">" { j += 1 }
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)])).lowercased()
            i = j + 1
            let name = String(tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" })
            if let closing = skipUntil {
                if name == closing { skipUntil = nil }
                continue
            }
            switch name {
            case "script", "style", "head", "noscript": skipUntil = "/" + name
            case let block where blockTags.contains(block.hasPrefix("/") ? String(block.dropFirst()) : block):
                out.append("\n")
            default:
                break
            }
        }
        return decodeEntities(String(out))
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "title", "section", "header", "footer", "nav", "pre", "dt", "dd", "blockquote", "tbody", "thead",
    ]

    static func stripPlaceholders(_ text: String) -> String {
        let s = Array(text)
        var out = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "%", i + 1 < s.count {
                if s[i + 1] == "%" { out.append("%"); i += 2; continue }
                if let end = formatSpecifierEnd(s, from: i + 1) { out.append(" | "); i = end; continue }
            }
            if c == "$", i + 1 < s.count, s[i + 1] == "(", let close = s[i...].firstIndex(of: ")"), close - i < 40 {
                out.append(" | "); i = close + 1; continue
            }
            if c == "{", let close = s[i...].firstIndex(of: "}"), close - i < 40 {
                out.append(" | "); i = close + 1; continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The index after a printf conversion ("1$-10.2lf") or a LibreOffice variable ("PRODUCTNAME") starting at
    /// `start` (just after the "%").
    private static func formatSpecifierEnd(_ s: [Character], from start: Int) -> Int? {
        var i = start
        if i < s.count, s[i].isUppercase, s[i].isASCII {
            while i < s.count, s[i].isASCII, s[i].isUppercase || s[i].isNumber || s[i] == "_" { i += 1 }
            return i - start >= 2 ? i : nil
        }
        while i < s.count, s[i].isASCII, s[i].isNumber { i += 1 }
        if i < s.count, s[i] == "$" { i += 1 } else { i = start }
        while i < s.count, "-+ #0'".contains(s[i]) { i += 1 }
        while i < s.count, s[i].isASCII, s[i].isNumber || s[i] == "*" { i += 1 }
        if i < s.count, s[i] == "." {
            i += 1
            while i < s.count, s[i].isASCII, s[i].isNumber || s[i] == "*" { i += 1 }
        }
        while i < s.count, "hlLqjzt".contains(s[i]) { i += 1 }
        guard i < s.count, "diouxXeEfFgGaAcspn".contains(s[i]) else { return nil }
        return i + 1
    }

    static func stripAccelerators(_ text: String) -> String {
        var out = ""
        let s = Array(text)
        for (i, c) in s.enumerated() {
            if "_&~".contains(c), i + 1 < s.count, s[i + 1].isLetter, c != "&" || !startsEntity(s, i) { continue }
            out.append(c)
        }
        return out
    }

    private static func startsEntity(_ s: [Character], _ i: Int) -> Bool {
        var j = i + 1
        while j < s.count, j - i < 10, s[j].isLetter || s[j].isNumber || s[j] == "#" { j += 1 }
        return j < s.count && s[j] == ";"
    }

    static func stripTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = text[i...].firstIndex(of: ">"),
               let next = text[text.index(after: i)...].first, next.isLetter || next == "/",
               text.distance(from: i, to: close) < 200 {
                out.append(" ")
                i = text.index(after: close)
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semicolon = text[i...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: i)..<semicolon]
                if let decoded = entity(name) {
                    out.append(decoded)
                    i = text.index(after: semicolon)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
