import Foundation
import Testing

@testable import Dossier

/// A test for each language the theme ships, and one for the other-only rule, with numbers
/// that tell each rule from the others.
@Suite struct PluralRuleTests {
    /// "21 one": each number with its category, in the order given, so a failure reads as a table.
    private func categories(_ language: String, _ numbers: [Int]) -> [String] {
        let rule = PluralRule(language: language)
        return numbers.map { "\($0) \(rule.category(for: $0))" }
    }

    /// The integer samples CLDR publishes with each rule (plurals.xml, `@integer`): every
    /// sample must take the category CLDR lists it under.
    @Test(arguments: [
        ("en", ["one": [1], "other": [0] + Array(2...16) + [100, 1_000, 10_000, 100_000, 1_000_000]]),
        ("kk", ["one": [1], "other": [0] + Array(2...16) + [100, 1_000, 10_000, 100_000, 1_000_000]]),
        ("ky", ["one": [1], "other": [0] + Array(2...16) + [100, 1_000, 10_000, 100_000, 1_000_000]]),
        (
            "ru",
            [
                "one": [1, 21, 31, 41, 51, 61, 71, 81, 101, 1_001],
                "few": Array(2...4) + Array(22...24) + Array(32...34) + Array(42...44) + Array(52...54) + [62, 102, 1_002],
                "many": [0] + Array(5...19) + [100, 1_000, 10_000, 100_000, 1_000_000],
            ]
        ),
    ])
    func followsCLDRsSamples(_ language: String, _ samples: [String: [Int]]) {
        let rule = PluralRule(language: language)
        for (category, numbers) in samples {
            #expect(numbers.filter { rule.category(for: $0) != category } == [], "\(language) \(category)")
        }
    }

    @Test func englishHasOneAndOther() {
        #expect(categories("en", [0, 1, 2, 11, 21, 101]) == ["0 other", "1 one", "2 other", "11 other", "21 other", "101 other"])
        #expect(categories("en-GB", [1, 2]) == ["1 one", "2 other"])
    }

    @Test func russianHasOneFewAndMany() {
        #expect(
            categories("ru", [1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 0]) == [
                "1 one", "2 few", "5 many", "11 many", "12 many", "21 one", "22 few", "25 many", "101 one", "111 many", "0 many",
            ])
        #expect(categories("ru", [3, 4, 14, 104]) == ["3 few", "4 few", "14 many", "104 few"])
    }

    @Test func kazakhHasOneAndOther() {
        #expect(categories("kk", [0, 1, 2, 21]) == ["0 other", "1 one", "2 other", "21 other"])
        #expect(categories("kk-KZ", [1, 2]) == ["1 one", "2 other"])
    }

    @Test func kyrgyzHasOneAndOther() {
        #expect(categories("ky", [0, 1, 2, 21]) == ["0 other", "1 one", "2 other", "21 other"])
        #expect(categories("ky-KG", [1, 2]) == ["1 one", "2 other"])
    }

    @Test func chineseHasOnlyOther() {
        #expect(categories("zh", [0, 1, 2]) == ["0 other", "1 other", "2 other"])
    }
}

/// A campaign publishes in another language by choosing it in site.yaml.
@Suite struct SiteLanguageTests {
    private func buildPage(language: String, extra: [String: String] = [:]) throws -> (String, [Diagnostic]) {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write(
            [
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
        #expect(page.contains("2024-ж., 10-октябрь"))
        #expect(page.contains("2024-ж., январь"))
        #expect(page.contains("кеминде 516 күн"))
        #expect(page.contains("Эркиндигинен ажыратылган"))
    }

    /// Tajik, a language of the region the theme does not ship: its pages would say
    /// `lang="tg"` over English words, so the build stops and says which file to add.
    @Test func aLanguageWithoutAStringsFileIsAnErrorThatSaysWhichFileToAdd() throws {
        let (page, diagnostics) = try buildPage(language: "tg")
        #expect(page.isEmpty)
        #expect(diagnostics.map(\.message) == ["no strings file for language 'tg': the theme has no words to write its pages with"])
        #expect(
            diagnostics.first?.fix
                == "copy templates/strings/en.yaml of the default theme to templates/strings/tg.yaml and translate each line (dossier ships en, kk, ky, ru)"
        )
    }

    /// A translation's language too, reported where site.yaml names it.
    @Test func aTranslationsLanguageWithoutAStringsFileIsAnErrorAtItsLine() throws {
        let (_, diagnostics) = try buildPage(
            language: "ru",
            extra: [
                "content/site.yaml": "title: Кампания\nbase_url: https://example.org/\nlanguage: ru\ntranslations:\n  kk: {}\n  tg: {}\n"
            ])
        #expect(
            printed(diagnostics).split(separator: "\n").first
                == "content/site.yaml:6:3: error: no strings file for language 'tg': the theme has no words to write its pages with")
    }

    @Test func aSiteTranslatesTheThemeWithOneFile() throws {
        let tajik = String(decoding: DefaultTheme.files["strings/en.yaml"]!, as: UTF8.self)
            .replacingOccurrences(of: "Imprisoned", with: "Дар ҳабс")
        let (page, diagnostics) = try buildPage(language: "tg", extra: ["templates/strings/tg.yaml": tajik])
        #expect(diagnostics.isEmpty)
        #expect(page.contains("Дар ҳабс"))
        // The months are CLDR's Tajik ones.
        #expect(page.contains("10 Октябр 2024"))
    }

    /// A campaign's strings file can write every form its own way: here, Russian months in
    /// the genitive, a month alone in the nominative, and a thin space between digit groups.
    @Test func aSitesStringsFileNamesItsOwnMonthsAndSeparator() throws {
        let russian = String(decoding: DefaultTheme.files["strings/ru.yaml"]!, as: UTF8.self)
        let own =
            "months: [Январь, Февраль, Март, Апрель, Май, Июнь, Июль, Август, Сентябрь, Октябрь, Ноябрь, Декабрь]\n"
            + "months_genitive: [Января, Февраля, Марта, Апреля, Мая, Июня, Июля, Августа, Сентября, Октября, Ноября, Декабря]\n"
            + "number_group_separator: \"\\u2009\"\n"
        let (page, diagnostics) = try buildPage(language: "ru", extra: ["templates/strings/ru.yaml": own + russian])
        #expect(diagnostics.isEmpty)
        #expect(page.contains("10 Октября 2024"))
        #expect(page.contains("Январь 2024"))
    }

    /// A language CLDR does not know has no month names but its strings file's.
    @Test func aLanguageCLDRDoesNotKnowNamesItsMonths() throws {
        let english = String(decoding: DefaultTheme.files["strings/en.yaml"]!, as: UTF8.self)
        let (_, diagnostics) = try buildPage(language: "xq", extra: ["templates/strings/xq.yaml": english])
        #expect(diagnostics.map(\.message).contains("missing 'months': a list of the 12 month names (CLDR has none for 'xq')"))
    }
}

@Suite struct TextPatternTests {
    /// The pattern filled with `values` by name, as the strings file's patterns are.
    private func fill(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String {
        TextPattern(pattern, names: values.map(\.key)).filled { values[$0].value }
    }

    @Test func fillsEveryKnownPlaceholder() {
        #expect(fill("{day} {month} {year}", ["day": "10", "month": "October", "year": "2024"]) == "10 October 2024")
        #expect(fill("{n} дней", ["n": "1 000"]) == "1 000 дней")
        #expect(fill("{year} оны {month}ын {day}", ["day": "9", "month": "3-р сар", "year": "2024"]) == "2024 оны 3-р сарын 9")
    }

    @Test func leavesUnknownAndUnclosedBracesAsWritten() {
        #expect(fill("{month} {era} {year", ["month": "May", "year": "2020"]) == "May {era} {year")
        #expect(fill("{{n}}", ["n": "5"]) == "{5}")
        #expect(fill("", ["n": "5"]) == "")
    }

    /// A value is never filled in again, whatever order the names come in.
    @Test func doesNotFillPlaceholdersInsideValues() {
        #expect(fill("{a}{b}", ["a": "{b}", "b": "x"]) == "{b}x")
    }
}
