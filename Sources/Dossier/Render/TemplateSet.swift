import Foundation
import Mustache

/// The theme's Mustache templates, each compiled once per build.
struct TemplateSet {
    /// The templates the generator renders pages with; the theme must have every one.
    static let required = ["header", "footer", "home", "cases", "case", "statements", "statement",
                           "signatories", "signatory", "page", "404", "redirect", "groups", "group", "data"]

    private let library: MustacheLibrary

    /// Compiles every `*.mustache` file of the theme; `nil` if any has an error.
    init?(theme: Theme, _ diagnostics: inout [Diagnostic]) {
        HTMLEscaper.register()
        var library = MustacheLibrary()
        var failed = false
        var names: Set<String> = []
        for path in theme.files.keys.sorted() where path.hasSuffix(".mustache") {
            guard let file = theme.files[path], let text = theme.text(of: path, &diagnostics) else {
                failed = true
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            names.insert(name)
            do {
                library.register(try MustacheTemplate(string: HTMLEscaper.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The parser counts the pragma's line, which the theme's file does not have.
                let line = max(error.context.lineNumber - 1, 1)
                diagnostics.append(.error(
                    at: SourceLocation(path: file.displayPath, line: line, column: error.context.columnNumber + 1),
                    "template error: \(Self.explain(error.error))"
                ))
                failed = true
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: file.displayPath), "template error: \(error)"))
                failed = true
            }
            failed = !Self.checkPartials(in: text, file: file.displayPath, known: theme, &diagnostics) || failed
        }
        for name in Self.required where !names.contains(name) {
            diagnostics.append(.error(at: SourceLocation(path: "templates/\(name).mustache"), "missing template '\(name)'",
                                      fix: "copy templates/\(name).mustache from the default theme"))
            failed = true
        }
        guard !failed else { return nil }
        self.library = library
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// A partial that does not exist renders as nothing in Mustache: catch it here instead.
    private static func checkPartials(in text: String, file: String, known theme: Theme, _ diagnostics: inout [Diagnostic]) -> Bool {
        var ok = true
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let name = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if theme.files[name + ".mustache"] == nil {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    diagnostics.append(.error(at: SourceLocation(path: file, line: lineNumber + 1, column: column),
                                              "template error: no partial named '\(name)'",
                                              fix: "create templates/\(name).mustache, or correct the name"))
                    ok = false
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return ok
    }

    private static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "this closing tag does not match the section it closes"
        case .unfinishedName?: return "a tag is not closed with '}}'"
        case .expectedSectionEnd?: return "a section is never closed with '{{/name}}'"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
