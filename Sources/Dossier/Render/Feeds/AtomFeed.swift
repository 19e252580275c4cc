import TemplateEngine

/// An Atom 1.0 feed (RFC 4287), written as text. Every id is a page's permanent URL (with
/// a fragment for a timeline entry), so it is the same in every build; every time comes
/// from the content, never from the clock.
struct AtomFeed {
    struct Entry {
        /// The permanent URL, which is also the entry's id.
        var url: String
        var title: String
        var published: PartialDate
        var updated: PartialDate
        var authors: [String] = []
        var category: (term: String, label: String)?
        /// A line of plain text: what the entry is, for a reader that shows no content.
        var summary: String?
        /// HTML, or `nil` for an entry whose title and summary say enough.
        var contentHTML: String?
    }

    var selfURL: String
    /// The page the feed follows.
    var pageURL: String
    var title: String
    var subtitle: String?
    var author: String
    var authorURL: String
    var language: String
    var rights: String?
    var entries: [Entry]
    /// The feed's `updated` while it has no entry, which RFC 4287 requires all the same.
    var updatedWhenEmpty: PartialDate

    /// An Atom date is a full timestamp; a date known to the month or the year stands for its
    /// first day, at midnight UTC.
    static func timestamp(_ date: PartialDate) -> String {
        "\(PartialDate(date.earliestDay))T00:00:00Z"
    }

    var xml: String {
        let escape = HTMLEscaping.escape
        let updated = Self.timestamp(entries.map(\.updated).max() ?? updatedWhenEmpty)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(language))">
              <id>\(escape(selfURL))</id>
              <title>\(escape(title))</title>\n
            """
        if let subtitle { xml += "  <subtitle>\(escape(subtitle))</subtitle>\n" }
        xml += """
              <link rel="self" type="application/atom+xml" href="\(escape(selfURL))"/>
              <link rel="alternate" type="text/html" href="\(escape(pageURL))"/>
              <updated>\(updated)</updated>
              <author><name>\(escape(author))</name><uri>\(escape(authorURL))</uri></author>\n
            """
        if let rights { xml += "  <rights>\(escape(rights))</rights>\n" }
        for entry in entries {
            // Links in a body are written for its page: its own URL resolves them.
            xml += "  <entry xml:base=\"\(escape(entry.url))\">\n"
            xml += "    <id>\(escape(entry.url))</id>\n"
            xml += "    <title>\(escape(entry.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(entry.url))\"/>\n"
            xml += "    <published>\(Self.timestamp(entry.published))</published>\n"
            xml += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            for name in entry.authors { xml += "    <author><name>\(escape(name))</name></author>\n" }
            if let category = entry.category {
                xml += "    <category term=\"\(escape(category.term))\" label=\"\(escape(category.label))\"/>\n"
            }
            if let summary = entry.summary { xml += "    <summary>\(escape(summary))</summary>\n" }
            if let html = entry.contentHTML, !html.isEmpty {
                xml += "    <content type=\"html\">\(escape(html))</content>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
