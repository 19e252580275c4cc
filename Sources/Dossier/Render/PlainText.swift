import Foundation

/// Text for `<meta name="description">` made from Markdown the generator rendered: the
/// site's description, and the first paragraph of a free page written without one.
enum PlainText {
    /// All of `body`'s text, its spaces and line breaks made single spaces.
    static func text(of body: BodyHTML) -> String {
        collapsed(SearchText.words(of: body))
    }

    /// The text of `body`'s first paragraph, cut after the last whole word that fits in
    /// `limit` characters (and marked "…"); `nil` when the body has no paragraph.
    static func summary(of body: BodyHTML, limit: Int = 200) -> String? {
        let html = body.html(writingLinks: { _ in "" })
        guard let open = html.range(of: "<p>"), let close = html.range(of: "</p>", range: open.upperBound..<html.endIndex) else {
            return nil
        }
        let text = text(of: BodyHTML(html: String(html[open.lowerBound..<close.upperBound])))
        guard !text.isEmpty else { return nil }
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let words = cut.last == " " ? cut : cut.prefix(upTo: cut.lastIndex(of: " ") ?? cut.endIndex)
        return words.trimmingCharacters(in: [" ", ",", ";", ":"]) + "…"
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

private extension Substring {
    func trimmingCharacters(in characters: Set<Character>) -> String {
        var text = self
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
