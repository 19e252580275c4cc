/// The words of a body, for the full-text index: its HTML as cmark wrote it, without the tags.
///
/// cmark writes text with only `&amp;`, `&lt;`, `&gt;` and `&quot;` escaped (it has already
/// turned every other entity of the Markdown into its character), so undoing those four gives
/// the text back. The addresses of links into the site are left out, like every attribute.
enum SearchText {
    static func words(of body: BodyHTML) -> String {
        var text = ""
        append(body.html(writingLinks: { _ in "" }), to: &text)
        return text
    }

    private static let entities: [Substring: String] = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\""]

    private static func append(_ html: String, to text: inout String) {
        var rest = Substring(html)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            text += rest[..<open]
            if rest[open] == "<" {
                // A tag ends a word: "<p>one</p><p>two</p>" is two words, not "onetwo".
                text += " "
                guard let close = rest[open...].firstIndex(of: ">") else { return }
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest[open...].firstIndex(of: ";").map { rest.index(after: $0) } ?? rest.index(after: open)
                text += entities[rest[open..<end]] ?? " "
                rest = rest[end...]
            }
        }
        text += rest
    }
}
