import Dossier
import Foundation
import Testing

/// The fixture plants `CANARY-…` markers in `private:`, in `_` keys, in a draft, behind an
/// embargo and in raw HTML, and the bilingual fixture in a translation's `private:` and `_`
/// keys too. None may reach any file of the output, in any language.
@Suite struct PrivacyCanaryTests {
    @Test(arguments: ["campaign", "bilingual"])
    func noPrivateMarkerReachesAnyOutputFile(_ fixture: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (report, output) = build(Fixtures.site(fixture), output: scratch.url.appending(path: "public"))
        try #require(report.succeeded)
        let snapshot = FolderSnapshot(output)
        // Every kind of file the site has is among those searched: pages, feeds, open data,
        // filters, the sitemap.
        let kinds = ["index.html", "cases/ana-example/index.html", "cases/ana-example/feed.xml", "feed.xml", "cases.json",
                     "cases.csv", "statements.json", "signatories.json", "data/index.html", "countries/kyrgyzstan/index.html",
                     "status/imprisoned/index.html", "tags/journalists/index.html", "sitemap.xml"]
        let prefixes = fixture == "bilingual" ? ["", "ru/"] : [""]
        for prefix in prefixes {
            for path in kinds where prefix.isEmpty || path != "sitemap.xml" {
                #expect(snapshot.files[prefix + path] != nil, "\(prefix + path) was not written")
            }
        }
        for (path, data) in snapshot.files {
            #expect(data.range(of: Data("CANARY".utf8)) == nil, "\(path) contains a canary")
        }
    }

    @Test func theCanariesAreReallyInTheContent() throws {
        // Guards the test above: it proves something only while the markers are planted.
        let content = Fixtures.site("campaign").appending(path: "content")
        let planted = FolderSnapshot(content).files.values.filter { $0.range(of: Data("CANARY".utf8)) != nil }
        #expect(planted.count >= 4)
        let translations = FolderSnapshot(Fixtures.site("bilingual").appending(path: "content")).files
            .filter { $0.key.hasSuffix(".ru.md") && $0.value.range(of: Data("CANARY-PRIVATE".utf8)) != nil
                && $0.value.range(of: Data("CANARY-UNDERSCORE".utf8)) != nil }
        #expect(!translations.isEmpty)
    }
}
