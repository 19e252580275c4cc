import Foundation
import Testing

@testable import Dossier

@Suite struct ThemeTests {
    @Test func theDefaultThemeTravelsInsideTheBinary() {
        for name in TemplateSet.required {
            #expect(DefaultTheme.files["\(name).mustache"] != nil, "missing \(name).mustache")
        }
        #expect(DefaultTheme.files["strings/en.yaml"] != nil)
        #expect(DefaultTheme.files["strings/ru.yaml"] != nil)
        #expect(DefaultTheme.files["assets/dossier.css"] != nil)
    }

    @Test func theEmbeddedThemeIsTheRepositorysTemplatesFolder() throws {
        let templates = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "templates/case.mustache")
        #expect(DefaultTheme.files["case.mustache"] == (try Data(contentsOf: templates)))
    }

    @Test func aSiteTemplateReplacesTheDefaultOfTheSameName() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        try scratch.write(["templates/page.mustache": "{{> header}}<p>OVERRIDE {{title}}</p>{{> footer}}\n"])
        let (report, output) = build(scratch.url)
        try #require(report.succeeded)
        let about = try String(contentsOf: output.appending(path: "about/index.html"), encoding: .utf8)
        #expect(about.contains("<p>OVERRIDE About</p>"))
        let casePage = try String(contentsOf: output.appending(path: "cases/ana-example/index.html"), encoding: .utf8)
        #expect(casePage.contains("Ana Example"))
    }

    @Test func everyValueFromContentIsEscaped() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: <b>T</b>\nbase_url: https://example.org/\n",
            "content/cases/ana.md": "---\nname: \"<script>x</script>\"\ncountry: A & B\nstatus: detained\n---\n",
        ])
        let (_, output) = build(scratch.url)
        let page = try String(contentsOf: output.appending(path: "cases/ana/index.html"), encoding: .utf8)
        #expect(!page.contains("<script>x"))
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        // Inside JSON-LD, which is not HTML-escaped, no text can close the script element.
        #expect(page.contains(#""name":"\u003cscript\u003ex\u003c/script\u003e""#))
        #expect(page.contains("A &amp; B"))
    }

    @Test func rawHTMLPassesOnlyWhenTheSiteAllowsIt() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let body = "<abbr title=\"x\">UN</abbr> [x](https://example.org/)\n"
        try scratch.write([
            "content/site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/pages/about.md": "---\ntitle: About\n---\n" + body,
        ])
        let (_, output) = build(scratch.url)
        let safe = try String(contentsOf: output.appending(path: "about/index.html"), encoding: .utf8)
        #expect(!safe.contains("<abbr"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))

        try scratch.write(["content/site.yaml": "title: T\nbase_url: https://example.org/\nunsafe_html: true\n"])
        _ = build(scratch.url)
        let unsafe = try String(contentsOf: output.appending(path: "about/index.html"), encoding: .utf8)
        #expect(unsafe.contains("<abbr title=\"x\">UN</abbr>"))
    }

    /// Script links are refused in both modes; `Fixtures/invalid/unsafe-links` has the ways
    /// a browser still reads one.
    @Test(arguments: [false, true]) func aScriptLinkStopsTheBuildWithOrWithoutRawHTML(_ unsafe: Bool) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: T\nbase_url: https://example.org/\nunsafe_html: \(unsafe)\n",
            "content/pages/about.md": "---\ntitle: About\n---\nRead [this](javascript:alert(1)).\n",
        ])
        let (report, output) = build(scratch.url)
        #expect(!report.succeeded)
        #expect(printed(report.diagnostics).contains("content/pages/about.md:4:6: error: the link 'javascript:alert(1)' would run a script"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
