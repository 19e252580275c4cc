import Dossier
import Foundation
import Testing

/// Builds `Fixtures/sites/<name>/content` as of 2025-06-30 and compares every file written
/// with `Fixtures/sites/<name>/expected`, byte for byte.
@Suite struct GoldenSiteTests {
    @Test(arguments: ["campaign", "photos", "bilingual"])
    func buildMatchesTheGoldenSite(_ name: String) throws {
        let fixture = Fixtures.site(name)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (report, output) = build(fixture, output: scratch.url.appending(path: "public"))
        #expect(!report.diagnostics.hasErrors, "\(printed(report.diagnostics))")
        // The offline copy is held by a golden of its own (OfflineCopyTests): its bytes change
        // with every page.
        var actual = FolderSnapshot(output)
        actual.files = actual.files.filter { !$0.key.hasPrefix("download/") }
        let golden = fixture.appending(path: "expected")
        if Fixtures.isRecording {
            try actual.write(to: golden)
            Issue.record("recorded \(golden.path); run again without DOSSIER_RECORD")
            return
        }
        let differences = actual.differences(from: FolderSnapshot(golden))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))\n(re-record with DOSSIER_RECORD=1 if the change is intended)")
    }

    @Test func theGoldenSiteShowsWhatTheContentSays() throws {
        // A few facts checked directly, so a re-recorded golden cannot hide a regression in them.
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (_, output) = build(Fixtures.site("campaign"), output: scratch.url.appending(path: "public"))
        let casePage = try String(contentsOf: output.appending(path: "cases/ana-example/index.html"), encoding: .utf8)
        #expect(casePage.contains(#"<time datetime="2024-01">January 2024</time>"#))
        #expect(casePage.contains("at least 516 days"))
        #expect(casePage.contains("Article 278, Criminal Code"))
        #expect(casePage.contains("#FreeAna"))
        #expect(casePage.contains("within the framework of the Observatory"))
        #expect(!casePage.contains("javascript:"))
        let released = try String(contentsOf: output.appending(path: "cases/bek-example/index.html"), encoding: .utf8)
        #expect(released.contains("382 days"))
        #expect(!released.contains("at least"))
        let alias = try String(contentsOf: output.appending(path: "cases/example-ana/index.html"), encoding: .utf8)
        #expect(alias.contains("https://campaign.example.org/cases/ana-example/"))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "static/images/ana-example.png").path))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "assets/dossier.css").path))
    }

    @Test func thePhotoSiteShowsEachPhotoUprightInSeveralSizes() throws {
        // The fixture's photo is stored 700 × 500 with orientation 6, and a HEIC.
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (_, output) = build(Fixtures.site("photos"), output: scratch.url.appending(path: "public"))
        let page = try String(contentsOf: output.appending(path: "cases/dana-example/index.html"), encoding: .utf8)
        #expect(
            page.contains(
                #"<source type="image/webp" srcset="../../static/images/dana-example-96w.webp 96w, ../../static/images/dana-example-192w.webp 192w, ../../static/images/dana-example-320w.webp 320w, ../../static/images/dana-example-500w.webp 500w""#
            ))
        #expect(page.contains(#"<img src="../../static/images/dana-example-500w.jpg" srcset="#))
        #expect(page.contains(#"width="500" height="700" alt="Dana Example outdoors, smiling">"#))
        #expect(page.contains(#"<meta property="og:image" content="https://photos.example.org/static/images/dana-example-500w.jpg">"#))
        let heic = try String(contentsOf: output.appending(path: "cases/eli-example/index.html"), encoding: .utf8)
        #expect(heic.contains(#"<img src="../../static/images/eli-example-350w.jpg""#))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "static/images/eli-example.heic").path))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "static/images/eli-example.jpg").path))
        let list = try String(contentsOf: output.appending(path: "cases/index.html"), encoding: .utf8)
        #expect(list.contains(#"sizes="2.25rem" width="96" height="135" alt="" loading="lazy">"#))
    }

    @Test func draftsAndEmbargoesAreLeftOutAndReported() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let (report, output) = build(Fixtures.site("campaign"), output: scratch.url.appending(path: "public"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "cases/cyrus-draft").path))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "statements/2025-03-01-embargoed-appeal").path))
        #expect(report.withheld.map(\.file) == ["content/cases/cyrus-draft.md", "content/statements/2025-03-01-embargoed-appeal.md"])

        let withDrafts = try TemporaryFolder()
        defer { withDrafts.remove() }
        let (_, draftOutput) = build(Fixtures.site("campaign"), output: withDrafts.url.appending(path: "public"), drafts: true)
        #expect(FileManager.default.fileExists(atPath: draftOutput.appending(path: "cases/cyrus-draft/index.html").path))
    }

    @Test func anEmbargoEndsAtItsMoment() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/statements/2025-02-21-x.md": "---\ntitle: X\ndate: 2025-02-21\nkind: news\nembargo: 2025-02-21T09:00+06:00\n---\n",
        ])
        // 09:00 in Bishkek is 03:00 UTC: still embargoed at the start of the day (UTC)...
        let (before, output) = build(scratch.url, asOf: "2025-02-21")
        #expect(before.withheld.count == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "statements/2025-02-21-x").path))
        // ...and published the next day.
        let (after, _) = build(scratch.url, asOf: "2025-02-22")
        #expect(after.withheld.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "statements/2025-02-21-x/index.html").path))
    }
}
