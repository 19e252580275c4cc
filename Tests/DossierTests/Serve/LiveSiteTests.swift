import Foundation
import Testing

@testable import Dossier
@testable import DossierServe

/// How the preview answers each kind of address, as a static host would, plus what only a
/// preview adds.
@Suite struct LiveSiteTests {
    private func site(_ files: [String: String], banners: [String: String] = [:]) async -> LiveSite {
        let site = LiveSite()
        await site.show(files.map { path, text in OutputFile(path: path, contents: .rendered { text }) }, banners: banners)
        return site
    }

    @Test func addressesAreServedAsAStaticHostServesThem() async {
        let site = await site(
            [
                "index.html": "<html><body class=\"x\"><p>home</p></body></html>",
                "cases/a/index.html": "<html><body><p>a</p></body></html>",
                "404.html": "<html><body><p>not here</p></body></html>",
                "feed.xml": "<feed/>",
                "cases.csv": "slug\r\n",
            ], banners: ["cases/a/index.html": "Draft: <not published>"])

        let home = await site.file(at: "/")
        #expect(home.status == 200 && home.contentType == "text/html; charset=utf-8")
        let page = String(decoding: home.body, as: UTF8.self)
        #expect(page.contains("<p>home</p>") && page.contains("/__dossier/changes?after=\" + version"))
        #expect(page.range(of: "<script>")!.lowerBound < page.range(of: "</body>")!.lowerBound)

        let draft = String(decoding: await site.file(at: "/cases/a/").body, as: UTF8.self)
        #expect(draft.contains("<body>\n<div role=\"note\""))
        #expect(draft.contains("Draft: &lt;not published&gt;"))

        let bare = await site.file(at: "/cases/a")
        #expect(bare.status == 301 && bare.location == "/cases/a/")
        let missing = await site.file(at: "/cases/b/")
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self).contains("not here"))
        #expect(await site.file(at: "/feed.xml").contentType == "application/atom+xml; charset=utf-8")
        #expect(await site.file(at: "/cases.csv").contentType == "text/csv; charset=utf-8")
        #expect(String(decoding: await site.file(at: "/feed.xml").body, as: UTF8.self) == "<feed/>")
    }

    @Test func aFailedBuildShowsItsErrorsInPlaceOfPagesOnly() async {
        let site = await site(["index.html": "<html><body></body></html>", "assets/dossier.css": "body {}"])
        await site.show(failure: [
            .error(
                at: SourceLocation(path: "content/cases/a.md", line: 3, column: 9), "unknown status 'x'",
                fix: "did you mean 'detained'?")
        ])
        let page = await site.file(at: "/")
        #expect(page.status == 500)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains("content/cases/a.md:3:9") && html.contains("unknown status &#39;x&#39;") && html.contains("did you mean"))
        #expect(await site.file(at: "/assets/dossier.css").status == 200)
    }

    @Test func aWaitingPageLearnsOfTheNextVersionAtOnce() async {
        let site = await site(["index.html": "<html><body></body></html>"])
        let known = await site.version
        async let next = site.version(after: known, timeout: .seconds(10))
        try? await Task.sleep(for: .milliseconds(50))
        await site.show(failure: [])
        #expect(await next == known + 1)
        // With no change, the wait ends with the same version.
        #expect(await site.version(after: known + 1, timeout: .milliseconds(50)) == known + 1)
    }
}
