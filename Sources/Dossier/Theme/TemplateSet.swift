import Foundation
import TemplateEngine

/// The theme's Mustache templates, compiled once per build into one library that both
/// cores render with.
struct TemplateSet: Sendable {
    /// The templates the generator renders pages with; the theme must have every one.
    static let required = [
        "header", "footer", "home", "cases", "case", "statements", "statement",
        "signatories", "signatory", "page", "404", "redirect", "groups", "group", "data", "search",
    ]

    let library: TemplateLibrary
    let displayPaths: [String: String]

    /// Compiles every `*.mustache` file of the theme; `nil` if any has an error.
    init?(files: [String: Theme.File], _ diagnostics: inout [Diagnostic]) {
        var sources: [String: String] = [:]
        var displayPaths: [String: String] = [:]
        var failed = false
        for path in files.keys.sorted() where path.hasSuffix(".mustache") {
            guard let file = files[path], let text = Theme.text(of: path, in: files, &diagnostics) else {
                failed = true
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            sources[name] = text
            displayPaths[name] = file.displayPath
        }
        let library = TemplateLibrary(sources: sources)
        func location(_ location: TemplateLocation) -> SourceLocation { Self.location(location, displayPaths) }
        for error in library.errors {
            diagnostics.append(.error(at: location(error.location), "template error: \(error.message)", fix: error.fix))
            failed = true
        }
        // Mustache renders a partial that does not exist as nothing: here it is an error.
        for (at, name) in library.missingPartials {
            let fix =
                Suggestion.closest(to: name, among: sources.keys).map { "did you mean '\($0)'?" }
                ?? "create templates/\(name).mustache, or correct the name"
            diagnostics.append(.error(at: location(at), "template error: no partial named '\(name)'", fix: fix))
            failed = true
        }
        for name in Self.required where sources[name] == nil {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: "templates/\(name).mustache"), "missing template '\(name)'",
                    fix: "copy templates/\(name).mustache from the default theme"))
            failed = true
        }
        guard !failed else { return nil }
        self.library = library
        self.displayPaths = displayPaths
    }

    static func location(_ location: TemplateLocation, _ displayPaths: [String: String]) -> SourceLocation {
        SourceLocation(path: displayPaths[location.template] ?? location.template, line: location.line, column: location.column)
    }
}
