import Foundation

/// A section of a received report's text cut into the paragraphs a filed report shows: the heading line (already the
/// section's title) and everything from "Nơi nhận" (recipients and signature) on are left out. A text with blank lines
/// between paragraphs (an OCR or a PDF, where lines wrap) joins each block's lines; otherwise (Word) each line is one.
public enum ReceivedParagraphs {
    public static func split(_ section: String) -> [(text: String, bullet: Bool)] {
        var lines = section.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        if let first = lines.firstIndex(where: { !$0.isEmpty }) { lines.removeSubrange(...first) }
        // "Nơi nhận", also as an OCR leaves it ("Noi nhin").
        if let end = lines.firstIndex(where: { VietnameseText.fold($0).hasPrefix("noi nh") }) {
            lines.removeSubrange(end...)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let blocks: [[String]]
        if lines.contains(where: \.isEmpty) {
            blocks = lines.split(separator: "", omittingEmptySubsequences: true).map(Array.init)
        } else {
            blocks = lines.map { [$0] }
        }
        return blocks.map { block in
            let text = block.joined(separator: " ")
            let bullet = text.hasPrefix("-") || text.hasPrefix("+") || text.hasPrefix("•")
            return (bullet ? String(text.dropFirst()).trimmingCharacters(in: .whitespaces) : text, bullet)
        }.filter { !$0.0.isEmpty }
    }
}
