import Dossier
import Foundation
import Testing

/// `dossier check` reports what `build` would, in three formats, and writes nothing.
@Suite struct CheckTests {
    static let day = BuildClock(asOf: CalendarDay(year: 2025, month: 6, day: 30))

    private func check(_ site: URL) -> CheckReport {
        SiteBuilder(options: BuildOptions(siteFolder: site, clock: Self.day)).check()
    }

    @Test(arguments: Fixtures.invalidCases())
    func everyFormatReportsTheInvalidFixtures(_ name: String) throws {
        let fixture = Fixtures.invalid(name)
        let report = check(fixture)
        #expect(report.exitCode == 1)

        // Text is what `build` prints (the fixture's expected.txt), then the counts.
        let text = CheckReportFormat.text.format(report)
        let diagnostics = try String(contentsOf: fixture.appending(path: "expected.txt"), encoding: .utf8)
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.count - errors
        #expect(text.hasPrefix(diagnostics))
        #expect(text.hasSuffix("check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"))

        // JSON is one object whose counts agree with the diagnostics.
        let json = CheckReportFormat.json.format(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == errors)
        #expect((object["diagnostics"] as? [Any])?.count == report.diagnostics.count)

        let github = CheckReportFormat.github.format(report)
        #expect(github.split(separator: "\n").filter { $0.hasPrefix("::error ") }.count == errors)

        try compare(json, golden: fixture.appending(path: "expected-check.json"))
        try compare(github, golden: fixture.appending(path: "expected-check-github.txt"))
    }

    /// The fixture's one warning is a statement naming the draft case.
    @Test func aSoundSiteChecksCleanAndListsWhatABuildLeavesOut() throws {
        let report = check(Fixtures.site("campaign"))
        #expect(report.exitCode == 0)
        #expect(!report.withheld.isEmpty)
        let text = CheckReportFormat.text.format(report)
        #expect(text.contains("Left out of a normal build:\n  content/cases/cyrus-draft.md: draft (--drafts includes it)\n"))
        #expect(text.hasSuffix("check: 0 errors, 1 warning\n"))
        #expect(CheckReportFormat.text.format(CheckReport(diagnostics: [], withheld: [])) == "check: no problems found\n")
        #expect(CheckReportFormat.json.format(report).contains("\"reason\" : \"draft\""))
        #expect(CheckReportFormat.github.format(report).contains("::notice file=content/cases/cyrus-draft.md::left out of a normal build: draft"))
    }

    /// Per language: the files not translated yet, and what each translation leaves to its
    /// main file (a field, the story, a charge, a timeline entry by date, a source).
    @Test func translationCoverageIsReportedInEveryFormat() throws {
        let fixture = Fixtures.site("bilingual")
        let report = check(fixture)
        #expect(report.exitCode == 0)
        let coverage = try #require(report.translations.first)
        #expect(report.translations.map(\.language) == ["ru"])
        #expect((coverage.translated, coverage.total) == (4, 9))
        #expect(coverage.untranslatedFiles.contains("content/cases/bek-example.md"))
        #expect(
            coverage.incomplete.first { $0.file == "content/cases/ana-example.ru.md" }?.missing
                == ["native_name", "court", "facility", "charges[2]", "timeline 2024-01", "sources[2]"])
        for (format, name) in [
            (CheckReportFormat.text, "expected-check.txt"), (.json, "expected-check.json"), (.github, "expected-check-github.txt"),
        ] {
            try compare(format.format(report), golden: fixture.appending(path: name))
        }
    }

    @Test func checkWritesNothing() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        _ = check(scratch.url)
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(entries == ["content"])
    }

    /// GitHub reads `,` and `:` in a property and a line break in a message as syntax.
    @Test func githubCommandsEscapeWhatGitHubWouldRead() {
        let report = CheckReport(
            diagnostics: [
                .error(at: SourceLocation(path: "content/cases/a,b:c.md", line: 3, column: 1), "100% wrong", fix: "first\nsecond")
            ], withheld: [])
        let github = CheckReportFormat.github.format(report)
        #expect(github.hasPrefix("::error file=content/cases/a%2Cb%3Ac.md,line=3,col=1,title=dossier::100%25 wrong%0Anote: first%0Asecond\n"))
    }

    /// The command itself: its exit codes are what scripts and CI read.
    @Test func theCommandExitsWithOneOnErrorsAndZeroOtherwise() throws {
        #expect(try run(["check", "--source", Fixtures.invalid("references").path, "--format", "github"]) == 1)
        #expect(try run(["check", "--source", Fixtures.site("campaign").path, "--as-of", "2025-06-30"]) == 0)
        #expect(try run(["check", "--format", "xml"]) == 64)
    }

    private func run(_ arguments: [String]) throws -> Int32 {
        // `swift test` builds the command beside the test bundle.
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appending(path: "dossier")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no dossier binary in \(folder.path)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func compare(_ actual: String, golden: URL) throws {
        if Fixtures.isRecording {
            try Data(actual.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without DOSSIER_RECORD")
            return
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
