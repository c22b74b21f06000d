/// Tokens inside web addresses and file paths: a run of non-blank characters that contains "://", "www.", "%20"
/// or starts with "../". Their numbers are never figures.
enum LinkFinder {
    static func tokensInLinks(_ tokens: [TextToken], _ bytes: [UInt8]) -> Set<Int> {
        var inLink = Set<Int>()
        var runStart = 0
        var ranges: [Range<Int>] = []
        func closeRun(_ end: Int) {
            if end > runStart, isLink(bytes[runStart..<end]) { ranges.append(runStart..<end) }
        }
        for (i, b) in bytes.enumerated() where b == 0x20 || b == 0x0A {
            closeRun(i)
            runStart = i + 1
        }
        closeRun(bytes.count)
        guard !ranges.isEmpty else { return inLink }
        var r = 0
        for (i, token) in tokens.enumerated() {
            while r < ranges.count, ranges[r].upperBound <= token.start { r += 1 }
            if r < ranges.count, ranges[r].contains(token.start) { inLink.insert(i) }
        }
        return inLink
    }

    static func isLink(_ run: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: run, as: UTF8.self)
        return text.contains("://") || text.contains("www.") || text.contains("%20") || text.hasPrefix("../")
            || text.hasSuffix(".vn") || text.hasSuffix(".vn/") || text.hasSuffix(".com") || text.contains(".vn/")
    }
}
