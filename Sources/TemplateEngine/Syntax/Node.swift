/// One piece of a compiled template. A template is a tree of a handful of kinds of node,
/// with every name split and hashed and every partial found when the template set is
/// compiled, so rendering only walks the tree.
enum Node: Sendable {
    /// Bytes printed as they are; they may hold several lines.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(NamePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(NamePath, Block)
    /// `{{^name}}…{{/name}}`.
    case inverted(NamePath, Block)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides. `indentation` is the
    /// whitespace before a standalone tag, added to each line the partial prints.
    case partial(Partial, indentation: [UInt8], overrides: [TemplateName: Block]?)
    /// `{{$name}}default{{/name}}`: the default, unless a parent's caller overrides it.
    /// A block whose tag stands alone is indented as its default's first line is, that line
    /// included (`firstLine`); another is indented by the whitespace before its tag.
    case block(TemplateName, Block, indentation: [UInt8], firstLine: Bool)
}

/// The nodes of a section, block or template.
final class Block: Sendable {
    let nodes: [Node]

    init(_ nodes: [Node]) {
        self.nodes = nodes
    }
}

/// A name as a tag writes it: `.`, `name`, `page.title` or `.title` (only the current context).
struct NamePath: Sendable {
    /// Empty for `.`, the current context.
    let parts: [TemplateName]
    /// `.title`: looked up in the current context only, not in those around it.
    let anchored: Bool
    /// Where the tag is, for the names check.
    let location: TemplateLocation

    /// The name as the template wrote it.
    var written: String {
        parts.isEmpty ? "." : (anchored ? "." : "") + parts.map(\.text).joined(separator: ".")
    }
}

/// The partial a tag names.
enum Partial: Sendable {
    /// Named in the tag: an index into the set, or `nil` when the set has no such template.
    case fixed(name: String, index: Int?, location: TemplateLocation)
    /// `{{>*name}}`: the partial's name is the value of `name`.
    case dynamic(NamePath)
}

/// A position in a template's source, counted from 1.
public struct TemplateLocation: Sendable, Hashable, Comparable {
    public let template: String
    public let line: Int
    public let column: Int

    public static func < (lhs: TemplateLocation, rhs: TemplateLocation) -> Bool {
        (lhs.template, lhs.line, lhs.column) < (rhs.template, rhs.line, rhs.column)
    }
}
