import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Base class of the SAX handlers for the parts of a workbook. Subclasses see element names without
/// namespace prefixes ("x:c" → "c") and report problems through `fail(_:)`, which stops the parser.
class XMLPartHandler: NSObject, XMLParserDelegate {
    private(set) var failure: (any Error)?
    private(set) var xmlErrorLine: Int?
    private(set) var sawRoot = false

    /// Records the first problem; the parser is stopped right after the current callback.
    /// (No reference to the parser is kept: a weak one would put every retain of it on the slow path.)
    func fail(_ error: any Error) {
        if failure == nil { failure = error }
    }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ string: String) {}

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        sawRoot = true
        guard failure == nil else { return }
        start(Self.localName(elementName), attributeDict)
        if failure != nil { parser.abortParsing() }
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?) {
        guard failure == nil else { return }
        end(Self.localName(elementName))
        if failure != nil { parser.abortParsing() }
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        // libxml2's namespace complaints (200–299) do not affect the content; everything else is fatal.
        if (200..<300).contains(code) { return }
        if xmlErrorLine == nil { xmlErrorLine = max(parser.lineNumber, 1) }
    }

    /// The name without its prefix, as a String: comparing small Strings is much cheaper than Substrings.
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The value of an attribute whatever its prefix (`r:id`, `id`, `ns0:id`).
    static func attribute(_ attributes: [String: String], local: String) -> String? {
        if let value = attributes[local] { return value }
        for (key, value) in attributes where localName(key) == local { return value }
        return nil
    }
}

/// Runs one handler over one part of the archive.
enum XMLPart {
    /// `sheet` names the worksheet in error messages when the part is one.
    static func parse(_ path: String, in directory: ZipDirectory, limit: Int, sheet: String? = nil,
                      with handler: XMLPartHandler) throws {
        guard let entry = directory.entry(path) else {
            throw sheet.map { OfficeError.xlsxMissingSheet(sheet: $0, part: path) } ?? OfficeError.xlsxMissingPart(path)
        }
        let stream = ZipEntryStream(try ZipEntryReader(directory: directory, entry: entry, limit: limit))
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = handler
        let finished = parser.parse()
        if stream.refusedDTD { throw OfficeError.xlsxBrokenXML(part: path, sheet: sheet, line: 1) }
        if let line = stream.invalidUTF8Line { throw OfficeError.xlsxBrokenXML(part: path, sheet: sheet, line: line) }
        if let failure = stream.failure { throw failure }
        if let failure = handler.failure { throw failure }
        if let line = handler.xmlErrorLine {
            throw OfficeError.xlsxBrokenXML(part: path, sheet: sheet, line: line)
        }
        if !handler.sawRoot || (!finished && !isHarmless(parser.parserError)) {
            throw OfficeError.xlsxBrokenXML(part: path, sheet: sheet, line: max(parser.lineNumber, 1))
        }
    }

    private static func isHarmless(_ error: (any Error)?) -> Bool {
        guard let error else { return true }
        return (200..<300).contains((error as NSError).code)
    }
}
