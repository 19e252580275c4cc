import Foundation
import Testing

/// A build killed at any moment (`kill -9`, a power cut) leaves nothing the next build cannot
/// finish: each test stops one at a point of its work (`KillPoint`, in debug builds only),
/// then builds again, and the output must be exactly what a build of the same content into
/// an empty folder writes, with nothing of dossier's own left beside it.
@Suite struct KilledBuildTests {
    /// Where a rebuild is stopped: reading the content, writing the temporary copies of the
    /// changed files, renaming them into place, removing the files the site no longer has.
    @Test(arguments: ["reading:2", "copies:1", "copies:3", "renaming:1", "renaming:3", "removing:1"])
    func aRebuildKilledAnywhereIsFinishedByTheNext(_ point: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let output = scratch.url.appending(path: "public")
        try #require(try build(scratch, into: output).status == 0)
        try change(scratch.url)

        let killed = try build(scratch, into: output, killAt: point)
        #expect(killed.status == SIGKILL, "the build was not stopped at \(point)")
        #expect(try build(scratch, into: output).status == 0)
        try expectSameAsAFreshBuild(of: scratch, in: output)
    }

    /// A first build writes into a folder beside the output, which takes its place at the end.
    @Test(arguments: ["staging:1", "staging:20", "swapping:1"])
    func aFirstBuildKilledAnywhereIsFinishedByTheNext(_ point: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let output = scratch.url.appending(path: "public")
        // An empty output folder is moved aside, not written into.
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

        let killed = try build(scratch, into: output, killAt: point)
        #expect(killed.status == SIGKILL, "the build was not stopped at \(point)")
        #expect(try build(scratch, into: output).status == 0)
        try expectSameAsAFreshBuild(of: scratch, in: output)
    }

    /// A case's facts change (its pages and the lists with them), and a free page goes.
    private func change(_ site: URL) throws {
        let file = site.appending(path: "content/cases/ana-example.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "detained: 2024-01", with: "detained: 2024-02")
            .write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appending(path: "content/pages/about.md"))
    }

    private func build(_ scratch: TemporaryFolder, into output: URL, killAt point: String? = nil) throws -> (status: Int32, errors: String) {
        try runDossier(
            ["build", "--as-of", "2025-06-30", "--source", scratch.url.path, "--output", output.path], owning: scratch.url,
            environment: point.map { ["DOSSIER_KILL_AT": $0] } ?? [:])
    }

    private func expectSameAsAFreshBuild(of scratch: TemporaryFolder, in output: URL) throws {
        let fresh = scratch.url.appending(path: "fresh")
        try #require(try build(scratch, into: fresh).status == 0)
        let differences = FolderSnapshot(output).differences(from: FolderSnapshot(fresh)).map { $0.split(separator: "\n")[0] }
        #expect(differences == [])
        let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.contains(".dossier") }
        #expect(beside == [], "left beside the output")
    }
}
