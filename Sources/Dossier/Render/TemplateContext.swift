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
        values[key] = value
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
        values[key] = strings
        values["has_" + key] = !strings.isEmpty
    }

    mutating func set(_ key: String, raw value: Any) {
        values[key] = value
    }

    /// Adds `other`'s keys, which win over this one's.
    mutating func merge(_ other: TemplateContext) {
        values.merge(other.values) { _, new in new }
    }
}

/// A known key with no value: false in sections, nothing when printed.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
