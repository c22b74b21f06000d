/// A certificate's verification code: "HV-" then 8 random characters of Crockford base 32 in two groups, then one
/// check character (the value mod 37 of ISO 7064 style weighting), e.g. "HV-7K3Q-9XW2-M". A mistyped or altered
/// character is caught by the check before any lookup.
public enum CertificateCode {
    /// Crockford base 32: no I, L, O, U.
    public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// The check characters: the alphabet plus five symbols, as in Crockford's scheme.
    static let checkAlphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U")

    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let body = String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
        return "HV-\(body.prefix(4))-\(body.suffix(4))-\(check(body))"
    }

    /// The code in its canonical form when it is well-formed with a matching check character; nil otherwise.
    /// Accepts lower case, spaces, and the usual confusions (O→0, I/L→1).
    public static func normalize(_ typed: String) -> String? {
        var text = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard text.hasPrefix("HV"), text.count == 11 else { return nil }
        text.removeFirst(2)
        let body = String(text.prefix(8).map { character -> Character in
            switch character {
            case "O": return "0"
            case "I", "L": return "1"
            default: return character
            }
        })
        guard body.allSatisfy(alphabet.contains), let last = text.last, check(body) == last else { return nil }
        return "HV-\(body.prefix(4))-\(body.suffix(4))-\(last)"
    }

    static func check(_ body: String) -> Character {
        var value = 0
        for character in body {
            guard let digit = alphabet.firstIndex(of: character) else { return "?" }
            value = (value * 32 + digit) % 37
        }
        return checkAlphabet[value]
    }
}

/// What a public page may show of a name: the given name whole, the others by their initials ("Nguyễn Văn An" →
/// "N. V. An"), so the holder recognises it and a passer-by learns little.
public enum NameMask {
    public static func mask(_ fullName: String) -> String {
        let words = fullName.split(separator: " ")
        guard let given = words.last else { return "" }
        let initials = words.dropLast().compactMap { $0.first.map { "\($0)." } }
        return (initials + [String(given)]).joined(separator: " ")
    }
}
