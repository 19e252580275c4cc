import Foundation
import Testing

/// The feeds are Atom 1.0 (RFC 4287) as a feed reader checks it: every element in the Atom
/// namespace, the required elements of the feed and of each entry, ids that are permanent
/// URLs, RFC 3339 times, and entries newest first.
@Suite struct FeedTests {
    static let atom = "http://www.w3.org/2005/Atom"
    static let base = "https://campaign.example.org/"

    private func feed(_ path: String, in output: URL) throws -> XMLElement {
        let data = try Data(contentsOf: output.appending(path: path))
        let root = try #require(XMLElement.parse(data), "\(path) is not well-formed XML")
        #expect(root.name == "feed")
        for element in [root] + root.descendants {
            #expect(element.namespace == Self.atom, "<\(element.name)> of \(path) is outside the Atom namespace")
        }
        // RFC 4287 §4.1.1: exactly one id, title and updated; an author for entries without one.
        for name in ["id", "title", "updated"] { #expect(root.all(name).count == 1, "\(path): feed needs one <\(name)>") }
        #expect(root.first("author")?.first("name") != nil)
        let selfLink = root.all("link").first { $0.attributes["rel"] == "self" }
        #expect(selfLink?.attributes["href"] == Self.base + path)
        #expect(root.first("id")?.text == Self.base + path)

        var ids: Set<String> = []
        var previous: String?
        for entry in root.all("entry") {
            for name in ["id", "title", "updated"] { #expect(entry.all(name).count == 1, "\(path): entry needs one <\(name)>") }
            let id = try #require(entry.first("id")?.text)
            #expect(id.hasPrefix(Self.base), "\(id) is not a permanent URL of the site")
            #expect(ids.insert(id).inserted, "\(path): id \(id) twice")
            #expect(entry.all("link").contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == id })
            let updated = try #require(entry.first("updated")?.text)
            #expect(updated.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil, "\(updated) is not an RFC 3339 time")
            if let previous { #expect(previous >= updated, "\(path): entries are not newest first") }
            previous = updated
        }
        if let newest = root.all("entry").first {
            #expect(root.first("updated")?.text == newest.first("updated")?.text)
        } else {
            #expect(root.first("updated")?.text.hasPrefix("1970") == false, "\(path): an empty feed dated 1970")
        }
        return root
    }

    @Test func theSiteFeedHasThePublishedStatementsNewestFirst() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let root = try feed("feed.xml", in: output)
        let ids = root.all("entry").compactMap { $0.first("id")?.text }
        #expect(ids == [Self.base + "statements/2025-01-10-free-ana/", Self.base + "statements/2024-05-05-ana-example-transferred/"])
        let first = try #require(root.all("entry").first)
        #expect(first.first("published")?.text == "2025-01-10T00:00:00Z")
        #expect(first.first("category")?.attributes["term"] == "joint-statement")
        let authors = first.all("author").compactMap { $0.first("name")?.text }
        #expect(authors.contains("Rights Watch"))
        // The body is HTML, escaped once in the XML and whole after parsing.
        let content = try #require(first.first("content"))
        #expect(content.attributes["type"] == "html")
        #expect(content.text.contains("<p>"))
        #expect(root.first("rights")?.text == "CC BY 4.0")
    }

    /// RFC 4287 wants an `updated` even of a feed with no entry: the newest change the
    /// content states, or else the day of the build, never a date nothing happened on.
    @Test func aFeedWithoutEntriesIsAsRecentAsTheContentSaysOrElseTheBuild() throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        func built(updated: String?) throws -> URL {
            try site.write([
                "content/site.yaml": "title: Nothing yet\nbase_url: \(Self.base)\n",
                "content/cases/ana-example.md": "---\nname: Ana Example\ncountry: Nowhere\nstatus: detained\n"
                    + (updated.map { "updated: \($0)\n" } ?? "") + "---\n",
            ])
            let (report, output) = build(site.url, output: site.url.appending(path: "public"))
            try #require(report.succeeded, "\(printed(report.diagnostics))")
            return output
        }
        var output = try built(updated: nil)
        #expect(try feed("feed.xml", in: output).first("updated")?.text == "2025-06-30T00:00:00Z")
        #expect(try feed("cases/ana-example/feed.xml", in: output).first("updated")?.text == "2025-06-30T00:00:00Z")
        output = try built(updated: "2025-02")
        #expect(try feed("feed.xml", in: output).first("updated")?.text == "2025-02-01T00:00:00Z")
        #expect(try feed("cases/ana-example/feed.xml", in: output).first("updated")?.text == "2025-02-01T00:00:00Z")
    }

    @Test func aCaseFeedFollowsItsStatementsAndTimeline() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let root = try feed("cases/ana-example/feed.xml", in: output)
        let ids = root.all("entry").compactMap { $0.first("id")?.text }
        let page = Self.base + "cases/ana-example/"
        #expect(ids.contains(Self.base + "statements/2025-01-10-free-ana/"))
        #expect(ids.contains(page + "#timeline-2024-01"))
        #expect(ids.contains(page + "#timeline-2024-10-10"))
        // Each timeline id is an anchor the page really has.
        let html = try String(contentsOf: output.appending(path: "cases/ana-example/index.html"), encoding: .utf8)
        for id in ids where id.hasPrefix(page + "#") {
            #expect(html.contains("id=\"\(id.dropFirst(page.count + 1))\""), "\(id) has no anchor on the page")
        }
        #expect(
            html.contains(
                #"<link rel="alternate" type="application/atom+xml" title="Ana Example: Free the Fictional Five" href="../../cases/ana-example/feed.xml">"#
            ))
    }
}
