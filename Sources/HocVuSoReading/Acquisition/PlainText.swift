import Foundation

/// Plain text as communes save it: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark.
/// Anything else (binary, legacy 8-bit code pages) is not text hocvuso can read reliably.
enum PlainText {
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: data, encoding: .utf16LittleEndian).map(dropMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: data, encoding: .utf16BigEndian).map(dropMark) }
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        // Control characters other than tab and line breaks mean a binary file that happens to be valid UTF-8.
        let controls = text.unicodeScalars.lazy.filter { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\u{0C}" }.count
        guard controls * 100 <= max(text.unicodeScalars.count, 1) else { return nil }
        return dropMark(text)
    }

    private static func dropMark(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
