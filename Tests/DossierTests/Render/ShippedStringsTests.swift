@testable import Dossier
import Foundation
import Testing

/// Every strings file the default theme ships is a whole translation of `en.yaml`: its keys in
/// its order, the plural forms its own language needs, twelve months, and no diagnostic.
@Suite struct ShippedStringsTests {
    /// `en`, `kk`, `ky`, `ru`: every `strings/<language>.yaml` of the default theme.
    static let languages = DefaultTheme.files.keys
        .filter { $0.hasPrefix("strings/") && $0.hasSuffix(".yaml") }
        .map { String($0.dropFirst("strings/".count).dropLast(".yaml".count)) }
        .sorted()

    /// Read with a default when absent: a language that does not group digits leaves it out.
    private static let optionalKeys: Set = ["number_group_separator"]

    @Test func theThemeShipsItsLanguages() {
        #expect(Set(Self.languages).isSuperset(of: ["en", "kk", "ky", "ru"]))
    }

    @Test(arguments: languages) func loadsWithoutDiagnostics(_ language: String) {
        var diagnostics: [Diagnostic] = []
        _ = StringsLoader.load(language: language, files: Self.defaultTheme, &diagnostics)
        #expect(diagnostics.isEmpty, "\(printed(diagnostics))")
    }

    @Test(arguments: languages) func hasTheKeysOfEnglish(_ language: String) {
        let english = Set(Self.keyPaths(Self.table("en"))), own = Set(Self.keyPaths(Self.table(language)))
        #expect(english.subtracting(own).sorted() == [], "missing from \(language).yaml")
        #expect(own.subtracting(english).subtracting(Self.optionalKeys).sorted() == [], "not in en.yaml")
    }

    @Test(arguments: languages) func listsTheKeysInTheOrderOfEnglish(_ language: String) {
        let english = Self.keyPathsInOrder(language: "en"), own = Self.keyPathsInOrder(language: language)
        let (expected, actual) = (english.filter(own.contains), own.filter(english.contains))
        let first = zip(expected, actual).first { $0 != $1 }
        #expect(first == nil, "\(language).yaml has '\(first?.1 ?? "")' where en.yaml has '\(first?.0 ?? "")'")
    }

    /// `other`, and every category the language's rule gives a whole number; no form it never uses.
    @Test(arguments: languages) func hasThePluralFormsOfItsLanguage(_ language: String) {
        let rule = PluralRule(language: language)
        let needed = Set((0...1_000).map(rule.category)).union(["other"])
        let table = Self.table(language)
        for set in LocalizedStrings.pluralSets {
            let forms = table[set] as? [String: Any] ?? [:]
            #expect(Set(forms.keys) == needed, "\(language).yaml: \(set)")
            for (category, form) in forms {
                #expect((form as? String)?.contains("{n}") == true, "\(language).yaml: \(set).\(category) has no {n}")
            }
        }
    }

    @Test(arguments: languages) func namesTwelveMonths(_ language: String) {
        let table = Self.table(language)
        #expect((table["months"] as? [Any])?.count == 12, "\(language).yaml: months")
        if let genitive = table["months_genitive"] {
            #expect((genitive as? [Any])?.count == 12, "\(language).yaml: months_genitive")
        }
    }
}

private extension ShippedStringsTests {
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
            guard let nested = value as? [String: Any], !LocalizedStrings.pluralSets.contains(path) else { return [path] }
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
            let isPluralForm = parents.first.map { LocalizedStrings.pluralSets.contains($0.key) } ?? false
            if !isPluralForm { paths.append((parents.map(\.key) + [String(key)]).joined(separator: ".")) }
            parents.append((indent, String(key)))
        }
        return paths.filter { !optionalKeys.contains($0) }
    }
}
