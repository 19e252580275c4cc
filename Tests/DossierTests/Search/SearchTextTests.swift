import Testing

@testable import Dossier

/// The words of a body as the full-text index reads them: the text cmark wrote, without tags
/// or the addresses of links, its four escapes undone.
@Suite struct SearchTextTests {
    @Test func tagsEndWordsAndEscapesAreUndone() {
        let body = BodyHTML(html: "<p>One</p><p>two &amp; <em>three</em> &lt;four&gt; &quot;five&quot;</p>\n<pre><code>six</code></pre>")
        #expect(SearchKey.words(of: SearchText.words(of: body)) == ["one", "two", "three", "four", "five", "six"])
        #expect(SearchText.words(of: body).contains("two &  three  <four> \"five\""))
    }

    @Test func theAddressesOfLinksAreNotWords() {
        let link = SiteLink("cases/ana-example/", suffix: "#arrest")
        let body = BodyHTML([.html(#"<p>See <a href=""#), .link(link), .html(#"" title="the arrest">her case</a>.</p>"#)])
        let words = SearchKey.words(of: SearchText.words(of: body))
        #expect(words == ["see", "her", "case"])
    }

    @Test func aTagMaySpanSeveralPiecesAndAStrayAmpersandStays() {
        let links = [SiteLink("cases/a/", suffix: ""), SiteLink("static/b.jpg", suffix: "")]
        let body = BodyHTML([
            .html(#"<p>R&D &amp c <a href=""#), .link(links[0]), .html(#"" data-x=""#), .link(links[1]),
            .html(#"">d</a>e<br"#),
        ])
        #expect(SearchText.words(of: body) == " R&D &amp c  d e ")
    }
}
