import Foundation

/// Takes the diacritics off Vietnamese text the way a plain-ASCII channel does, keeping letter case and every
/// other character: "Độc lập" → "Doc lap". Used to make evaluation text from text written properly.
public enum DiacriticsStripping {
    public static func strip(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: scalars.append("d")
            case 0x0110: scalars.append("D")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
