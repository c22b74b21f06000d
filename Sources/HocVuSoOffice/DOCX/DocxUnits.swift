/// Conversions to the units of WordprocessingML: twips (1/20 pt) for lengths, half-points for font sizes,
/// eighths of a point for borders, EMU (1/360,000 cm) for pictures.
public enum DocxUnits {
    public static let twipsPerCm = 1_440 / 2.54

    public static func twips(cm: Double) -> Int { Int((cm * twipsPerCm).rounded()) }
    public static func twips(mm: Double) -> Int { twips(cm: mm / 10) }
    public static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    public static func halfPoints(pt: Double) -> Int { Int((pt * 2).rounded()) }
    public static func eighthPoints(pt: Double) -> Int { Int((pt * 8).rounded()) }
    public static func emu(cm: Double) -> Int { Int((cm * 360_000).rounded()) }
}
