import Foundation

/// An `InputStream` over one zip entry, so `XMLParser(stream:)` parses a part in small chunks.
/// (Handing XMLParser one large `Data` also fails on Linux: libxml2 rejects a 50 MB single chunk.)
final class ZipEntryStream: InputStream {
    private let reader: ZipEntryReader
    private var atEnd = false
    /// The zip error that stopped the stream, if any; report it instead of the XML error it causes.
    private(set) var failure: (any Error)?
    /// Set when the part declares a DTD (`<!DOCTYPE`): Office parts never do, and entity declarations
    /// are how "billion laughs" files attack XML parsers, so such a part is refused before parsing.
    private(set) var refusedDTD = false
    /// Set to the line of the first byte that is not UTF-8. Foundation's XMLParser on Linux traps (ending the
    /// process) on some invalid UTF-8 that libxml2 passes on in attribute values, so such a part is refused
    /// before parsing. Parts in UTF-16 (a byte-order mark or a NUL in the first two bytes) are left to libxml2.
    private(set) var invalidUTF8Line: Int?
    private var validator: UTF8Validator? = UTF8Validator()
    private var line = 1
    private var sawFirstBytes = false
    /// The bytes before the root element, while we are still looking for it.
    private var prolog: [UInt8]? = []

    init(_ reader: ZipEntryReader) {
        self.reader = reader
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !atEnd && failure == nil }
    override var streamStatus: Stream.Status { failure != nil ? .error : (atEnd ? .atEnd : .open) }
    override var streamError: (any Error)? { failure }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        guard failure == nil else { return -1 }
        do {
            let n = try reader.read(into: buffer, maxLength: len)
            if n == 0 { atEnd = true }
            guard checkUTF8(UnsafeBufferPointer(start: buffer, count: n)) else {
                failure = CocoaError(.fileReadCorruptFile)
                return -1
            }
            if prolog != nil, !checkProlog(UnsafeBufferPointer(start: buffer, count: n)) {
                refusedDTD = true
                failure = CocoaError(.fileReadCorruptFile)
                return -1
            }
            return n
        } catch {
            failure = error
            return -1
        }
    }

    /// False when the bytes are not UTF-8 (an empty chunk ends the input: a sequence left open is invalid too).
    private func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !sawFirstBytes, !bytes.isEmpty {
            sawFirstBytes = true
            let head = Array(bytes.prefix(2))
            if head == [0xFF, 0xFE] || head == [0xFE, 0xFF] || head.contains(0) { validator = nil }
        }
        guard var checker = validator else { return true }
        let bad = checker.validate(bytes) ?? (bytes.isEmpty && !checker.isComplete ? 0 : nil)
        validator = checker
        let scanned = bad.map { max($0, 0) } ?? bytes.count
        line += bytes.prefix(scanned).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if bad != nil { invalidUTF8Line = line }
        return bad == nil
    }

    /// False once `<!DOCTYPE` shows up before the root element's start tag.
    private func checkProlog(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var seen = prolog else { return true }
        seen.append(contentsOf: bytes)
        let doctype = Array("<!DOCTYPE".utf8)
        var i = 0
        while i < seen.count {
            if seen[i] == UInt8(ascii: "<"), i + 1 < seen.count {
                let next = seen[i + 1]
                if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") {
                    prolog = nil          // the root element: the prolog is over
                    return true
                }
                if seen.count - i >= doctype.count, Array(seen[i..<(i + doctype.count)]) == doctype { return false }
            }
            i += 1
        }
        prolog = seen.count > 1 << 16 ? nil : seen
        return true
    }
}
