import TemplateEngine

/// How the headings of a body become places a journalist can link to: each gets an `id` made
/// from its text, transliterated as slugs are ("Арест" → "arest"), and a visible "#" link to
/// itself. An id changes only when its text does, or when an earlier heading of the same
/// text is added or removed.
struct SectionAnchors: Sendable {
    /// The accessible name of the "#" link, in the site's language.
    var linkLabel: String
    /// Ids the theme's templates use on every page of a kind (`main`, `timeline-heading`):
    /// a body heading never takes one of them.
    var reserved: Set<String>

    /// One unique id per heading text, in order: a second "Arrest" is "arrest-2". A heading
    /// with nothing that can be written in ASCII is a "section".
    func ids(for texts: [String]) -> [String] {
        var taken = reserved
        return texts.map { text in
            let base = Transliteration.slug(for: text)?.rawValue ?? "section"
            return taken.claimUnique(base)
        }
    }

    /// What cmark writes around a heading's content in place of `<hN>` and `</hN>`.
    func tags(level: Int, id: String) -> (open: String, close: String) {
        let label = HTMLEscaping.escape(linkLabel)
        return (
            "<h\(level) id=\"\(id)\">",
            "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></h\(level)>"
        )
    }
}
