/// Follows the letters of one syllable to decide whether its tone mark sits in the "old" place: an open syllable
/// whose vowels are exactly oa, oe or uy with the mark on the a, e or y ("hoà", "khoẻ", "thuỷ"). The u of "qu"
/// belongs to the consonant, so "quý" and "quỳnh" never qualify; a final consonant ("hoàng") rules it out.
struct ToneSyllable {
    private var vowels = 0
    private var tones = 0
    private var blocked = false
    private var previousRank: UInt8 = 0
    /// The first vowel: its scalar, rank and UTF-8 offset in the output.
    private(set) var first: (value: UInt32, rank: UInt8, offset: Int) = (0, 0, 0)
    /// The second vowel: its scalar, rank and tone.
    private(set) var second: (value: UInt32, rank: UInt8, tone: UInt8) = (0, 0, 0)

    @inline(__always)
    mutating func add(_ info: LetterInfo, value: UInt32, offset: Int) {
        if info.tone == 6 {
            blocked = true
        } else if info.tone != 0 {
            tones += 1
        }
        let uOfQu = info.rank == VietnameseLetters.rankU && previousRank == VietnameseLetters.rankQ && vowels == 0
        if info.isVowel && !uOfQu {
            vowels += 1
            if vowels == 1 {
                first = (value, info.rank, offset)
            } else if vowels == 2 {
                second = (value, info.rank, info.tone)
            }
        } else if vowels > 0 {
            blocked = true  // a final consonant
        }
        previousRank = info.rank
    }

    /// Something that is not a Vietnamese letter is part of the syllable (a stray combining mark).
    mutating func block() {
        blocked = true
    }

    /// The tone to move from the second vowel to the first, when the syllable needs it.
    var toneToMove: Int? {
        guard !blocked, vowels == 2, tones == 1, second.tone != 0 else { return nil }
        let o = VietnameseLetters.rankO, a = VietnameseLetters.rankA, e = VietnameseLetters.rankE
        let u = VietnameseLetters.rankU, y = VietnameseLetters.rankY
        let pair = (first.rank, second.rank)
        guard pair == (o, a) || pair == (o, e) || pair == (u, y) else { return nil }
        return Int(second.tone)
    }

    /// Rewrites the two vowels at the end of `out` (they are the last letters written) with the tone moved.
    func moveTone(_ tone: Int, in out: UnsafeMutableBufferPointer<UInt8>, end n: inout Int) {
        guard let newFirst = VietnameseLetters.withTone(Unicode.Scalar(first.value)!, tone),
              let newSecond = VietnameseLetters.withTone(Unicode.Scalar(second.value)!, 0) else { return }
        n = first.offset
        UTF8Coding.encode(newFirst.value, out, &n)
        UTF8Coding.encode(newSecond.value, out, &n)
    }
}
