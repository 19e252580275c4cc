import Foundation
import Testing

@testable import Dossier

/// Processed pictures are kept between builds: a rebuild encodes none, a changed picture is
/// encoded again, and the cache lives beside the site.
@Suite struct ImageCacheTests {
    @Test func aRebuildEncodesNothingAndAChangedPictureIsEncodedAgain() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try ImageCanaryTests.markedSite(in: scratch)
        let (first, output) = build(scratch.url)
        try #require(first.succeeded)
        // 15 files, 10 distinct pictures: the same bytes under body/ and unused/ share an
        // entry, which both cores may make at once.
        #expect((10...15).contains(first.encodedImages))
        let published = FolderSnapshot(output)

        let (second, _) = build(scratch.url)
        #expect(second.succeeded)
        #expect(second.encodedImages == 0)
        #expect(FolderSnapshot(output) == published, "a picture from the cache differs from the one first made")

        // One picture changed: only it is encoded again, and the site shows the new one.
        let changed = scratch.url.appending(path: "content/static/unused/png-example.png")
        try MarkedImage.make(.png, width: 30, height: 20).write(to: changed)
        let (third, _) = build(scratch.url)
        #expect(third.encodedImages == 1)
        let republished = try Data(contentsOf: output.appending(path: "static/unused/png-example.png"))
        #expect(republished != published.files["static/unused/png-example.png"])
        // The cache keeps what this build used, not every version: ten pictures, and the new one.
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appending(path: "cache/images").path)
        #expect(entries.filter { !$0.hasPrefix(".") }.count == 11)
    }

    @Test func aPreviewAfterASaveEncodesOnlyTheSavedPicture() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try ImageCanaryTests.markedSite(in: scratch)
        let options = BuildOptions(siteFolder: scratch.url, clock: BuildClock(asOf: CalendarDay(year: 2025, month: 6, day: 30)))
        let builder = SiteBuilder(options: options)
        let session = PreviewSession()
        let first = try #require(builder.preview(changed: nil, in: session).site)
        #expect(first.images.encoded > 0)
        let picture = scratch.url.appending(path: "content/static/images/webp-example.webp")
        try MarkedImage.make(.webp, width: 50, height: 30).write(to: picture)
        let second = try #require(builder.preview(changed: [picture.path], in: session).site)
        #expect(second.images.encoded == 1)
        // A whole rebuild, as after a save the preview cannot put in place.
        let third = try #require(builder.preview(changed: nil, in: session).site)
        #expect(third.images.encoded == 0)
    }

    @Test func theCacheIsInTheSiteFolderAndNewSiteKeepsItOutOfGit() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let options = BuildOptions(siteFolder: scratch.url, clock: BuildClock(asOf: CalendarDay(year: 2025, month: 6, day: 30)))
        #expect(options.imageCache.path == scratch.url.appending(path: "cache/images").path)
        _ = try Scaffolder(siteFolder: scratch.url, today: CalendarDay(year: 2025, month: 6, day: 30)).createSite()
        let ignored = try String(contentsOf: scratch.url.appending(path: ".gitignore"), encoding: .utf8)
        #expect(ignored.split(separator: "\n").contains("/cache/"))
    }
}
