import Foundation
import Yams

/// Picks and reads the strings file for a site's language: `strings/kk-KZ.yaml`, else
/// `strings/kk.yaml`, else English with a warning. A site's own strings file adds to or
/// replaces keys of the default theme's file of the same language.
enum StringsLoader {
    static func load(language: String, theme: Theme, _ diagnostics: inout [Diagnostic]) -> LocalizedStrings {
        let primary = String(language.split(separator: "-").first ?? "en").lowercased()
        let candidates = [language, primary, "en"].map { "strings/\($0).yaml" }
        let path = candidates.first { theme.files[$0] != nil } ?? "strings/en.yaml"
        if path == "strings/en.yaml", primary != "en" {
            diagnostics.append(.warning(
                at: SourceLocation(path: "content/site.yaml"),
                "no strings file for language '\(language)': the theme's words will be in English",
                fix: "translate templates/strings/en.yaml of the default theme into templates/strings/\(primary).yaml"
            ))
        }
        var table: [String: Any] = [:]
        if let defaults = DefaultTheme.files[path], let text = String(data: defaults, encoding: .utf8) {
            table = parse(text, path: "templates/\(path) (default theme)", &diagnostics)
        }
        if let file = theme.files[path], !file.isDefault,
           let text = theme.text(of: path, &diagnostics) {
            table.merge(parse(text, path: file.displayPath, &diagnostics)) { _, site in site }
        }
        return LocalizedStrings(language: language, table: table, source: theme.files[path]?.displayPath ?? path, &diagnostics)
    }

    private static func parse(_ text: String, path: String, _ diagnostics: inout [Diagnostic]) -> [String: Any] {
        let source = YAMLSource(path: path, firstLine: 1, yaml: text[...])
        defer { diagnostics += source.diagnostics }
        guard let mapping = source.compose() else { return [:] }
        return plain(.mapping(mapping)) as? [String: Any] ?? [:]
    }

    /// YAML as strings, lists and dictionaries: every word stays as written ("yes" is not true).
    private static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(plain)
        case .mapping(let mapping):
            var dictionary: [String: Any] = [:]
            for (key, value) in mapping { dictionary[key.string ?? ""] = plain(value) }
            return dictionary
        case .alias: return ""
        }
    }
}
