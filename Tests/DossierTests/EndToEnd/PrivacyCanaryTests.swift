import Foundation
import Testing

@testable import Dossier

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
        let kinds = [
            "index.html", "cases/ana-example/index.html", "cases/ana-example/feed.xml", "feed.xml", "cases.json",
            "cases.csv", "statements.json", "signatories.json", "data/index.html", "countries/kyrgyzstan/index.html",
            "status/imprisoned/index.html", "tags/journalists/index.html", "sitemap.xml",
        ]
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

    /// The search index holds the words of the stories only as their keys ("CANARY" is
    /// `canari` there), so the test above cannot see them: this one looks for the keys.
    @Test(arguments: ["campaign", "bilingual"])
    func noPrivateWordReachesTheSearchIndex(_ fixture: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (report, output) = build(Fixtures.site(fixture), output: scratch.url.appending(path: "public"))
        try #require(report.succeeded)
        let index = FolderSnapshot(output).files.filter { $0.key.hasPrefix("assets/search/") }
        let text = index.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        // It does index the public story and names: the key of a word of Ana Example's story,
        // and her native name as written.
        #expect(text.contains("\"\(SearchKey.fold("investigative"))\""))
        #expect(text.contains("Ана Экзампл"))
        for word in ["CANARY", "lawyer's", "RAWHTML", "UNDERSCORE"] {
            let key = SearchKey.fold(word)
            #expect(!text.contains("\"\(key)\""), "the key of \(word), \(key), is in the search index")
        }
    }

    @Test func theCanariesAreReallyInTheContent() throws {
        // Guards the test above: it proves something only while the markers are planted.
        let content = Fixtures.site("campaign").appending(path: "content")
        let planted = FolderSnapshot(content).files.values.filter { $0.range(of: Data("CANARY".utf8)) != nil }
        #expect(planted.count >= 4)
        let translations = FolderSnapshot(Fixtures.site("bilingual").appending(path: "content")).files
            .filter {
                $0.key.hasSuffix(".ru.md") && $0.value.range(of: Data("CANARY-PRIVATE".utf8)) != nil
                    && $0.value.range(of: Data("CANARY-UNDERSCORE".utf8)) != nil
            }
        #expect(!translations.isEmpty)
    }
}
