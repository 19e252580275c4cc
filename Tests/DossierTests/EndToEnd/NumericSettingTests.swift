import Foundation
import Testing

/// Every numeric setting of every command (`SOURCE_DATE_EPOCH`, `--as-of`, `--port`) at its
/// extremes and past them: a value out of range ends the run with exit 64 and a message that
/// names the setting, its range and an example, before anything is read or written; a value
/// in range runs as usual. No run may end by a signal: an overflow stops Swift with SIGILL.
@Suite struct NumericSettingTests {
    /// Numbers no setting takes, and words that are not numbers.
    static let outOfAnyRange = [
        String(Int64.min), String(Int64.min + 1), String(Int64.max), "99999999999999999999", "-99999999999999999999",
        "abc", "1.5", "1e9", " 1",
    ]

    /// Each command that asks which day it is, complete but for that day. `serve` is given an
    /// address it refuses after the day, so that a day wrongly accepted fails the test at once
    /// rather than serving for ever.
    private func dayCommands(in site: URL) -> [[String]] {
        let source = ["--source", site.path]
        return [
            ["build", "--output", site.appending(path: "public").path] + source,
            ["check"] + source,
            ["serve", "--bind", "999.0.0.1"] + source,
            ["new", "case", "Ana Example"] + source,
            ["new", "statement", "Free Ana"] + source,
            ["new", "organization", "Example Watch"] + source,
            ["new", "site", site.appending(path: "new-site").path],
        ]
    }

    /// Runs `arguments` on a copy of the campaign fixture, expecting exit 64, `phrases` in the
    /// message, and the site folder left as it was.
    private func expectUsageError(
        _ arguments: (URL) -> [[String]], environment: [String: String] = [:], saying phrases: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.copySite(from: Fixtures.site("campaign"))
        let before = FolderSnapshot(site.url)
        for command in arguments(site.url) {
            let run = try runDossierProcess(command, owning: site.url, environment: environment)
            let context = Comment(rawValue: "\(environment) dossier \(command.joined(separator: " ")):\n\(run.errors)")
            #expect(!run.signaled, context, sourceLocation: sourceLocation)
            #expect(run.status == 64, context, sourceLocation: sourceLocation)
            for phrase in phrases {
                #expect(run.errors.contains(phrase), context, sourceLocation: sourceLocation)
            }
        }
        #expect(FolderSnapshot(site.url) == before, sourceLocation: sourceLocation)
    }

    @Test(arguments: outOfAnyRange + ["-62135596801", "253402300800", "-1e3"])
    func sourceDateEpochOutOfRangeIsAUsageError(_ value: String) throws {
        try expectUsageError(
            dayCommands, environment: ["SOURCE_DATE_EPOCH": value],
            saying: [
                "SOURCE_DATE_EPOCH must be", "from -62135596800 to 253402300799 (0001-01-01 to 9999-12-31 UTC)", "like 1751241600", "'\(value)'",
            ]
        )
    }

    @Test(arguments: outOfAnyRange + ["-1", "0", "0000-01-01", "10000-01-01", "2025-02-30", "2025-13-01", "2025-6-30"])
    func asOfOutOfRangeIsAUsageError(_ value: String) throws {
        try expectUsageError(
            { site in dayCommands(in: site).map { $0 + ["--as-of=\(value)"] } },
            saying: ["--as-of must be a day from 0001-01-01 to 9999-12-31", "like 2025-06-30", "'\(value)'"])
    }

    @Test(arguments: outOfAnyRange + [String(Int.min), String(Int.max), "-1", "65536"])
    func portOutOfRangeIsAUsageError(_ value: String) throws {
        try expectUsageError(
            { site in [["serve", "--source", site.path, "--port=\(value)"]] },
            saying: ["'--port <port>'", "from 0 to 65535", "like 8080"])
    }

    /// An empty value is ArgumentParser's to name.
    @Test func anEmptyValueIsAMissingValue() throws {
        try expectUsageError(
            { site in dayCommands(in: site).map { $0 + ["--as-of="] } }, saying: ["Missing value for '--as-of <date>'"])
        try expectUsageError(
            { site in [["serve", "--source", site.path, "--port="]] }, saying: ["Missing value for '--port <port>'"])
    }

    /// A day in range: given by `SOURCE_DATE_EPOCH` or `--as-of`, and the exit `check` gives.
    struct InRange: Sendable, CustomTestStringConvertible {
        var epoch: String?
        var asOf: String?
        var status: Int32
        var testDescription: String { epoch.map { "SOURCE_DATE_EPOCH=\($0)" } ?? "--as-of \(asOf ?? "")" }
    }

    /// The first and last moments of the range, and those around 1970, check the campaign as
    /// any other day would: its dates all lie between them, so a day before them is an error
    /// of the content (exit 1), at the dates that come after it.
    @Test(arguments: [
        InRange(epoch: "-62135596800", status: 1), InRange(epoch: "-1", status: 1), InRange(epoch: "0", status: 1),
        InRange(epoch: "253402300799", status: 0), InRange(asOf: "0001-01-01", status: 1),
        InRange(asOf: "9999-12-31", status: 0),
    ])
    func extremesInRangeCheckAsUsual(_ day: InRange) throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.copySite(from: Fixtures.site("campaign"))
        let run = try runDossierProcess(
            ["check", "--source", site.url.path] + (day.asOf.map { ["--as-of", $0] } ?? []), owning: site.url,
            environment: day.epoch.map { ["SOURCE_DATE_EPOCH": $0] } ?? [:])
        #expect(!run.signaled, "\(run.errors)")
        #expect(run.status == day.status, "\(run.errors)")
        if day.status == 1 {
            #expect(run.output.contains("it cannot have happened yet"), "\(run.output)")
        }
    }

    @Test func aBuildAsOfTheLastDayPublishes() throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.copySite(from: Fixtures.site("campaign"))
        let output = site.url.appending(path: "public")
        let run = try runDossierProcess(
            ["build", "--source", site.url.path, "--output", output.path], owning: site.url,
            environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(!run.signaled)
        #expect(run.status == 0, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "index.html").path))
    }
}
