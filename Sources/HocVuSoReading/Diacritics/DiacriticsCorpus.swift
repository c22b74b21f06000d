import Foundation
import HocVuSoCore

/// Gathers the Vietnamese prose the language model learns from: translations in gettext catalogues (`.mo`),
/// help pages and templates (`.html`, `.xhtml`, Mallard `.page`, `.mustache`), string literals of Swift sources
/// and plain text (`.txt`, `.md`, `.csv`, `.json`); and keeps only the lines that are Vietnamese written with
/// diacritics.
public enum DiacriticsCorpus {
    /// The texts of the files at `paths` (directories are walked, files of other kinds skipped), in path order.
    public static func texts(at paths: [String]) throws -> [String] {
        var texts: [String] = []
        for path in paths {
            for file in files(at: path) {
                texts.append(contentsOf: try Self.texts(ofFile: file))
            }
        }
        return texts
    }

    /// The lines of `texts` worth learning from, each once: at least two words, some carrying Vietnamese marks,
    /// and at least 70% of them syllables of the dictionary. English that was left untranslated, lists of codes
    /// and text without diacritics are dropped.
    public static func vietnameseLines(_ texts: [String], dictionary: SyllableDictionary) -> [String] {
        var seen = Set<String>()
        var lines: [String] = []
        for text in texts {
            for rawLine in text.split(whereSeparator: \.isNewline) {
                let line = rawLine.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty, isVietnameseProse(line, dictionary: dictionary),
                      seen.insert(line).inserted else { continue }
                lines.append(line)
            }
        }
        return lines
    }

    static func isVietnameseProse(_ line: String, dictionary: SyllableDictionary) -> Bool {
        var words = 0
        var syllables = 0
        var marked = 0
        for piece in TextPieces.split(line) where piece.kind == .word {
            words += 1
            let key = PhraseTokens.key(piece.text)
            if dictionary.contains(key) { syllables += 1 }
            if !piece.text.utf8.allSatisfy({ $0 < 0x80 }) { marked += 1 }
        }
        return words >= 2 && marked > 0 && Double(syllables) >= 0.7 * Double(words)
    }

    // MARK: Files

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            found.append((path as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }

    private static func texts(ofFile file: String) throws -> [String] {
        let ext = (file as NSString).pathExtension.lowercased()
        guard ["mo", "html", "xhtml", "page", "mustache", "swift", "txt", "md", "csv", "json"].contains(ext),
              let data = FileManager.default.contents(atPath: file) else { return [] }
        if ext == "mo" { return try MOCatalog(data: data).translations.map(TrainingText.message) }
        guard let text = String(data: data, encoding: .utf8) else { return [] }
        switch ext {
        case "html", "xhtml", "page", "mustache": return [TrainingText.html(text)]
        case "swift": return stringLiterals(text).map(TrainingText.message)
        default: return [text]
        }
    }

    /// The contents of the string literals of a Swift source, interpolations replaced by a phrase break.
    static func stringLiterals(_ source: String) -> [String] {
        var literals: [String] = []
        var current = ""
        var inside = false
        var depth = 0
        var previous: Character = " "
        for c in source {
            if !inside {
                if c == "\"" { inside = true; current = "" }
            } else if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if previous == "\\" && c == "(" {
                current.removeLast()
                current += " | "
                depth = 1
            } else if c == "\"" && previous != "\\" {
                inside = false
                if !current.isEmpty { literals.append(current) }
            } else {
                current.append(c)
            }
            previous = c == "\\" && previous == "\\" ? " " : c
        }
        return literals
    }
}
