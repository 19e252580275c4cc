import TemplateEngine

/// How the headings of a body become places a journalist can link to: each gets an `id` made
/// from its text, transliterated as slugs are ("Арест" → "arest"), and a visible "#" link to
/// itself. An id changes only when its text does, or when an earlier heading of the same
/// text is added or removed.
struct SectionAnchors: Sendable {
    /// The accessible name of the "#" link, in the site's language.
    let linkLabel: String
    /// Ids the theme's templates use on every page of a kind (`main`, `timeline-heading`):
    /// a body heading never takes one of them.
    let reserved: Set<String>
    /// The label as it stands in an attribute, escaped once for every heading of the site.
    private let escapedLabel: String

    init(linkLabel: String, reserved: Set<String>) {
        self.linkLabel = linkLabel
        self.reserved = reserved
        escapedLabel = HTMLEscaping.escape(linkLabel)
    }

    /// One unique id per heading text, in order: a second "Arrest" is "arrest-2". A heading
    /// with nothing that can be written in ASCII is a "section".
    func ids(for texts: [String]) -> [String] {
        // The body's own ids apart from the theme's: a copy of the reserved set for every
        // body was a sixth of the time its ids took.
        var taken: Set<String> = []
        return texts.map { text in
            taken.claimUnique(Transliteration.slug(for: text)?.rawValue ?? "section", besides: reserved)
        }
    }

    /// What cmark writes around a heading's content in place of `<hN>` and `</hN>`.
    func tags(level: Int, id: String) -> (open: String, close: String) {
        (
            "<h\(level) id=\"\(id)\">",
            "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(escapedLabel)\">#</a></h\(level)>"
        )
    }
}
