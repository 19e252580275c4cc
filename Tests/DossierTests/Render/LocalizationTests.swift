@testable import Dossier
import Foundation
import Testing

@Suite struct PluralRuleTests {
    @Test func russianHasOneFewAndMany() {
        let rule = PluralRule(language: "ru")
        #expect([1, 21, 101].map(rule.category) == ["one", "one", "one"])
        #expect([2, 3, 4, 22, 104].map(rule.category) == ["few", "few", "few", "few", "few"])
        #expect([0, 5, 11, 12, 14, 25, 111].map(rule.category) == Array(repeating: "many", count: 7))
    }

    @Test func englishHasOneAndOther() {
        let rule = PluralRule(language: "en-GB")
        #expect([0, 1, 2].map(rule.category) == ["other", "one", "other"])
    }
}

/// A campaign publishes in another language by choosing it in site.yaml.
@Suite struct SiteLanguageTests {
    private func buildPage(language: String, extra: [String: String] = [:]) throws -> (String, [Diagnostic]) {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: Кампания\nbase_url: https://example.org/\nlanguage: \(language)\n",
            "content/cases/ana.md": "---\nname: Ана\ncountry: Кыргызстан\nstatus: imprisoned\ndetained: 2024-01\nsentenced: 2024-10-10\n---\n",
        ].merging(extra) { $1 })
        let (report, output) = build(scratch.url)
        let page = (try? String(contentsOf: output.appending(path: "cases/ana/index.html"), encoding: .utf8)) ?? ""
        return (page, report.diagnostics)
    }

    @Test func russianDatesCountsAndLabels() throws {
        let (page, diagnostics) = try buildPage(language: "ru")
        #expect(diagnostics.isEmpty)
        #expect(page.contains(#"<html lang="ru">"#))
        #expect(page.contains("10 октября 2024"))
        #expect(page.contains("не менее 516 дней"))
    }

    @Test func aRegionalTagFallsBackToItsLanguage() throws {
        let (page, _) = try buildPage(language: "ru-KZ")
        #expect(page.contains("10 октября 2024"))
    }

    @Test func kazakhDatesCountsAndLabels() throws {
        let (page, diagnostics) = try buildPage(language: "kk")
        #expect(diagnostics.isEmpty)
        #expect(page.contains("2024 жылғы 10 қазан"))
        #expect(page.contains("2024 жылғы қаңтар"))
        #expect(page.contains("кемінде 516 күн"))
        #expect(page.contains("Бас бостандығынан айырылған"))
    }

    @Test func kyrgyzDatesCountsAndLabels() throws {
        let (page, diagnostics) = try buildPage(language: "ky")
        #expect(diagnostics.isEmpty)
        #expect(page.contains("2024-жылдын 10-октябры"))
        #expect(page.contains("2024-жылдын январь айы"))
        #expect(page.contains("кеминде 516 күн"))
        #expect(page.contains("Эркиндигинен ажыратылган"))
    }

    /// Tajik, a language of the region the theme does not ship.
    @Test func anUntranslatedLanguageFallsBackToEnglishWithAWarning() throws {
        let (page, diagnostics) = try buildPage(language: "tg")
        #expect(page.contains("10 October 2024"))
        #expect(diagnostics.map(\.message) == ["no strings file for language 'tg': the theme's words will be in English"])
    }

    @Test func aSiteTranslatesTheThemeWithOneFile() throws {
        var tajik = String(decoding: DefaultTheme.files["strings/en.yaml"]!, as: UTF8.self)
        tajik = tajik.replacingOccurrences(of: "October", with: "октябри")
        let (page, diagnostics) = try buildPage(language: "tg", extra: ["templates/strings/tg.yaml": tajik])
        #expect(diagnostics.isEmpty)
        #expect(page.contains("10 октябри 2024"))
    }
}

@Suite struct PatternFillingTests {
    @Test func fillsEveryKnownPlaceholder() {
        #expect("{day} {month} {year}".filling(["day": "10", "month": "October", "year": "2024"]) == "10 October 2024")
        #expect("{n} дней".filling(["n": "1 000"]) == "1 000 дней")
    }

    @Test func leavesUnknownAndUnclosedBracesAsWritten() {
        #expect("{month} {era} {year".filling(["month": "May", "year": "2020"]) == "May {era} {year")
        #expect("{{n}}".filling(["n": "5"]) == "{5}")
    }

    /// A value is never filled in again, whatever order the names come in.
    @Test func doesNotFillPlaceholdersInsideValues() {
        #expect("{a}{b}".filling(["a": "{b}", "b": "x"]) == "{b}x")
    }
}
