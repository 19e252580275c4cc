import Dossier
import Foundation
import Synchronization
import Testing

/// A build says how far it has come: first the files it checks, then every file it writes.
@Suite struct ProgressTests {
    @Test func aBuildReportsCheckingThenEveryFileWritten() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let events = Mutex<[BuildProgress]>([])
        let options = BuildOptions(
            siteFolder: scratch.url, clock: BuildClock(asOf: CalendarDay(year: 2025, month: 6, day: 30)),
            progress: { progress in events.withLock { $0.append(progress) } }
        )
        let report = SiteBuilder(options: options).build()
        let written = try #require(report.written)
        let seen = events.withLock { $0 }

        let markdown = try FileManager.default.subpathsOfDirectory(atPath: scratch.url.appending(path: "content").path)
            .filter { $0.hasSuffix(".md") }
        #expect(seen.first == BuildProgress(stage: .checking, done: 0, total: markdown.count))
        // The campaign's one static file, its photo.
        #expect(
            seen.filter { $0.stage == .pictures } == [
                BuildProgress(stage: .pictures, done: 0, total: 1),
                BuildProgress(stage: .pictures, done: 1, total: 1),
            ])
        let writing = seen.filter { $0.stage == .writing }
        #expect(writing.first == BuildProgress(stage: .writing, done: 0, total: written.files))
        #expect(writing.map(\.done).max() == written.files)
        #expect(writing.allSatisfy { $0.total == written.files })
    }
}
