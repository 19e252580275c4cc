/// Reads typed fields out of one YAML mapping, reporting every problem at its line instead of
/// stopping at the first one (as a `Decodable` would), so a volunteer fixes a file in one go.
///
/// Every key asked for is remembered as known; `finish()` then warns about the others with
/// the closest known key (`detaind` → `detained`). `private` and keys that start with `_` are
/// the editors' own: never read, never warned about, never published.
final class FieldReader {
    let source: YAMLSource
    /// Where this mapping stands, for nested messages: `timeline[2]`.
    let context: String?
    /// The node to report missing fields at.
    let anchor: YAMLNode?
    /// Where a missing field should be added, for the fix: `the front matter`, `timeline[2]`.
    private let container: String
    private let mapping: YAMLNode
    private var known: [String] = []
    /// Keys reported already, which `finish()` neither warns about nor suggests.
    private var reported: Set<String> = []

    /// `mapping` is a group of fields; `anchor`, where to report a field it lacks.
    init(_ mapping: YAMLNode, in source: YAMLSource, context: String? = nil, anchor: YAMLNode? = nil) {
        self.source = source
        self.container = context ?? (source.firstLine == 1 ? source.path : "the front matter")
        self.context = context
        self.anchor = anchor
        self.mapping = mapping
    }

    /// The value written for `key`, `nil` when absent or empty (`court: ""`).
    func value(_ key: String, required: Bool = false) -> YAMLNode? {
        known.append(key)
        let field = field(key)
        guard let field, !field.value.isEmptyValue else {
            if let field, source.line(of: field.keyNode)?.contains(": #") == true {
                // `hashtag: #FreeMakhabat` is a key followed by a YAML comment: an empty value.
                source.error(
                    field.keyNode, "the value of '\(name(key))' starts with '#', which YAML reads as a comment",
                    fix: "put the value in quotes: \(key): \"#…\"")
                return nil
            }
            if required, let field {
                source.error(
                    field.keyNode, "the required field '\(name(key))' is empty",
                    fix: "write its value after '\(key):'")
            } else if required {
                source.error(
                    anchor, "missing required field '\(name(key))'",
                    fix: "add a line '\(key): …' to \(container)")
            }
            return nil
        }
        return field.value
    }

    /// The node written for a key this mapping must not have (a fact in a translation), to
    /// report it there; the key is then neither unknown nor suggested.
    func forbidden(_ key: String) -> YAMLNode? {
        reported.insert(key)
        return field(key)?.keyNode
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        return text(node, key)
    }

    func date(_ key: String, required: Bool = false) -> PartialDate? {
        guard let node = value(key, required: required) else { return nil }
        return date(node, key)
    }

    func bool(_ key: String, default absent: Bool = false) -> Bool {
        guard let node = value(key) else { return absent }
        switch node.string?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            source.error(node, "'\(name(key))' must be true or false, not \(node.kindDescription)")
            return false
        }
    }

    /// A list; a single value stands for a list of one (`tags: journalists`).
    func list(_ key: String) -> [(node: YAMLNode, context: String)] {
        guard let node = value(key) else { return [] }
        let items = node.kind == .sequence ? Array(node.values) : [node]
        return items.enumerated().map { (node: $1, context: "\(name(key))[\($0 + 1)]") }
    }

    func stringList(_ key: String) -> [String] {
        list(key).compactMap { item in item.node.isEmptyValue ? nil : text(item.node, item.context) }
    }

    /// The text of a scalar node; any other node is an error.
    func text(_ node: YAMLNode, _ what: String) -> String? {
        guard let string = node.string else {
            source.error(
                node, "'\(name(what))' must be text, not \(node.kindDescription)",
                fix: node.kind == .sequence ? "write one value, or remove the '-' in front of it" : nil)
            return nil
        }
        if let control = ControlCharacter.first(in: string) {
            source.error(
                node, "'\(name(what))' holds the control character \(ControlCharacter.name(control)), which no page, feed or data file may show",
                fix: "remove it: it is invisible, and most likely came with a copy and paste (or an escape like \\u000b)")
            return nil
        }
        return string
    }

    func date(_ node: YAMLNode, _ what: String) -> PartialDate? {
        guard let text = text(node, what) else { return nil }
        guard let date = PartialDate(text) else {
            source.error(
                node, "'\(name(what))' must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '\(text)'",
                fix: DateHint.fix(for: text))
            return nil
        }
        return date
    }

    /// A reader for a nested group of fields (`{charge, article}`), or `nil` after an error.
    func nested(_ node: YAMLNode, _ what: String) -> FieldReader? {
        guard node.kind == .mapping else {
            source.error(node, "'\(what)' must be a group of fields, not \(node.kindDescription)")
            return nil
        }
        return FieldReader(node, in: source, context: what, anchor: node)
    }

    /// Warns about every key that was never asked for.
    func finish() {
        for field in mapping.entries {
            // A key that is a list or a group has no name: it is `''`, as it always was.
            let key = field.key.string ?? ""
            if known.contains(key) || reported.contains(key) || key == "private" || key.hasPrefix("_") { continue }
            let suggestion = Suggestion.closest(to: key, among: known) ?? FieldSynonyms.field(for: key, among: known)
            source.warning(
                field.key,
                "unknown field '\(name(key))' is ignored",
                fix: suggestion.map { "did you mean '\($0)'?" } ?? "known fields here: \(known.joined(separator: ", "))"
            )
        }
    }

    func name(_ key: String) -> String {
        guard let context, !key.hasPrefix(context) else { return key }
        return "\(context).\(key)"
    }
}

private extension FieldReader {
    /// The first key written as `key`, matched as bytes, and its value.
    func field(_ key: String) -> (keyNode: YAMLNode, value: YAMLNode)? {
        mapping.entries.first { $0.key.isText(key) }.map { (keyNode: $0.key, value: $0.value) }
    }
}
