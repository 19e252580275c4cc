import Dossier
import Foundation
import Testing

@Suite struct DeterminismTests {
    @Test(arguments: ["campaign", "bilingual"])
    func twoBuildsOfTheSameInputAreIdentical(_ fixture: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (first, one) = build(Fixtures.site(fixture), output: scratch.url.appending(path: "one"))
        let (second, two) = build(Fixtures.site(fixture), output: scratch.url.appending(path: "two"))
        try #require(first.succeeded && second.succeeded)
        #expect(FolderSnapshot(one) == FolderSnapshot(two))
    }

    @Test func theBuildDateChangesOnlyWhatDependsOnIt() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (_, early) = build(Fixtures.site("campaign"), output: scratch.url.appending(path: "early"), asOf: "2025-06-30")
        let (_, late) = build(Fixtures.site("campaign"), output: scratch.url.appending(path: "late"), asOf: "2025-07-01")
        let changed = FolderSnapshot(late).differences(from: FolderSnapshot(early)).map { $0.split(separator: "\n")[0] }
        // Days in detention show on the case page, the case lists (all, by country, status and
        // tag), the home page, the case data, whose documentation says as of when, and the
        // search index's records, which a result shows; the offline copy holds them all, and
        // its entries are dated by the build's day.
        #expect(
            changed == [
                "changed: assets/search/en/docs-0.js", "changed: assets/search/en/names-0.js",
                "changed: cases.csv", "changed: cases.json", "changed: cases/ana-example/index.html", "changed: cases/index.html",
                "changed: countries/kyrgyzstan/index.html", "changed: data/index.html",
                "changed: download/free-the-fictional-five-offline.zip", "changed: download/free-the-fictional-five-offline.zip.sha256",
                "changed: index.html",
                "changed: status/imprisoned/index.html", "changed: tags/example-live/index.html", "changed: tags/journalists/index.html",
            ])
    }
}
