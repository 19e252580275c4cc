import Foundation
import Testing

@testable import Dossier

/// Every strings file the default theme ships is a whole translation of `en.yaml`: its keys in
/// its order, the plural forms its own language needs, dates as CLDR writes them, and no
/// diagnostic.
@Suite struct ShippedStringsTests {
    /// `en`, `kk`, `ky`, `ru`: every `strings/<language>.yaml` of the default theme.
    static let languages = DefaultTheme.files.keys
        .filter { $0.hasPrefix("strings/") && $0.hasSuffix(".yaml") }
        .map { String($0.dropFirst("strings/".count).dropLast(".yaml".count)) }
        .sorted()

    @Test func theThemeShipsItsLanguages() {
        #expect(Set(Self.languages).isSuperset(of: ["en", "kk", "ky", "ru"]))
    }

    @Test(arguments: languages) func loadsWithoutDiagnostics(_ language: String) {
        var diagnostics: [Diagnostic] = []
        _ = StringsLoader.load(language: language, files: Self.defaultTheme, &diagnostics)
        #expect(diagnostics.isEmpty, "\(printed(diagnostics))")
    }

    @Test(arguments: languages) func hasTheKeysOfEnglish(_ language: String) {
        let english = Set(Self.keyPaths(Self.table("en")))
        let own = Set(Self.keyPaths(Self.table(language)))
        #expect(english.subtracting(own).sorted() == [], "missing from \(language).yaml")
        #expect(own.subtracting(english).sorted() == [], "not in en.yaml")
    }

    @Test(arguments: languages) func listsTheKeysInTheOrderOfEnglish(_ language: String) {
        let english = Self.keyPathsInOrder(language: "en")
        let own = Self.keyPathsInOrder(language: language)
        let (expected, actual) = (english.filter(own.contains), own.filter(english.contains))
        let first = zip(expected, actual).first { $0 != $1 }
        #expect(first == nil, "\(language).yaml has '\(first?.1 ?? "")' where en.yaml has '\(first?.0 ?? "")'")
    }

    /// `other`, and every category the language's rule gives a whole number; no form it never uses.
    @Test(arguments: languages) func hasThePluralFormsOfItsLanguage(_ language: String) {
        let rule = PluralRule(language: language)
        let needed = Set((0...1_000).map(rule.category)).union(["other"])
        let table = Self.table(language)
        for set in Self.pluralSets {
            let forms = table[set] as? [String: Any] ?? [:]
            #expect(Set(forms.keys) == needed, "\(language).yaml: \(set)")
            for (category, form) in forms {
                #expect((form as? String)?.contains("{n}") == true, "\(language).yaml: \(set).\(category) has no {n}")
            }
        }
    }

    /// Each shipped pattern, filled with CLDR's month names, writes what CLDR writes for the
    /// same date (British English for `en`, which puts the day first), but for the year's
    /// abbreviation: Russian leaves out CLDR's "г.", and Kazakh writes "жылғы" in full where
    /// CLDR writes "ж.".
    @Test(arguments: languages) func writesDatesAsCLDRDoes(_ language: String) throws {
        var diagnostics: [Diagnostic] = []
        let strings = StringsLoader.load(language: language, files: Self.defaultTheme, &diagnostics)
        let locale = Locale(identifier: language == "en" ? "en_GB" : language)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        func cldr(_ date: PartialDate, _ template: String) -> String {
            formatter.setLocalizedDateFormatFromTemplate(template)
            let day = calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1))!
            // CLDR ties the year to its abbreviation with a narrow no-break space, which goes with it.
            let written = formatter.string(from: day).replacingOccurrences(of: "\u{202F}", with: " ")
            return switch language {
            case "ru": written.replacingOccurrences(of: " г.", with: "")
            case "kk": written.replacingOccurrences(of: " ж.", with: " жылғы")
            default: written
            }
        }
        for month in 1...12 {
            let day = try #require(PartialDate("2024-\(String(month).leftPadded(to: 2))-\(month == 2 ? 29 : 10)"))
            #expect(strings.text(day) == cldr(day, "yMMMMd"), "\(language): \(day)")
            let monthOnly = try #require(PartialDate("2024-\(String(month).leftPadded(to: 2))"))
            #expect(strings.text(monthOnly) == cldr(monthOnly, "yMMMM"), "\(language): \(monthOnly)")
        }
    }

    /// Digits are grouped as CLDR groups them, from five digits on ("1000 дней", "12 345 дней").
    @Test(arguments: languages) func groupsDigitsAsCLDRDoes(_ language: String) {
        var diagnostics: [Diagnostic] = []
        let strings = StringsLoader.load(language: language, files: Self.defaultTheme, &diagnostics)
        let separator = Locale(identifier: language).groupingSeparator ?? ""
        #expect(strings.count("days", 1_000).contains("1000"))
        #expect(strings.count("days", 12_345).contains("12\(separator)345"))
    }
}

private extension ShippedStringsTests {
    /// Every plural set a shipped file has: the counts, and the lists' descriptions.
    static let pluralSets = LocalizedStrings.pluralSets + LocalizedStrings.descriptionSets

    /// The theme inside the binary, with no site folder over it.
    static let defaultTheme: [String: Theme.File] = DefaultTheme.files.reduce(into: [:]) { files, entry in
        files[entry.key] = Theme.File(contents: entry.value, displayPath: "templates/\(entry.key) (default theme)", isDefault: true)
    }

    /// One shipped file as the generator reads it.
    static func table(_ language: String) -> [String: Any] {
        var diagnostics: [Diagnostic] = []
        return StringsLoader.load(language: language, files: defaultTheme, &diagnostics).table
    }

    /// `status.detained`, `data_fields.cases.slug`: every key, nested ones by their path. A
    /// plural set counts as one key, since its forms are the language's own.
    static func keyPaths(_ table: [String: Any], under prefix: String = "") -> [String] {
        table.flatMap { key, value -> [String] in
            let path = prefix + key
            guard let nested = value as? [String: Any], !pluralSets.contains(path) else { return [path] }
            return [path] + keyPaths(nested, under: path + ".")
        }
    }

    /// The same paths in the order the file writes them, read from its lines by indentation.
    static func keyPathsInOrder(language: String) -> [String] {
        let text = String(decoding: DefaultTheme.files["strings/\(language).yaml"] ?? Data(), as: UTF8.self)
        var parents: [(indent: Int, key: String)] = []
        var paths: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let indent = line.prefix { $0 == " " }.count
            let key = line.dropFirst(indent).prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            guard !key.isEmpty, line.dropFirst(indent + key.count).hasPrefix(":") else { continue }
            parents.removeAll { $0.indent >= indent }
            let isPluralForm = parents.first.map { pluralSets.contains($0.key) } ?? false
            if !isPluralForm { paths.append((parents.map(\.key) + [String(key)]).joined(separator: ".")) }
            parents.append((indent, String(key)))
        }
        return paths
    }
}
