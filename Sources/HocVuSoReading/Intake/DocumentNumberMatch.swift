import HocVuSoCore

/// Compares document numbers as people and OCR write them: "516/SKHCN-TTTT", "516 /SKHCN-TTTT", "516/SKHCN–TTTT",
/// "516/QD-UBND" for "516/QĐ-UBND".
public enum DocumentNumberMatch {
    public static func key(_ number: String) -> String {
        VietnameseText.fold(number).uppercased()
            .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            .filter { !$0.isWhitespace }
    }

    public static func same(_ a: String, _ b: String) -> Bool {
        key(a) == key(b)
    }
}
