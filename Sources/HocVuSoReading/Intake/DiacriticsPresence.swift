import Foundation

/// Whether a text lost its diacritics (a bad OCR, a copy through a plain-ASCII channel): in Vietnamese written
/// properly 27–30% of the letters carry a mark (the seeds and the held-out reports); a Latin-script OCR of a scan
/// keeps stray marks on about 5% ("Két qua trién khai"), a plain-ASCII copy none. Under 12% means they were lost.
public enum DiacriticsPresence {
    public static func markedShare(_ text: String) -> Double {
        var letters = 0
        var marked = 0
        for scalar in text.unicodeScalars where CharacterSet.letters.contains(scalar) {
            letters += 1
            if scalar.value > 0x7F { marked += 1 }
        }
        return letters == 0 ? 0 : Double(marked) / Double(letters)
    }

    public static func lacksDiacritics(_ text: String) -> Bool {
        markedShare(text) < 0.12
    }
}
