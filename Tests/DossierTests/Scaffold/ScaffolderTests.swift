import Dossier
import Foundation
import Testing

/// `dossier new`: a file per kind at the slug of its name, never over an existing one, and a
/// new site that builds.
@Suite struct ScaffolderTests {
    static let today = CalendarDay(year: 2025, month: 6, day: 30)

    private func checked(_ folder: URL) -> [String] {
        let report = SiteBuilder(options: BuildOptions(siteFolder: folder, clock: BuildClock(asOf: Self.today))).check()
        return report.diagnostics.map { "\($0.location?.path ?? ""): \($0.message)" }
    }

    @Test func eachKindIsCreatedAtTheSlugOfItsName() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let scaffolder = Scaffolder(siteFolder: scratch.url, today: Self.today)
        _ = try scaffolder.createSite()

        #expect(try scaffolder.create(.case, named: "Думан Мұхаммедкәрім") == "content/cases/duman-mukhammedkarim.md")
        #expect(try scaffolder.create(.statement, named: "Free them: now") == "content/statements/2025-06-30-free-them-now.md")
        #expect(try scaffolder.create(.organization, named: "Fédération Example") == "content/organizations/federation-example.md")
        #expect(try scaffolder.create(.case, named: "王小明", slug: "wang-xiaoming") == "content/cases/wang-xiaoming.md")

        // The skeletons parse: the only problems are the facts a volunteer must still give.
        #expect(
            checked(scratch.url) == [
                "content/cases/duman-mukhammedkarim.md: the required field 'country' is empty",
                "content/cases/wang-xiaoming.md: the required field 'country' is empty",
            ])
        let text = try String(contentsOf: scratch.url.appending(path: "content/cases/duman-mukhammedkarim.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\nname: \"Думан Мұхаммедкәрім\"\n"))
        #expect(text.contains("\ndraft: true"))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write(["content/organizations/human-rights-watch.md": "---\nname: Human Rights Watch\n---\nOurs.\n"])
        let scaffolder = Scaffolder(siteFolder: scratch.url, today: Self.today)
        #expect(throws: Diagnostic.self) { try scaffolder.create(.organization, named: "Human Rights Watch") }
        let text = try String(contentsOf: scratch.url.appending(path: "content/organizations/human-rights-watch.md"), encoding: .utf8)
        #expect(text.hasSuffix("Ours.\n"))
        #expect(throws: Diagnostic.self) { try scaffolder.createSite() }
    }

    @Test func badNamesAndSlugsAreExplained() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let scaffolder = Scaffolder(siteFolder: scratch.url, today: Self.today)
        #expect(throws: Diagnostic.self) { try scaffolder.create(.case, named: "王小明") }
        #expect(throws: Diagnostic.self) { try scaffolder.create(.case, named: "   ") }
        #expect(throws: Diagnostic.self) { try scaffolder.create(.case, named: "Ana", slug: "Ana Example") }
    }

    @Test func aNewSiteBuildsWithoutAProblem() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let site = scratch.url.appending(path: "my-campaign")
        let created = try Scaffolder(siteFolder: site, today: Self.today).createSite()
        #expect(created.count == 5)
        let (report, output) = build(site)
        #expect(report.diagnostics == [])
        #expect(report.succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "cases/ana-example/index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "signatories/example-rights-group/index.html").path))
    }
}
