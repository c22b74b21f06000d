/// A path on this site to send the browser back to after logging in; anything else (another host, a scheme,
/// a protocol-relative "//host") is refused so the login page cannot be used to redirect elsewhere.
enum LocalPath {
    static func checked(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), !text.contains("://"),
              text.count <= 200, text != "/login", text.allSatisfy({ !$0.isWhitespace && !$0.isNewline }) else { return nil }
        return text
    }
}
