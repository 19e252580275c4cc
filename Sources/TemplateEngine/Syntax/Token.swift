/// One piece of a template as the scanner cuts it: text runs, line breaks and tags.
enum Token: Equatable {
    /// Text up to the next tag or line break. A "\r" with no "\n" after it is a text token of
    /// its own, because it can end a standalone tag's line (see `Tag.restOfLine`).
    case text(ArraySlice<UInt8>)
    /// The spaces and tabs that start a line or follow a tag: the indentation that the
    /// standalone rules drop, or move into a partial's or a block's indentation.
    case blanks(ArraySlice<UInt8>)
    /// "\n" or "\r\n".
    case lineEnd(ArraySlice<UInt8>)
    case tag(Tag)

    /// The bytes of a text, blanks or line-end token (they keep their offsets in the template).
    var bytes: ArraySlice<UInt8>? {
        switch self {
        case .text(let bytes), .blanks(let bytes), .lineEnd(let bytes): bytes
        case .tag: nil
        }
    }
}

/// A tag, checked and read: `{{#name}}`, `{{> name}}`, `{{! … }}`.
struct Tag: Equatable {
    /// What follows the opening delimiter; `nil` for a variable (`{{name}}`).
    let sigil: Sigil?
    /// The name as written, without the spaces around it; a dynamic partial's (`{{>*name}}`)
    /// starts with `*`. Empty for comments and delimiter changes.
    let name: String
    /// Where the opening delimiter is.
    let location: TemplateLocation
    /// When only spaces and tabs follow the tag on its line: the offsets of those and of the
    /// line break, which a standalone tag takes with it. A lone "\r" counts as a line break
    /// here, as swift-mustache has it. Empty when the tag ends the template; `nil` when spaces
    /// end the template after the tag, or anything else follows it.
    let restOfLine: Range<Int>?
}

/// The character after a tag's opening delimiter that says what the tag is.
enum Sigil: Character {
    case section = "#"
    case inverted = "^"
    case close = "/"
    case comment = "!"
    /// `{{{name}}}`: printed as it is.
    case triple = "{"
    /// `{{&name}}`: printed as it is.
    case ampersand = "&"
    case partial = ">"
    /// `{{<name}}…{{/name}}`: a partial with the blocks it overrides.
    case parent = "<"
    case block = "$"
    /// `{{=<% %>=}}`.
    case delimiters = "="
}
