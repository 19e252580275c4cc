import TemplateEngine

/// An Atom 1.0 feed (RFC 4287), written as UTF-8. Every id is a page's permanent URL (with
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

    /// The feed as UTF-8 bytes, written in place: a large site has a feed for every case.
    var xml: [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(1_024 + 512 * entries.count)
        func text(_ text: StaticString) { text.withUTF8Buffer { xml.append(contentsOf: $0) } }
        func escaped(_ value: String) { HTMLEscaping.append(value, to: &xml) }
        func plain(_ value: String) { xml.append(contentsOf: value.utf8) }

        text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        escaped(language)
        text("\">\n  <id>")
        escaped(selfURL)
        text("</id>\n  <title>")
        escaped(title)
        text("</title>\n")
        if let subtitle {
            text("  <subtitle>")
            escaped(subtitle)
            text("</subtitle>\n")
        }
        text("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        escaped(selfURL)
        text("\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"")
        escaped(pageURL)
        text("\"/>\n  <updated>")
        plain(Self.timestamp(entries.map(\.updated).max() ?? updatedWhenEmpty))
        text("</updated>\n  <author><name>")
        escaped(author)
        text("</name><uri>")
        escaped(authorURL)
        text("</uri></author>\n")
        if let rights {
            text("  <rights>")
            escaped(rights)
            text("</rights>\n")
        }
        for entry in entries {
            // Links in a body are written for its page: its own URL resolves them.
            text("  <entry xml:base=\"")
            escaped(entry.url)
            text("\">\n    <id>")
            escaped(entry.url)
            text("</id>\n    <title>")
            escaped(entry.title)
            text("</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
            escaped(entry.url)
            text("\"/>\n    <published>")
            plain(Self.timestamp(entry.published))
            text("</published>\n    <updated>")
            plain(Self.timestamp(entry.updated))
            text("</updated>\n")
            for name in entry.authors {
                text("    <author><name>")
                escaped(name)
                text("</name></author>\n")
            }
            if let category = entry.category {
                text("    <category term=\"")
                escaped(category.term)
                text("\" label=\"")
                escaped(category.label)
                text("\"/>\n")
            }
            if let summary = entry.summary {
                text("    <summary>")
                escaped(summary)
                text("</summary>\n")
            }
            if let html = entry.contentHTML, !html.isEmpty {
                text("    <content type=\"html\">")
                escaped(html)
                text("</content>\n")
            }
            text("  </entry>\n")
        }
        text("</feed>\n")
        return xml
    }
}
