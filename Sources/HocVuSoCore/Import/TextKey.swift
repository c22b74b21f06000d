/// A normalised (NFC) text used as a dictionary key, hashed and compared by its UTF-8 bytes. For such text byte
/// equality is canonical equality, and it avoids the Unicode normalisation that `String` hashing does for
/// non-ASCII text on every lookup.
struct TextKey: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
