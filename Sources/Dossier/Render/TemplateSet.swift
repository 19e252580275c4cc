import Foundation
import TemplateEngine

/// The theme's Mustache templates, compiled once per build into one library that both
/// cores render with.
struct TemplateSet: Sendable {
    /// The templates the generator renders pages with; the theme must have every one.
    static let required = ["header", "footer", "home", "cases", "case", "statements", "statement",
                           "signatories", "signatory", "page", "404", "redirect", "groups", "group", "data"]

    let library: TemplateLibrary
    private let displayPaths: [String: String]

    /// Compiles every `*.mustache` file of the theme; `nil` if any has an error.
    init?(theme: Theme, _ diagnostics: inout [Diagnostic]) {
        var sources: [String: String] = [:]
        var displayPaths: [String: String] = [:]
        var failed = false
        for path in theme.files.keys.sorted() where path.hasSuffix(".mustache") {
            guard let file = theme.files[path], let text = theme.text(of: path, &diagnostics) else {
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
            let fix = Suggestion.closest(to: name, among: sources.keys).map { "did you mean '\($0)'?" }
                ?? "create templates/\(name).mustache, or correct the name"
            diagnostics.append(.error(at: location(at), "template error: no partial named '\(name)'", fix: fix))
            failed = true
        }
        for name in Self.required where sources[name] == nil {
            diagnostics.append(.error(at: SourceLocation(path: "templates/\(name).mustache"), "missing template '\(name)'",
                                      fix: "copy templates/\(name).mustache from the default theme"))
            failed = true
        }
        guard !failed else { return nil }
        self.library = library
        self.displayPaths = displayPaths
    }

    /// A warning at each name a template uses that its page can never provide (`{{nmae}}`,
    /// `{{#photo}}{{scr}}{{/photo}}`), with the name it most likely meant.
    /// `strings`: those of every language of the site.
    func unknownNames(strings: [LocalizedStrings]) -> [Diagnostic] {
        let shapes = PageShapes.all(strings: strings.map(\.templateTable))
        return library.unknownNames(shapes).map { unknown in
            let suggestion = Suggestion.closest(to: unknown.part, among: unknown.candidates)
            let meant = suggestion.map { unknown.name == unknown.part ? $0 : unknown.name.replacingOccurrences(of: unknown.part, with: $0) }
            return .warning(at: Self.location(unknown.location, displayPaths),
                            "'\(unknown.name)' is never set on the pages this template renders, so it prints nothing",
                            fix: meant.map { "did you mean '\($0)'?" } ?? "see docs/templates.md for the names each page has")
        }
    }

    private static func location(_ location: TemplateLocation, _ displayPaths: [String: String]) -> SourceLocation {
        SourceLocation(path: displayPaths[location.template] ?? location.template, line: location.line, column: location.column)
    }

    /// The page `template` makes of `context`, as UTF-8.
    func render(_ template: String, _ context: TemplateContext) -> [UInt8] {
        guard let id = library.id(of: template) else { return [] }
        var output: [UInt8] = []
        // A page of the default theme is 10 to 40 KB: the renderer starts with room for one,
        // and the array is made at the page's size when the render is done.
        library.render(id, context.value, into: &output, capacity: 32 * 1024)
        return output
    }
}
