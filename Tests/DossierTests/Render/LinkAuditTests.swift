import Foundation
import Testing

@testable import Dossier

/// The rule of relative links: a page names the site's files only relative to itself, but
/// where a standard wants a full address.
@Suite struct LinkAuditTests {
    let audit: LinkAudit = {
        let files = SiteFileList()
        files.set(["statements/index.html", "cases/x/index.html"].map { OutputFile(path: $0, contents: .data(Data())) })
        return LinkAudit(base: BaseURL("https://example.org/campaign/")!, allowed: ["https://example.org/campaign/download/x.zip"], files: files)
    }()

    private func broken(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBytes { audit.brokenLink(in: $0) }
    }

    @Test func relativeAndOtherSitesLinksPass() {
        #expect(broken(#"<a href="../../cases/x/">x</a><img src="../static/a.jpg" srcset="../a-96w.jpg 96w, ../a-192w.jpg 192w">"#) == nil)
        #expect(broken(##"<a href="https://other.example/x/">x</a><a href="//cdn.example/x">y</a><a href="#main">z</a>"##) == nil)
    }

    @Test func theStandardPlacesMayNameTheSitesFullAddress() {
        #expect(broken(#"<link rel="canonical" href="https://example.org/campaign/cases/x/">"#) == nil)
        #expect(broken(#"<link rel="alternate" hreflang="ru" href="https://example.org/campaign/ru/cases/x/">"#) == nil)
        #expect(broken(#"<meta property="og:url" content="https://example.org/campaign/cases/x/">"#) == nil)
        #expect(broken(#"<a href="https://example.org/campaign/download/x.zip">the copy</a>"#) == nil)
        // The host's other pages, which the site does not write.
        #expect(broken(#"<a href="https://example.org/campaign/press/2024/">press</a>"#) == nil)
    }

    @Test func aLinkFromTheHostsRootOrTheSitesFullAddressIsCaught() {
        #expect(broken(#"<p><a href="/campaign/cases/x/">x</a></p>"#) == "/campaign/cases/x/")
        #expect(broken(#"<img src="x.jpg" srcset="a.jpg 1x, /campaign/b.jpg 2x">"#) == "/campaign/b.jpg")
        #expect(broken(#"<a href="https://EXAMPLE.org/campaign/statements/">s</a>"#) == "https://EXAMPLE.org/campaign/statements/")
        #expect(broken(#"<meta http-equiv="refresh" content="0; url=/campaign/cases/x/">"#) == "/campaign/cases/x/")
        #expect(broken(#"<link rel="stylesheet" href="/campaign/assets/dossier.css">"#) == "/campaign/assets/dossier.css")
    }

    /// A theme of the site's own that links from the host's root stops the build, which says
    /// which page and which link.
    @Test func aThemeThatLinksFromTheRootStopsTheBuild() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let footer = try String(contentsOf: ReferenceEngineTests.repository.appending(path: "templates/footer.mustache"), encoding: .utf8)
        try scratch.write(["templates/footer.mustache": footer.replacingOccurrences(of: "{{links.data}}", with: "/data/")])
        let (report, output) = build(scratch.url)
        #expect(report.written == nil)
        #expect(report.diagnostics.contains { $0.message.contains("links to /data/, which is not relative to the page") })
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
