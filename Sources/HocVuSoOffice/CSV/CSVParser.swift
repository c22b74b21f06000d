/// An RFC 4180 state machine over UTF-8 bytes, fed in chunks. Lenient where Excel is lenient:
/// a quote inside an unquoted field is kept as text, and text after a closing quote is appended.
/// CRLF, LF and lone CR all end a record; line breaks inside quotes are kept as they are.
struct CSVParser {
    static let quote = UInt8(ascii: "\"")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    let delimiter: UInt8
    /// The physical line (1-based) of the next byte.
    private(set) var line: Int
    /// The byte before the next one, to treat CRLF as one line break across chunks.
    private(set) var previous: UInt8 = 0
    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var row: [String] = []
    private var quoteLine = 0

    init(delimiter: UInt8, firstLine: Int = 1) {
        self.delimiter = delimiter
        self.line = firstLine
        field.reserveCapacity(256)
    }

    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, emit: ([String]) throws -> Void) rethrows {
        let delimiter = self.delimiter
        for b in bytes {
            defer { previous = b }
            if b == Self.cr {
                line += 1
            } else if b == Self.lf {
                if previous == Self.cr {
                    // Second half of CRLF: already counted, and outside quotes the record already ended.
                    if state == .quoted { field.append(b) }
                    continue
                }
                line += 1
            }
            switch state {
            case .quoted:
                if b == Self.quote { state = .quoteInQuoted } else { field.append(b) }
            case .fieldStart:
                if b == Self.quote {
                    state = .quoted
                    quoteLine = line
                } else if b == delimiter {
                    endField()
                } else if b == Self.cr || b == Self.lf {
                    try endRow(emit)
                } else {
                    field.append(b)
                    state = .unquoted
                }
            case .unquoted:
                if b == delimiter {
                    endField()
                    state = .fieldStart
                } else if b == Self.cr || b == Self.lf {
                    try endRow(emit)
                } else {
                    field.append(b)
                }
            case .quoteInQuoted:
                if b == Self.quote {
                    field.append(b)
                    state = .quoted
                } else if b == delimiter {
                    endField()
                    state = .fieldStart
                } else if b == Self.cr || b == Self.lf {
                    try endRow(emit)
                } else {
                    field.append(b)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input; throws `csv.unterminatedQuote` when a quoted field was never closed.
    mutating func finish(emit: ([String]) throws -> Void) throws {
        if state == .quoted { throw OfficeError.csvUnterminatedQuote(line: quoteLine) }
        if state != .fieldStart || !row.isEmpty {
            try endRow(emit)
        }
    }

    private mutating func endField() {
        row.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRow(_ emit: ([String]) throws -> Void) rethrows {
        endField()
        state = .fieldStart
        let capacity = row.count
        try emit(row)
        row = []
        row.reserveCapacity(capacity)
    }
}
