import Dossier
import Foundation
import Testing

/// A build that fails leaves the previous site exactly as it was.
@Suite struct AtomicityTests {
    @Test func aContentErrorLeavesThePreviousSiteIntact() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let before = FolderSnapshot(output)

        try scratch.write(["content/cases/broken.md": "---\nname: Broken\nstatus: jailed\n---\n"])
        let (bad, _) = build(scratch.url)
        #expect(bad.written == nil)
        #expect(bad.diagnostics.hasErrors)
        #expect(FolderSnapshot(output) == before)
    }

    @Test func aBadPictureLeavesThePreviousSiteIntact() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let before = FolderSnapshot(output)

        // The case's photo replaced by its first half, as an upload that stopped.
        let photo = scratch.url.appending(path: "content/static/images/ana-example.png")
        let png = try Data(contentsOf: photo)
        try png.prefix(png.count / 2).write(to: photo)
        let (bad, _) = build(scratch.url)
        #expect(bad.written == nil)
        #expect(
            printed(bad.diagnostics).contains(
                "content/cases/ana-example.md:21:8: error: the picture /static/images/ana-example.png is damaged or cut short"))
        #expect(FolderSnapshot(output) == before)
    }

    @Test func aFailureWhileWritingLeavesThePreviousSiteIntact() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let before = FolderSnapshot(output)

        // Prepare a build, then take away the files it is about to copy: the processed pictures.
        var options = BuildOptions(siteFolder: scratch.url, clock: BuildClock(asOf: CalendarDay(year: 2025, month: 7, day: 1)))
        options.imageCache = scratch.url.appending(path: "cache/images")
        let files = try #require(SiteBuilder(options: options).prepare().files)
        try FileManager.default.removeItem(at: scratch.url.appending(path: "cache"))
        #expect(throws: SiteWriter.WriteError.self) { try SiteWriter(output: output).write(files) }

        #expect(FolderSnapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.contains("dossier-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aRebuildReplacesTheSiteWhole() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let (_, output) = build(scratch.url)
        try FileManager.default.removeItem(at: scratch.url.appending(path: "content/pages/about.md"))
        let (again, _) = build(scratch.url)
        try #require(again.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "about").path))
    }
}
