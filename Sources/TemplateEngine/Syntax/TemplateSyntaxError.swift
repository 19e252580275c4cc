/// A template that cannot be compiled, with where and why.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case unclosedTag
        case unclosedSection(String)
        case mismatchedClose(expected: String?, found: String)
        case invalidName(String)
        case invalidDelimiters
        case unsupportedTransform(String)
        case unsupportedPragma
        case notAllowedInParent
    }

    public let location: TemplateLocation
    public let reason: Reason

    /// What went wrong, in words a theme author can act on.
    public var message: String {
        switch reason {
        case .unclosedTag: "a tag is not closed with its end delimiter ('}}')"
        case .unclosedSection(let name): "the section '\(name)' is never closed with '{{/\(name)}}'"
        case .mismatchedClose(let expected?, let found):
            "'{{/\(found)}}' closes a section, but the section open here is '\(expected)'"
        case .mismatchedClose(nil, let found): "'{{/\(found)}}' closes a section that was never opened"
        case .invalidName(let name): "'\(name)' is not a name a tag can hold (letters, digits, '.', '-', '_' and '?')"
        case .invalidDelimiters: "invalid set-delimiter tag: write it like {{=<% %>=}}"
        case .unsupportedTransform(let name): "'\(name)' calls a transform, which Mustache does not have"
        case .unsupportedPragma: "pragma tags ({{% … }}) are not supported"
        case .notAllowedInParent: "inside {{<parent}}…{{/parent}} only {{$block}} overrides may stand"
        }
    }

    /// How to mend it, where there is one obvious way.
    public var fix: String? {
        switch reason {
        case .unclosedTag: "end the tag with '}}'"
        case .unclosedSection(let name): "add '{{/\(name)}}' where the section ends"
        case .mismatchedClose(let expected?, _): "close it with '{{/\(expected)}}'"
        case .mismatchedClose(nil, _): "remove the tag, or open the section with '{{#…}}' before it"
        case .invalidName: nil
        case .invalidDelimiters: nil
        case .unsupportedTransform: "compute the value in dossier and print it with '{{name}}'"
        case .unsupportedPragma: "remove the tag"
        case .notAllowedInParent: "move the other tags into a '{{$block}}…{{/block}}'"
        }
    }
}
