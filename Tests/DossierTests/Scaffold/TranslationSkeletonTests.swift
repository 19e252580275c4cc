import Dossier
import Foundation
import Testing

/// `dossier new translation`: the main file's words, commented out, beside it; a skeleton
/// that builds as it is, and a translation once its lines are uncommented.
@Suite struct TranslationSkeletonTests {
    static let today = CalendarDay(year: 2025, month: 6, day: 30)

    /// The bilingual fixture without its Russian case, to translate again.
    private func site() throws -> TemporaryFolder {
        let scratch = try TemporaryFolder()
        try scratch.copySite(from: Fixtures.site("bilingual"))
        try FileManager.default.removeItem(at: scratch.url.appending(path: "content/cases/ana-example.ru.md"))
        return scratch
    }

    @Test func theSkeletonHoldsTheMainFilesWordsAsCommentsAndNoFact() throws {
        let scratch = try site()
        defer { scratch.remove() }
        let path = try Scaffolder(siteFolder: scratch.url, today: Self.today).createTranslation(of: "content/cases/ana-example.md", into: "ru")
        #expect(path == "content/cases/ana-example.ru.md")
        let text = try String(contentsOf: scratch.url.appending(path: path), encoding: .utf8)
        #expect(text.contains("\n# name: Ana Example\n"))
        #expect(text.contains("\n# occupation: Journalist, editor of Example Live\n"))
        #expect(text.contains("\n#   - date: 2024-10-10\n#     event: Sentenced to six years in prison.\n"))
        #expect(text.contains("\n#   - Defamation\n"))
        #expect(text.contains("\n#   **Ana Example** ran an investigative outlet.\n"))
        for fact in ["status:", "detained:", "write_to:", "hashtag:", "tags:", "aliases:", "updated:", "private:", "_editor_note", "CANARY-PRIVATE"] {
            #expect(!text.contains(fact), "the skeleton copies '\(fact)'")
        }
        // As written, it builds, and is a draft.
        let (report, _) = build(scratch.url, output: scratch.url.appending(path: "public"))
        #expect(report.succeeded, "\(printed(report.diagnostics))")
        #expect(report.withheld.map(\.file) == ["content/cases/ana-example.ru.md"])
    }

    @Test func anUncommentedSkeletonIsATranslation() throws {
        let scratch = try site()
        defer { scratch.remove() }
        let path = try Scaffolder(siteFolder: scratch.url, today: Self.today).createTranslation(of: "content/cases/ana-example.md", into: "ru")
        let file = scratch.url.appending(path: path)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "# name: Ana Example", with: "name: Ана Экзампл")
            .replacingOccurrences(
                of: "# timeline:\n#   - date: 2024-01\n#     event: Arrested with other Example Live journalists.",
                with: "timeline:\n  - date: 2024-01\n    event: Задержана."
            )
            .replacingOccurrences(of: "draft: true\n", with: "")
        try Data(text.utf8).write(to: file)
        let (report, output) = build(scratch.url, output: scratch.url.appending(path: "public"))
        #expect(report.succeeded, "\(printed(report.diagnostics))")
        let page = try String(contentsOf: output.appending(path: "ru/cases/ana-example/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Ана Экзампл</h1>"))
        #expect(page.contains(#"<span class="timeline__event">Задержана.</span>"#))
    }

    @Test func aLanguageTheSiteDoesNotHaveAndATranslationOfATranslationAreRefused() throws {
        let scratch = try site()
        defer { scratch.remove() }
        let scaffolder = Scaffolder(siteFolder: scratch.url, today: Self.today)
        #expect(throws: Diagnostic.self) { try scaffolder.createTranslation(of: "content/cases/ana-example.md", into: "kk") }
        #expect(throws: Diagnostic.self) { try scaffolder.createTranslation(of: "content/pages/about.ru.md", into: "ru") }
        #expect(throws: Diagnostic.self) { try scaffolder.createTranslation(of: "content/pages/about.md", into: "ru") }
        #expect(throws: Diagnostic.self) { try scaffolder.createTranslation(of: "content/cases/nobody.md", into: "ru") }
        #expect(throws: Diagnostic.self) { try scaffolder.createTranslation(of: "README.md", into: "ru") }
        do {
            _ = try scaffolder.createTranslation(of: "content/cases/ana-example.md", into: "kk")
        } catch {
            #expect(error.message == "'kk' is not a language of this site: content/site.yaml does not list it under 'translations'")
            #expect(error.fix == "its languages: ru; to add this one, write '  kk: {}' under 'translations:' in content/site.yaml")
        }
    }
}
