/// The bytes of one XML part under construction: markup appended as is, text and attribute values escaped.
struct DocxXMLBuffer {
    private(set) var bytes: [UInt8] = []

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    init(declaration: Bool = true) {
        if declaration { raw(Self.declaration) }
    }

    /// Markup, written as given.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Element content or an attribute value (between double quotes), escaped.
    mutating func text(_ text: String) { XMLText.append(text, to: &bytes) }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        text(value)
        raw("\"")
    }
}
