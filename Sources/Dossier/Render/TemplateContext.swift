import Mustache

/// What one template sees. It never holds an empty value, so `{{#key}}` in a template means
/// "known", and every list `x` comes with `has_x`.
///
/// A key set to nothing holds `Absent` rather than being left out: Mustache looks a missing
/// key up in the enclosing contexts, so a source without a `url` inside a case would print
/// the case's own `url`. `Absent` stops that lookup and renders as nothing.
struct TemplateContext {
    private(set) var values: [String: Any] = [:]

    init() {}

    init(_ build: (inout TemplateContext) -> Void) {
        build(&self)
    }

    mutating func set(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { values[key] = Absent(); return }
        values[key] = TemplateText(value)
    }

    mutating func set(_ key: String, _ value: TemplateContext?) {
        guard let value else { values[key] = Absent(); return }
        values[key] = value.values
    }

    mutating func set(_ key: String, _ value: Int) {
        values[key] = value
    }

    mutating func set(_ key: String, _ value: Bool) {
        values[key] = value
    }

    mutating func set(_ key: String, list: [TemplateContext]) {
        values[key] = list.map(\.values)
        values["has_" + key] = !list.isEmpty
    }

    mutating func set(_ key: String, strings: [String]) {
        values[key] = strings.map(TemplateText.init)
        values["has_" + key] = !strings.isEmpty
    }

    /// A value made for templates already, like `TemplateText.wrapping` of a YAML table.
    mutating func set(_ key: String, raw value: Any) {
        values[key] = value
    }

    /// Adds `other`'s keys, which win over this one's.
    mutating func merge(_ other: TemplateContext) {
        values.merge(other.values) { _, new in new }
    }

    /// Adds `other`'s keys to the context at `key` (`page`), where they win.
    mutating func merge(_ other: TemplateContext, into key: String) {
        var nested = values[key] as? [String: Any] ?? [:]
        nested.merge(other.values) { _, new in new }
        values[key] = nested
    }
}

/// A known key with no value: false in sections, nothing when printed.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Text as templates see it. swift-mustache prints a plain `String` through
/// `String(describing:)` after four failed casts, and inside `{{#text}}…{{/text}}` looks every
/// name up through `Mirror`; this type takes the library's short paths instead. Nearly every
/// value on a page is text, so this is most of what a page costs to render.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }

    /// Text has no fields; a name inside its section is looked up in the enclosing contexts.
    func child(named: String) -> Any? { nil }

    /// The library's own transforms of text (`uppercased`, `capitalized`, …).
    func transform(_ name: String) -> Any? { text.transform(name) }

    /// A YAML value with every string in it wrapped.
    static func wrapping(_ value: Any) -> Any {
        switch value {
        case let text as String: TemplateText(text)
        case let table as [String: Any]: table.mapValues(wrapping)
        case let list as [Any]: list.map(wrapping)
        default: value
        }
    }
}
