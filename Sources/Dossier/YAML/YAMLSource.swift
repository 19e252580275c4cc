/// A piece of YAML in a file (a front matter, `site.yaml`) and the problems found in it.
///
/// libyaml counts lines from the start of the YAML; this maps them to the file's lines.
final class YAMLSource {
    let path: String
    let firstLine: Int
    private let yaml: Substring
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, firstLine: Int, yaml: Substring) {
        self.path = path
        self.firstLine = firstLine
        self.yaml = yaml
    }

    /// The YAML line a node starts on, as written, found by counting line ends: every empty
    /// value asks for its line (`hashtag: #…` is one), and splitting the front matter into
    /// lines for it was 3% of a large site's parse.
    func line(of node: YAMLNode) -> Substring? {
        guard node.mark.line >= 1 else { return nil }
        var rest = yaml.utf8[...]
        for _ in 1..<node.mark.line {
            guard let end = rest.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            rest = rest[rest.index(after: end)...]
        }
        return Substring(rest.prefix { $0 != UInt8(ascii: "\n") })
    }

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let node else { return SourceLocation(path: path, line: max(firstLine - 1, 1)) }
        return location(of: node.mark)
    }

    func location(of mark: YAMLMark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    func error(_ node: YAMLNode?, _ message: String, fix: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, fix: fix))
    }

    func warning(_ node: YAMLNode?, _ message: String, fix: String? = nil) {
        diagnostics.append(.warning(at: location(of: node), message, fix: fix))
    }

    /// The YAML's top-level mapping, or `nil` after reporting why there is none.
    ///
    /// Every scalar stays text, as written: the field reader gives each field its type, so
    /// `no`, `on` and `2024-01` are never read as YAML 1.1's booleans and dates.
    func mapping() -> YAMLNode? {
        // Found here, at its place: the YAML reader names only the start of the text.
        if let (scalar, line, column) = ControlCharacter.firstPlace(in: yaml) {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: line + firstLine - 1, column: column),
                    "an invisible control character (\(ControlCharacter.name(scalar))) is in the text; no page may hold one",
                    fix: "delete it: retype the line, since an editor does not show it (it often comes with text pasted from elsewhere)"))
            return nil
        }
        let node: YAMLNode
        do {
            node = try (YAMLDocument.read(yaml) ?? YAMLDocument.emptyMapping).root
        } catch {
            diagnostics.append(YAMLErrorTranslator.diagnostic(for: error, in: self))
            return nil
        }
        guard node.kind == .mapping else {
            self.error(
                node, "expected fields written as 'key: value', found \(node.kindDescription)",
                fix: "write one field per line, like 'name: Makhabat Tazhibek Kyzy'")
            return nil
        }
        return node
    }
}

extension YAMLNode {
    /// How a volunteer would name what was written, for "expected …, found …" messages.
    var kindDescription: String {
        switch kind {
        case .scalar: "'\(string ?? "")'"
        case .sequence: "a list"
        case .mapping: "a group of fields"
        }
    }

    /// An empty value: `key:`, `key: ~`, `key: null` or `key: ""`.
    var isEmptyValue: Bool {
        guard kind == .scalar else { return false }
        let length = document.events[index].text.count
        return length == 0 || (isPlain && length <= 4 && ["~", "null", "Null", "NULL"].contains(where: isText))
    }
}
