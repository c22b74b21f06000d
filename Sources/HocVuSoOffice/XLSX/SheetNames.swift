/// Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end,
/// unique regardless of case.
enum SheetNames {
    static func valid(_ names: [String]) -> [String] {
        var used = Set<String>()
        var result: [String] = []
        for (i, raw) in names.enumerated() {
            var base = cleaned(raw)
            if base.isEmpty { base = "Sheet\(i + 1)" }
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = truncated(base, to: 31 - suffix.utf16.count) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            result.append(name)
        }
        return result
    }

    private static func cleaned(_ raw: String) -> String {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        var name = String(raw.map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        name = String(name.drop { $0 == "'" || $0 == " " })
        while name.last == "'" || name.last == " " { name.removeLast() }
        return truncated(name, to: 31)
    }

    private static func truncated(_ s: String, to units: Int) -> String {
        var out = ""
        for c in s {
            if out.utf16.count + c.utf16.count > units { break }
            out.append(c)
        }
        return out
    }
}
