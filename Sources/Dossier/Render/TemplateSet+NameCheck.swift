import TemplateEngine

extension TemplateSet {
    /// A warning at each name a template uses that its page can never provide (`{{nmae}}`,
    /// `{{#photo}}{{scr}}{{/photo}}`), with the name it most likely meant.
    /// `strings`: those of every language of the site.
    func unknownNames(strings: [LocalizedStrings]) -> [Diagnostic] {
        let shapes = PageShapes.all(strings: strings.map(\.templateTable))
        return library.unknownNames(shapes).map { unknown in
            let suggestion = Suggestion.closest(to: unknown.part, among: unknown.candidates)
            let meant = suggestion.map { unknown.name == unknown.part ? $0 : unknown.name.replacingOccurrences(of: unknown.part, with: $0) }
            return .warning(
                at: Self.location(unknown.location, displayPaths),
                "'\(unknown.name)' is never set on the pages this template renders, so it prints nothing",
                fix: meant.map { "did you mean '\($0)'?" } ?? "see docs/templates.md for the names each page has")
        }
    }
}
