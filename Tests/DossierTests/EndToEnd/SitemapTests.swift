import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `/sitemap.xml` lists every page a reader can land on, and nothing else; `robots.txt`
/// points to it.
@Suite struct SitemapTests {
    @Test func theSitemapListsEveryPublishedPageOnce() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let base = "https://campaign.example.org/"

        let collector = SitemapCollector()
        let parser = try #require(XMLParser(contentsOf: output.appending(path: "sitemap.xml")))
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        #expect(parser.parse(), "sitemap.xml is not well-formed XML")
        #expect(collector.namespaces == ["http://www.sitemaps.org/schemas/sitemap/0.9"])

        // Every index.html that is a page, not a redirect, found on disk independently.
        var pages: [String] = []
        for path in FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        where path == "index.html" || path.hasSuffix("/index.html") {
            let html = try String(contentsOf: output.appending(path: path), encoding: .utf8)
            if !html.contains("http-equiv=\"refresh\"") { pages.append(base + path.dropLast("index.html".count)) }
        }
        #expect(collector.locations.sorted() == pages.sorted())
        #expect(Set(collector.locations).count == collector.locations.count)
        #expect(!collector.locations.contains { $0.contains("cyrus-draft") || $0.contains("embargoed") })
        // Full dates, as sitemaps.org's schema takes them; a statement dated 2024-05 changed
        // on 1 May at the latest.
        #expect(collector.lastmods.allSatisfy { $0.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil }, "\(collector.lastmods)")
        #expect(collector.lastmods.sorted() == ["2024-05-01", "2025-01-10", "2025-01-10"])

        let robots = try String(contentsOf: output.appending(path: "robots.txt"), encoding: .utf8)
        #expect(robots.contains("\nSitemap: \(base)sitemap.xml\n"))
    }
}

private final class SitemapCollector: NSObject, XMLParserDelegate {
    var locations: [String] = []
    var lastmods: [String] = []
    var namespaces: Set<String> = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if let namespaceURI { namespaces.insert(namespaceURI) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "loc" { locations.append(text) }
        if name == "lastmod" { lastmods.append(text) }
    }
}
