import Foundation

/// Picks and reads the strings file for a language: `strings/kk-KZ.yaml`, else
/// `strings/kk.yaml`. A site's own strings file adds to or replaces keys of the default
/// theme's file of the same language. A language without one is an error: its pages would
/// be marked with its tag and show another language's words.
enum StringsLoader {
    /// The words of each of a site's languages: the main one, and each of `translations:`
    /// by its tag, a missing file reported where site.yaml names the language.
    static func load(_ config: SiteConfig?, files: [String: Theme.File], _ diagnostics: inout [Diagnostic])
        -> (main: LocalizedStrings, others: [String: LocalizedStrings])
    {
        let main = load(language: config?.language ?? "en", files: files, &diagnostics)
        var others: [String: LocalizedStrings] = [:]
        for translation in config?.translations ?? [] {
            others[translation.language] = load(language: translation.language, files: files, at: translation.location, &diagnostics)
        }
        return (main, others)
    }

    /// `location`: where the language is named, `content/site.yaml` unless said.
    static func load(
        language: String, files: [String: Theme.File], at location: SourceLocation? = nil,
        _ diagnostics: inout [Diagnostic]
    ) -> LocalizedStrings {
        let primary = String(language.split(separator: "-").first ?? "en").lowercased()
        let candidates = [language, primary].map { "strings/\($0).yaml" }
        guard let path = candidates.first(where: { files[$0] != nil }) else {
            let shipped = DefaultTheme.files.keys.filter { $0.hasPrefix("strings/") }
                .map { String($0.dropFirst("strings/".count).dropLast(".yaml".count)) }.sorted()
            diagnostics.append(
                .error(
                    at: location ?? SourceLocation(path: "content/site.yaml"),
                    "no strings file for language '\(language)': the theme has no words to write its pages with",
                    fix: "copy templates/strings/en.yaml of the default theme to templates/strings/\(primary).yaml and translate each line"
                        + " (dossier ships \(shipped.joined(separator: ", ")))"
                ))
            return load(language: "en", files: files, &diagnostics)
        }
        var table: [String: Any] = [:]
        if let defaults = DefaultTheme.files[path], let text = String(data: defaults, encoding: .utf8) {
            table = parse(text, path: "templates/\(path) (default theme)", &diagnostics)
        }
        if let file = files[path], !file.isDefault, let text = Theme.text(of: path, in: files, &diagnostics) {
            table.merge(parse(text, path: file.displayPath, &diagnostics)) { _, site in site }
        }
        return LocalizedStrings(language: language, table: table, source: files[path]?.displayPath ?? path, &diagnostics)
    }

    private static func parse(_ text: String, path: String, _ diagnostics: inout [Diagnostic]) -> [String: Any] {
        let source = YAMLSource(path: path, firstLine: 1, yaml: text[...])
        defer { diagnostics += source.diagnostics }
        guard let mapping = source.mapping() else { return [:] }
        return plain(mapping) as? [String: Any] ?? [:]
    }

    /// YAML as strings, lists and dictionaries: every word stays as written ("yes" is not true).
    private static func plain(_ node: YAMLNode) -> Any {
        switch node.kind {
        case .scalar: return node.string ?? ""
        case .sequence: return node.values.map(plain)
        case .mapping:
            var dictionary: [String: Any] = [:]
            for (key, value) in node.entries { dictionary[key.string ?? ""] = plain(value) }
            return dictionary
        }
    }
}
