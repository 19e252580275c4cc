import Foundation
import Testing

@testable import Dossier

/// A preview that puts a saved file in place must show exactly what a whole build of the same
/// content shows, file for file; and anything it cannot put in place builds the whole site.
@Suite struct LivePreviewTests {
    /// A preview of `folder` as of `day`, its pictures processed into a cache beside it.
    private func builder(_ folder: URL, day: String = "2025-06-30") -> SiteBuilder {
        var options = BuildOptions(siteFolder: folder, clock: BuildClock(asOf: PartialDate(day)!.earliestDay))
        options.imageCache = folder.appending(path: "cache/images", directoryHint: .isDirectory)
        return SiteBuilder(options: options)
    }

    /// Every file of a preview, rendered.
    private func rendered(_ files: [OutputFile]?) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in try #require(files) { result[file.path] = try file.data() }
        return result
    }

    /// A copy of a fixture, previewed once in a session. The caller removes it.
    private func previewedCopy(of fixture: String = "campaign") throws -> (TemporaryFolder, SiteBuilder, PreviewSession) {
        let scratch = try TemporaryFolder()
        try scratch.copySite(from: Fixtures.site(fixture))
        let session = PreviewSession()
        let builder = builder(scratch.url)
        #expect(builder.preview(changed: nil, in: session).outcome == .rebuilt(.firstBuild))
        return (scratch, builder, session)
    }

    /// A whole build of the folder as it is now, in a session of its own.
    private func wholeBuild(_ folder: URL) throws -> [String: Data] {
        try rendered(builder(folder).preview(changed: nil, in: PreviewSession()).files)
    }

    /// A whole build of `folder` gives exactly `update`'s files, byte for byte.
    private func expectWholeBuild(of folder: URL, gives update: [String: Data]) throws {
        let whole = try wholeBuild(folder)
        #expect(Set(update.keys) == Set(whole.keys))
        for path in whole.keys.sorted() where update[path] != whole[path] {
            Issue.record("\(path) differs from a whole build's")
        }
    }

    @Test func savedFilesPutInPlaceGiveWhatAWholeBuildGives() throws {
        let (scratch, builder, session) = try previewedCopy()
        defer { scratch.remove() }

        // A case's facts (the date of arrest shows in every list) and story, and a statement's
        // text: nothing the resolver reads.
        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        let statementFile = scratch.url.appending(path: "content/statements/2025-01-10-free-ana.md")
        try String(contentsOf: caseFile, encoding: .utf8)
            .replacingOccurrences(of: "editor of Example Live", with: "editor in chief of Example Live")
            .replacingOccurrences(of: "detained: 2024-01", with: "detained: 2024-02")
            .replacingOccurrences(of: "ran an investigative outlet.", with: "ran an investigative outlet for ten years.")
            .write(to: caseFile, atomically: false, encoding: .utf8)
        try (String(contentsOf: statementFile, encoding: .utf8) + "\nA new paragraph.\n")
            .write(to: statementFile, atomically: false, encoding: .utf8)
        let updated = builder.preview(changed: [caseFile.path, statementFile.path], in: session)
        #expect(updated.outcome == .inPlace)
        #expect(updated.diagnostics.filter { $0.severity == .error }.isEmpty)
        let update = try rendered(updated.files)
        #expect(String(decoding: update["cases/index.html"] ?? Data(), as: UTF8.self).contains("February 2024"))
        #expect(String(decoding: update["cases.json"] ?? Data(), as: UTF8.self).contains("editor in chief of Example Live"))
        try expectWholeBuild(of: scratch.url, gives: update)
    }

    /// A native name and a statement's title are read by no other page but the search, which
    /// finds each page by its names in every spelling: saved, they reach the index in place.
    @Test func aSavedSpellingReachesTheSearchInPlace() throws {
        let (scratch, builder, session) = try previewedCopy()
        defer { scratch.remove() }

        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        let statementFile = scratch.url.appending(path: "content/statements/2025-01-10-free-ana.md")
        try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "native_name: Ана Экзампл", with: "native_name: Анна Экзамплова")
            .write(to: caseFile, atomically: false, encoding: .utf8)
        try String(contentsOf: statementFile, encoding: .utf8)
            .replacingOccurrences(of: #"title: "Kyrgyzstan: free Ana Example""#, with: #"title: "Kyrgyzstan: release Ana Example""#)
            .write(to: statementFile, atomically: false, encoding: .utf8)
        let updated = builder.preview(changed: [caseFile.path, statementFile.path], in: session)
        #expect(updated.outcome == .inPlace)
        let update = try rendered(updated.files)
        let index = update.filter { $0.key.hasPrefix("assets/search/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(index.contains("Анна Экзамплова"))
        #expect(!index.contains("Ана Экзампл\""))
        #expect(index.contains("release Ana Example"))
        try expectWholeBuild(of: scratch.url, gives: update)
    }

    @Test func whatTheResolverReadsMakesAWholeBuild() throws {
        let (scratch, builder, session) = try previewedCopy()
        defer { scratch.remove() }

        // A status moves the case to another group; a new file is not in the last site.
        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "status: imprisoned", with: "status: released")
            .write(to: caseFile, atomically: false, encoding: .utf8)
        let moved = builder.preview(changed: [caseFile.path], in: session)
        #expect(moved.outcome == .rebuilt(.outwardChange("content/cases/ana-example.md")))
        #expect(try rendered(moved.files) == (try wholeBuild(scratch.url)))

        try scratch.write(["content/cases/new-case.md": "---\nname: New Case\ncountry: Kyrgyzstan\nstatus: detained\n---\n"])
        let added = builder.preview(changed: [scratch.url.appending(path: "content/cases/new-case.md").path], in: session)
        #expect(added.outcome == .rebuilt(.addedOrRemoved("content/cases/new-case.md")))
        #expect(try rendered(added.files)["cases/new-case/index.html"] != nil)

        // An editor's swap file is not content: the preview stays as it was, in place.
        let swap = scratch.url.appending(path: "content/cases/.ana-example.md.swp").path
        #expect(builder.preview(changed: [swap], in: session).outcome == .inPlace)

        // Nor is a file that came and went before the watcher told (vim's test file "4913").
        let gone = scratch.url.appending(path: "content/cases/4913").path
        #expect(builder.preview(changed: [gone], in: session).outcome == .inPlace)

        // The settings change every page.
        let settings = scratch.url.appending(path: "content/site.yaml").path
        #expect(builder.preview(changed: [settings], in: session).outcome == .rebuilt(.notContent("content/site.yaml")))
        #expect(builder.preview(changed: nil, in: session).outcome == .rebuilt(.unknownChanges))
    }

    @Test func anErrorInASavedFileIsReportedByAWholeBuild() throws {
        let (scratch, builder, session) = try previewedCopy()
        defer { scratch.remove() }
        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "detained: 2024-01", with: "detained: 2024-13")
            .write(to: caseFile, atomically: false, encoding: .utf8)
        let broken = builder.preview(changed: [caseFile.path], in: session)
        #expect(broken.files == nil)
        #expect(broken.diagnostics.contains { $0.location?.path == "content/cases/ana-example.md" && $0.severity == .error })
        #expect(broken.outcome == .rebuilt(.hasErrors("content/cases/ana-example.md")))
        // Until it builds again, there is nothing to put a file into.
        #expect(builder.preview(changed: [caseFile.path], in: session).outcome == .rebuilt(.lastBuildFailed))
    }

    @Test func aNewDayMakesAWholeBuild() throws {
        let (scratch, _, session) = try previewedCopy()
        defer { scratch.remove() }
        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        try (String(contentsOf: caseFile, encoding: .utf8) + "\nOne more line.\n").write(to: caseFile, atomically: false, encoding: .utf8)
        let nextDay = builder(scratch.url, day: "2025-07-01").preview(changed: [caseFile.path], in: session)
        #expect(nextDay.outcome == .rebuilt(.newDay))
        let page = String(decoding: try rendered(nextDay.files)["cases/ana-example/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("at least 517 days"))
    }

    /// A saved translation is put in place like a main file: the Russian pages change, and
    /// the site is what a whole build makes of it.
    @Test func aSavedTranslationIsPutInPlace() throws {
        let (scratch, builder, session) = try previewedCopy(of: "bilingual")
        defer { scratch.remove() }
        let translation = scratch.url.appending(path: "content/cases/ana-example.ru.md")
        let statement = scratch.url.appending(path: "content/statements/2025-01-10-free-ana.ru.md")
        try String(contentsOf: translation, encoding: .utf8)
            .replacingOccurrences(of: "Журналистка, редактор Example Live", with: "Журналистка, главный редактор Example Live")
            .replacingOccurrences(of: "  - date: 2024-10-10\n", with: "  - date: 2024-01\n    event: Задержана.\n  - date: 2024-10-10\n")
            .write(to: translation, atomically: false, encoding: .utf8)
        try String(contentsOf: statement, encoding: .utf8).replacingOccurrences(of: "освободите", with: "немедленно освободите")
            .write(to: statement, atomically: false, encoding: .utf8)
        // A fact of a main file, which every language shows.
        let main = scratch.url.appending(path: "content/cases/bek-example.md")
        try String(contentsOf: main, encoding: .utf8).replacingOccurrences(of: "released: 2021-04-01", with: "released: 2021-05-01")
            .write(to: main, atomically: false, encoding: .utf8)
        let updated = builder.preview(changed: [translation.path, statement.path, main.path], in: session)
        #expect(updated.outcome == .inPlace)
        let update = try rendered(updated.files)
        let page = String(decoding: update["ru/cases/ana-example/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("главный редактор"))
        #expect(page.contains(#"<span class="timeline__event">Задержана.</span>"#))
        #expect(String(decoding: update["ru/index.html"] ?? Data(), as: UTF8.self).contains("немедленно освободите"))
        #expect(String(decoding: update["ru/cases/bek-example/index.html"] ?? Data(), as: UTF8.self).contains("1 мая 2021"))
        try expectWholeBuild(of: scratch.url, gives: update)

        // A new timeline date is an error, which a whole build reports.
        try String(contentsOf: translation, encoding: .utf8).replacingOccurrences(of: "date: 2024-01", with: "date: 2024-02")
            .write(to: translation, atomically: false, encoding: .utf8)
        let broken = builder.preview(changed: [translation.path], in: session)
        #expect(broken.outcome == .rebuilt(.hasErrors("content/cases/ana-example.ru.md")))
        #expect(broken.files == nil)
        #expect(broken.diagnostics.contains { $0.location?.path == "content/cases/ana-example.ru.md" && $0.severity == .error })
    }
}
