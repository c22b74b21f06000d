import Foundation

/// The two degraded forms of a report that the extractor must read as well as the original:
/// - without diacritics (as `scripts/heldout/strip_diacritics.py` writes it: marks removed, đ → d, case kept);
/// - as a bad OCR leaves it, following the misreadings seen in the seed scans: "số" → "s6"/"sb"/"$6"/"sé",
///   "xã" → "x4"/"x3", "lớp" → "16p", "năm" → "ndm"/"nim", "của" → "ctia"/"cta", "là" → "1a", "người" → "ngudi",
///   "được" → "dugc", "kỹ" → "k¥", "văn" → "vin", a word-initial Đ → "P", ư → "w" now and then, "Số:" → "S6:",
///   spaces before "/" in document numbers, and no diacritics. Deterministic (a fixed linear congruential sequence).
enum TextVariants {
    static func withoutDiacritics(_ text: String) -> String {
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "đ": out.unicodeScalars.append("d")
            case "Đ": out.unicodeScalars.append("D")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.precomposedStringWithCanonicalMapping
    }

    static func ocrNoised(_ text: String, seed: UInt64 = 7) -> String {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let words: [String: [String]] = [
            "số": ["s6", "sb", "sd", "$6", "sé", "s0", "số"], "Số": ["S6", "Sé", "Số"], "xã": ["x4", "x3", "xa", "xã"],
            "lớp": ["16p", "lop", "lớp"], "năm": ["ndm", "nim", "năm"], "của": ["ctia", "cta", "cia", "của"],
            "là": ["1a", "là"], "người": ["ngudi", "nguoi", "người"], "được": ["dugc", "duoc", "được"],
            "kỹ": ["k¥", "ky"], "văn": ["vin", "văn"], "Độc": ["Poc"], "lập": ["1ap"], "Tự": ["Tw"],
            "tổ": ["t6", "tổ"], "Tổ": ["T6", "Tổ"], "với": ["v6i", "vol1", "với"],
        ]
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            var w = word
            if let choices = words[w] {
                w = choices[next(choices.count)]
            } else if w.hasPrefix("Đ"), next(2) == 0 {
                w = "P" + w.dropFirst()
            } else if w.contains("ư"), next(4) == 0 {
                w = w.replacingOccurrences(of: "ư", with: "w")
            }
            out += w
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber && !word.isEmpty && word.last?.isLetter == true {
                word.append(character)
            } else {
                flush()
                if character == "/", out.last?.isNumber == true, next(3) == 0 { out += " " }
                out.append(character)
            }
        }
        flush()
        return withoutDiacritics(out)
    }
}
