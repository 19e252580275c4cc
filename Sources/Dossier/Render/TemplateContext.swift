import TemplateEngine

/// What one template sees. It never holds an empty value, so `{{#key}}` in a template means
/// "known", and every list `x` comes with `has_x`.
///
/// A key set to nothing holds `null` rather than being left out: Mustache looks a missing
/// key up in the enclosing contexts, so a source without a `url` inside a case would print
/// the case's own `url`. `null` stops that lookup and renders as nothing.
struct TemplateContext: Sendable {
    private(set) var object = TemplateObject()

    init() {}

    /// A context made whole at once, as the summaries kept for a whole build are: it holds
    /// no room for more keys.
    init(_ build: (inout TemplateContext) -> Void) {
        build(&self)
        object.compact()
    }

    /// The context as the template engine takes it.
    var value: TemplateValue { .object(object) }

    mutating func set(_ key: TemplateName, _ value: String?) {
        guard let value, !value.isEmpty else {
            object[key] = .null
            return
        }
        object[key] = .text(value)
    }

    mutating func set(_ key: TemplateName, _ value: TemplateContext?) {
        object[key] = value.map(\.value) ?? .null
    }

    mutating func set(_ key: TemplateName, _ value: Int) {
        object[key] = .int(value)
    }

    mutating func set(_ key: TemplateName, _ value: Bool) {
        object[key] = .bool(value)
    }

    mutating func set(_ key: TemplateName, list: [TemplateContext]) {
        object[key] = .list(list.map(\.value))
        object[TemplateName("has_" + key.text)] = .bool(!list.isEmpty)
    }

    mutating func set(_ key: TemplateName, strings: [String]) {
        object[key] = .list(strings.map(TemplateValue.text))
        object[TemplateName("has_" + key.text)] = .bool(!strings.isEmpty)
    }

    /// A link to the page or file at `path` from the site's root, which each page writes
    /// relative to itself (`../../cases/x/`); `null` when there is none.
    mutating func set(_ key: TemplateName, link path: String?, suffix: String = "") {
        object[key] = path.map { .linked(.link($0, suffix: suffix)) } ?? .null
    }

    /// A link of the content: into the site, written relative to the page; elsewhere, as written.
    mutating func set(_ key: TemplateName, target: LinkTarget?) {
        switch target {
        case .site(let link)?: set(key, link: link.path, suffix: link.suffix)
        case .external(let address)?: set(key, address)
        case nil: object[key] = .null
        }
    }

    /// A body's HTML, its links into the site written relative to the page.
    mutating func set(_ key: TemplateName, body: BodyHTML) {
        object[key] = body.isEmpty ? .null : .linked(body.linkedText)
    }

    /// A value made for templates already, like a strings table.
    mutating func set(_ key: TemplateName, raw value: TemplateValue) {
        object[key] = value
    }

    /// Adds `other`'s keys, which win over this one's.
    mutating func merge(_ other: TemplateContext) {
        object.merge(other.object)
    }

    /// Adds `other`'s keys to the context at `key` (`page`), where they win.
    mutating func merge(_ other: TemplateContext, into key: TemplateName) {
        var nested = TemplateObject()
        if case .object(let existing)? = object[key] { nested = existing }
        nested.merge(other.object)
        object[key] = .object(nested)
    }
}

extension BodyHTML {
    /// The body as the template engine writes it: text as it is, links relative to the page.
    var linkedText: LinkedText {
        LinkedText(
            pieces.map { piece in
                switch piece {
                case .html(let text): .text(text)
                case .link(let link): .link(path: link.path, suffix: link.suffix)
                }
            })
    }
}
